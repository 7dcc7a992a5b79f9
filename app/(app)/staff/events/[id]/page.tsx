import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { eventShifts, getEvent, removedFromShift, shiftOffers } from '@/lib/shifts/queries';
import { DoneBanner } from '../_components/shared';
import { NotOffered } from '../_components/not-offered';
import { AddShift } from './_sections/add-shift';
import { EventDetails } from './_sections/event-details';
import { ShiftCard } from './_sections/shift-card';
import { UndoRemoval } from './_sections/undo-removal';
import { BackLink } from '@/app/_components/ui/back-link';

const DONE_KEYS = ['eventCreated', 'eventSaved', 'shiftCreated', 'shiftDeleted', 'assigned', 'unassigned', 'reassigned', 'swapped', 'attendanceSaved'] as const;
const UUID = /^[0-9a-f-]{36}$/i;

/** One event: its details, its shifts with who is on them and who would fit, and a new shift. */
export default async function EventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('staff', 'shifts.manage');
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const db = getDb();
  const event = await getEvent(db, id);
  if (!event) notFound();
  const sp = await searchParams;
  const done = sp.done;

  const t = await getTranslations('events');
  const td = await getTranslations('events.detail');
  const now = new Date();
  const list = await eventShifts(db, event.id);
  const offers = await shiftOffers(db, event, list.filter((s) => s.assignees.length < s.places));
  const doneText = typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done) ? t(`done.${done as (typeof DONE_KEYS)[number]}`) : null;
  // Just removed someone: say who, and offer the undo (the action checks who removed them and when).
  const removed =
    done === 'unassigned' && typeof sp.shift === 'string' && typeof sp.ambassador === 'string' && UUID.test(sp.shift) && UUID.test(sp.ambassador)
      ? await removedFromShift(db, event.id, sp.shift, sp.ambassador)
      : null;

  return (
    <>
      <BackLink href="/staff/events">{t('form.back')}</BackLink>
      <PageHeading>{event.title}</PageHeading>
      <div className="mt-3">
        {removed ? <UndoRemoval removed={removed} /> : <DoneBanner text={doneText} />}
      </div>

      <EventDetails event={event} />

      <Section id="shifts" title={td('shiftsTitle')} className="mt-6">
        {list.length === 0 ? <p className="mt-2">{td('noShifts')}</p> : null}
        <div className="mt-3 grid gap-4">
          {list.map((s) => (
            <ShiftCard key={s.id} event={event} shift={s} all={list} ranked={offers.suggestions.get(s.id) ?? []} unavailable={offers.unavailable.get(s.id) ?? []} now={now} />
          ))}
        </div>
      </Section>

      <NotOffered />

      <AddShift event={event} />
    </>
  );
}
