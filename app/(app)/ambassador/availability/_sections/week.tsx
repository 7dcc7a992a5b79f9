import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { saveWeekAction } from '@/lib/availability/actions';
import type { WeekSlot } from '@/lib/availability/rules';
import { DAGDEEL_TIMES, DAGDELEN } from '@/lib/dagdelen';
import { WEEKDAYS } from '@/lib/dates';
import { availabilityText } from '../../../_availability/text';

/** The week: one group of checkboxes per weekday (a fieldset named by the day), the dagdelen with their hours. */
export async function WeekSection({ slots }: { slots: WeekSlot[] }) {
  const { t, weekdayTitle, dagdeel } = await availabilityText();
  const options = DAGDELEN.map((d) => ({ value: d, label: t('week.dagdeel', { dagdeel: dagdeel(d), from: DAGDEEL_TIMES[d].start, to: DAGDEEL_TIMES[d].end }) }));
  return (
    <Section id="week" title={t('week.title')} card className="mt-6" data-testid="my-week">
      <p className="mt-1">{t('week.intro')}</p>
      {slots.length === 0 ? (
        <p className="mt-2 font-semibold" data-testid="week-none">
          {t('week.noneSet')}
        </p>
      ) : null}
      <ActionForm
        idPrefix="week"
        action={saveWeekAction}
        className="mt-3"
        fields={WEEKDAYS.map((d) => ({
          kind: 'checkboxes' as const,
          name: d,
          label: weekdayTitle(d),
          options,
          defaultValues: slots.filter((s) => s.weekday === d).map((s) => s.dagdeel),
        }))}
        submitLabel={t('week.save')}
      />
    </Section>
  );
}
