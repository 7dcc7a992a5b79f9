import { getTranslations } from 'next-intl/server';
import { logSessionAction } from '@/lib/coaching/log/actions';
import type { SessionRow } from '@/lib/coaching/log/queries';
import { COACHING_TOPICS, MAX_MINUTES, MIN_MINUTES } from '@/lib/coaching/log/schema';
import { FormSection } from '@/app/_components/form-section';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { formatDay } from '@/app/_components/ui/target-progress';

/** Log an individual coaching conversation, and the log so far. */
export async function CoachingLog({ ambassadorId, sessions, today }: { ambassadorId: string; sessions: SessionRow[]; today: string }) {
  const t = await getTranslations('coach');
  const days = await Promise.all(sessions.map((s) => formatDay(s.date)));
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      <FormSection
        id="log-session"
        title={t('log.formTitle')}
        idPrefix="session"
        action={logSessionAction}
        fields={[
          { kind: 'hidden', name: 'ambassadorId', value: ambassadorId },
          { kind: 'date', name: 'date', label: t('log.date'), required: true, defaultValue: today },
          { kind: 'number', name: 'minutes', label: t('log.minutes'), required: true, hint: t('log.minutesHint', { min: MIN_MINUTES, max: MAX_MINUTES }) },
          { kind: 'select', name: 'topic', label: t('log.topic'), required: true, placeholder: t('log.chooseTopic'), options: COACHING_TOPICS.map((k) => ({ value: k, label: t(`topic.${k}`) })) },
          { kind: 'textarea', name: 'note', label: t('log.note'), maxLength: 1000 },
        ]}
        submitLabel={t('log.submit')}
        messages={{ sessionLogged: t('log.saved') }}
      />
      <Section id="log" title={t('log.title')}>
        <DataTable
          caption={t('log.title')}
          captionHidden
          className="mt-2"
          rowCount={sessions.length}
          empty={t('log.none')}
          columns={[{ header: t('col.date') }, { header: t('log.minutes'), numeric: true }, { header: t('log.topic') }, { header: t('log.note') }]}
          data-testid="coaching-log"
        >
          {sessions.map((s, i) => (
            <Tr key={s.id}>
              <RowHeader>{days[i]}</RowHeader>
              <Td numeric>{s.minutes}</Td>
              <Td>{t(`topic.${s.topic}`)}</Td>
              <Td className="whitespace-pre-line">{s.note ?? ''}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
    </div>
  );
}
