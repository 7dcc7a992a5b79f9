import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { saveEventAction } from '@/lib/shifts/actions';
import { getEvent } from '@/lib/shifts/queries';
import { EventForm } from '../../_components/event-form';
import { eventFormProps } from '../../_components/shared';
import { PageHeading } from '@/app/_components/ui/heading';

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPermission('staff', 'shifts.manage');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const event = await getEvent(getDb(), id);
  if (!event) notFound();
  const t = await getTranslations('events.form');
  const props = await eventFormProps();
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <a href={`/staff/events/${event.id}`} className="text-brand-700 underline">
          {t('backToEvent')}
        </a>
      </p>
      <PageHeading>{t('editTitle')}</PageHeading>
      <p className="mb-4 mt-1 font-semibold">{event.title}</p>
      <EventForm
        action={saveEventAction}
        defaults={{
          eventId: event.id,
          title: event.title,
          kind: event.kind,
          startsOn: event.startsOn,
          endsOn: event.endsOn,
          place: event.place,
          neighbourhood: event.wijkCode ?? '',
          targetLanguages: event.targetLanguages,
          targetGroup: event.targetGroup ?? '',
          notes: event.notes ?? '',
        }}
        text={{ ...props.text, submit: t('save') }}
        kinds={props.kinds}
        wijken={props.wijken}
        languages={props.languages}
      />
    </div>
  );
}
