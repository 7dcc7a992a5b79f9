import { getTranslations } from 'next-intl/server';
import type { MyTarget } from '@/lib/field/queries';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';

/** This period's personal target and result, and the coaching hours so far against the target hours. */
export async function Figures({ target, hours, hoursTarget }: { target: MyTarget; hours: number; hoursTarget: number }) {
  const t = await getTranslations('coach');
  return (
    <Section id="figures" title={t('record.figuresTitle')} card data-testid="figures">
      {target.period ? <p className="mt-1">{t('record.periodName', { name: target.period.name })}</p> : <p className="mt-1">{t('home.noPeriod')}</p>}
      <DescriptionList
        layout="figures"
        className="mt-2"
        items={[
          { key: 'target', term: t('col.target'), description: target.target ?? '—' },
          { key: 'result', term: t('col.result'), description: target.result },
          { key: 'hours', term: t('col.hours', { target: hoursTarget }), description: hours, testId: 'coached-hours' },
        ]}
      />
    </Section>
  );
}
