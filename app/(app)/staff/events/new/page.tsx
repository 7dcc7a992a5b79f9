import { getTranslations } from 'next-intl/server';
import { requireAreaPermission } from '@/lib/auth/gate';
import { saveEventAction } from '@/lib/shifts/actions';
import { EventForm } from '../_components/event-form';
import { eventFormProps } from '../_components/shared';
import { PageHeading } from '@/app/_components/ui/heading';

export default async function NewEventPage() {
  await requireAreaPermission('staff', 'shifts.manage');
  const t = await getTranslations('events.form');
  const props = await eventFormProps();
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <a href="/staff/events" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
      <PageHeading>{t('newTitle')}</PageHeading>
      <p className="mb-4 mt-1">{t('newIntro')}</p>
      <EventForm
        action={saveEventAction}
        defaults={{ targetLanguages: [] }}
        text={{ ...props.text, submit: t('create') }}
        kinds={props.kinds}
        wijken={props.wijken}
        languages={props.languages}
      />
    </div>
  );
}
