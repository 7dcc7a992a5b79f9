import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { TargetProgress } from '@/app/_components/ui/target-progress';
import type { AmbassadorStart } from '@/lib/field/queries';

/** My target in the current period and how far I am. */
export async function TargetCard({ target }: { target: AmbassadorStart['target'] }) {
  const t = await getTranslations('ambassadorHome');
  const format = await getFormatter();
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const { period } = target;
  return (
    <Section id="target" title={t('targetTitle')} card data-testid="my-target">
      {!period ? (
        <p className="mt-1">{t('noPeriod')}</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">{t('targetPeriod', { name: period.name, from: longDay(period.startsOn), to: longDay(period.endsOn) })}</p>
          {target.target !== null ? (
            <div className="mt-3">
              <TargetProgress id="my-target-progress" signed={target.result} target={target.target} size="small" label={t('targetLabel', { name: period.name })} />
            </div>
          ) : (
            <p className="mt-2">{t('noTarget', { result: target.result })}</p>
          )}
          <p className="mt-2 text-sm text-slate-700">{t('targetExplain')}</p>
        </>
      )}
    </Section>
  );
}
