import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import type { StepNames } from '@/lib/leads/settings/queries';
import type { LeadStatus } from '@/lib/leads/journey/steps';
import { type LeadDetail, leadFormat } from './shared';

/** Events and contact attempts, newest first. */
export async function TimelineSection({ detail, steps }: { detail: LeadDetail; steps: StepNames }) {
  const t = await getTranslations('lead');
  const { dateTime } = await leadFormat();
  const timeline = [
    ...detail.events.map((e) => ({ at: e.event.createdAt, key: `e-${e.event.id}`, who: e.actorName, e: e.event })),
    ...detail.attempts.map((a) => ({ at: a.attempt.at, key: `a-${a.attempt.id}`, who: a.actorName, a: a.attempt })),
  ].sort((x, y) => y.at.getTime() - x.at.getTime());
  return (
    <Section id="timeline" title={t('timelineTitle')} card headingClassName="mb-3">
      <ol className="space-y-3" data-testid="timeline">
        {timeline.map((item) => (
          <li key={item.key} className="border-s-4 border-brand-700 ps-3">
            <p className="text-sm text-slate-700">
              <time dateTime={item.at.toISOString()}>{dateTime(item.at)}</time>
              {item.who ? ` · ${item.who}` : ''}
            </p>
            {'a' in item && item.a ? (
              <p>
                {t('attemptLine', { channel: t(`channels.${item.a.channel}`), outcome: t(`outcomes.${item.a.outcome}`) })}
                {item.a.note ? <span className="block text-slate-800">{item.a.note}</span> : null}
              </p>
            ) : 'e' in item && item.e ? (
              <p>
                {item.e.kind === 'status_change'
                  ? t('eventStep', { from: steps[item.e.fromStatus as LeadStatus] ?? '—', to: steps[item.e.toStatus as LeadStatus] ?? '—' })
                  : t(`events.${item.e.kind}`)}
                {item.e.kind === 'status_change' && item.e.meta && typeof item.e.meta.reason === 'string' ? ` (${t(`closeReasons.${item.e.meta.reason}`)})` : ''}
                {item.e.note ? <span className="block text-slate-800">{item.e.note}</span> : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
