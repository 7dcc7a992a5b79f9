import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import type { EventRow } from '@/lib/shifts/queries';
import { dayFormatter } from '../../_components/shared';
import { eventPageText } from './shared';

/** What the event is, when and where, for whom; with the link to edit it. */
export async function EventDetails({ event }: { event: EventRow }) {
  const t = await getTranslations('events');
  const { td, language } = await eventPageText();
  const day = await dayFormatter();
  return (
    <Section
      id="details"
      title={td('details')}
      card
      className="mt-2"
      aside={
        <a href={`/staff/events/${event.id}/edit`} className="text-brand-700 underline">
          {td('edit')}
        </a>
      }
    >
      <DescriptionList
        className="mt-2"
        items={[
          { key: 'kind', term: td('kind'), description: t(`kinds.${event.kind}`) },
          { key: 'dates', term: td('dates'), description: event.startsOn === event.endsOn ? day(event.startsOn) : t('dateRange', { from: day(event.startsOn), to: day(event.endsOn) }) },
          { key: 'place', term: td('place'), description: event.place },
          { key: 'wijk', term: td('wijk'), description: event.wijkName ?? t('noWijk') },
          { key: 'languages', term: td('languages'), description: event.targetLanguages.length ? event.targetLanguages.map(language).join(', ') : t('none') },
          { key: 'group', term: td('targetGroup'), description: event.targetGroup ?? t('none') },
          event.notes ? { key: 'notes', term: td('notes'), description: event.notes, className: 'whitespace-pre-line' } : null,
        ]}
      />
    </Section>
  );
}
