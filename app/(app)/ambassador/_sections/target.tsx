import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import { TargetProgress } from '@/app/_components/ui/target-progress';
import type { AmbassadorStart } from '@/lib/field/queries';

/**
 * My target in the current period and how far I am, next to the whole group's: the same figures
 * the coordinator sees on /staff/targets (lib/field myTarget reads them with lib/targets' queries).
 */
export async function TargetCard({ target }: { target: AmbassadorStart['target'] }) {
  const t = await getTranslations('ambassadorHome');
  const to = await getTranslations('ambassadorOverview');
  const format = await getFormatter();
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const { period, group } = target;
  return (
    <Section id="target" title={t('targetTitle')} card className="md:col-span-2" data-testid="my-target">
      {!period ? (
        <p className="mt-1">{t('noPeriod')}</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">{t('targetPeriod', { name: period.name, from: longDay(period.startsOn), to: longDay(period.endsOn) })}</p>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <div data-testid="own-target">
              <Heading level={3}>
                {to('ownTitle')}
              </Heading>
              {target.target !== null ? (
                <TargetProgress id="my-target-progress" signed={target.result} target={target.target} size="small" label={t('targetLabel', { name: period.name })} />
              ) : (
                <p className="mt-1">{t('noTarget', { result: target.result })}</p>
              )}
              <p className="mt-2 text-sm text-slate-700">{t('targetExplain')}</p>
            </div>
            {group ? (
              <div data-testid="group-target">
                <Heading level={3}>
                  {to('groupTitle')}
                </Heading>
                <TargetProgress id="group-target-progress" signed={group.signed} target={group.target} size="small" label={to('groupLabel', { name: period.name })} />
                <p className="mt-2 text-sm text-slate-700">{to('groupExplain')}</p>
              </div>
            ) : null}
          </div>
        </>
      )}
    </Section>
  );
}
