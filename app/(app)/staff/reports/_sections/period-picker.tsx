import { getTranslations } from 'next-intl/server';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { FilterInput } from '@/app/_components/ui/filter-field';
import type { ReportPeriod } from '@/lib/reports/period';

/** The period as a plain GET form (works without JavaScript): a preset, or custom days. */
export async function PeriodPicker({ period, action }: { period: ReportPeriod; action: string }) {
  const t = await getTranslations('reports');
  return (
    <Section id="period" title={t('periodTitle')} card className="mt-4">
      <form method="get" action={action} className="mt-2" aria-labelledby="period-title">
        <fieldset>
          <legend className="font-semibold">{t('periodPreset')}</legend>
          {(['half', 'quarter', 'custom'] as const).map((p) => (
            <div key={p} className="mt-1 flex items-center gap-2">
              <input type="radio" id={`period-${p}`} name="period" value={p} defaultChecked={period.preset === p} className="h-5 w-5" />
              <label htmlFor={`period-${p}`}>{t(`preset_${p}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="mt-3 grid max-w-xl gap-4 sm:grid-cols-2">
          <FilterInput id="period-from" name="from" type="date" label={t('customFrom')} value={period.from} />
          <FilterInput id="period-to" name="to" type="date" label={t('customTo')} value={period.to} />
        </div>
        <p className="mt-1 text-sm text-slate-700">{t('customHint')}</p>
        <div className="mt-3">
          <Button>{t('show')}</Button>
        </div>
      </form>
    </Section>
  );
}
