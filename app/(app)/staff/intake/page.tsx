import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { searchParam } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { addDays, isIsoDate, todayLocal, weekStartOf } from '@/lib/dates';
import { createSlotAction } from '@/lib/intake/actions';
import { weekSlots } from '@/lib/intake/queries';

/** The city desk's intake calendar: one week's slots, who is booked, who comes with an ambassador; a form to add a slot. */
export default async function IntakeDeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'intake.desk');
  const t = await getTranslations('intake');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const asked = searchParam(await searchParams, 'week');
  const monday = weekStartOf(asked && isIsoDate(asked) ? asked : todayLocal());
  const slots = await weekSlots(getDb(), monday);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long' });
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => slots.some((s) => s.date === d));

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <nav aria-label={t('weekNav')} className="mt-4 flex flex-wrap items-center gap-4">
        <a className="text-brand-700 underline" href={`/staff/intake?week=${addDays(monday, -7)}`}>
          {t('previousWeek')}
        </a>
        <span className="font-semibold" data-testid="intake-week">
          {t('weekOf', { day: day(monday) })}
        </span>
        <a className="text-brand-700 underline" href={`/staff/intake?week=${addDays(monday, 7)}`}>
          {t('nextWeek')}
        </a>
      </nav>

      <Section id="week" title={t('weekTitle')} className="mt-6">
        {days.length === 0 ? <p className="mt-2">{t('noSlots')}</p> : null}
        {days.map((d) => (
          <section key={d} aria-labelledby={`day-${d}`} className="mt-4">
            <h3 id={`day-${d}`} className="text-lg font-semibold">
              {day(d)}
            </h3>
            <ul className="mt-2 space-y-3">
              {slots
                .filter((s) => s.date === d)
                .map((s) => (
                  <li key={s.id} className="rounded-md border border-slate-300 p-3" data-testid="intake-slot">
                    <p className="font-semibold">
                      {t('slotLine', { time: s.startTime, place: s.place, booked: s.bookings.length, capacity: s.capacity })}
                    </p>
                    {s.bookings.length === 0 ? (
                      <p className="text-sm text-slate-700">{t('slotFree')}</p>
                    ) : (
                      <ul className="mt-1 space-y-1">
                        {s.bookings.map((b) => (
                          <li key={b.leadId}>
                            <a className="text-brand-700 underline" href={`/staff/leads/${b.leadId}`}>
                              {b.name}
                            </a>{' '}
                            · {tl(b.language)}
                            {b.accompanied
                              ? ` · ${b.escort ? t(`escortLine.${b.escort.status}`, { name: b.escort.ambassadorName }) : t('escortWanted')}`
                              : ''}
                            {` · ${b.checklistComplete ? t('checklistDone') : t('checklistOpen')}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </Section>

      <Section id="new-slot" title={t('newSlotTitle')} className="mt-8" card headingClassName="mb-3">
        <ActionForm
          idPrefix="slot"
          action={createSlotAction}
          submitLabel={t('addSlot')}
          messages={{ saved: t('slotSaved') }}
          fields={[
            { kind: 'date', name: 'date', label: t('date'), required: true, defaultValue: monday < todayLocal() ? todayLocal() : monday },
            { kind: 'time', name: 'startTime', label: t('time'), required: true, defaultValue: '09:00' },
            { kind: 'text', name: 'place', label: t('place'), required: true, defaultValue: 'Publieksplein', maxLength: 120 },
            { kind: 'number', name: 'capacity', label: t('capacity'), required: true, defaultValue: '1', hint: t('capacityHint') },
          ]}
        />
      </Section>
    </>
  );
}
