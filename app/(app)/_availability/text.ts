import { getFormatter, getTranslations } from 'next-intl/server';
import type { SlotReason } from '@/lib/availability/rules';
import type { Dagdeel } from '@/lib/dagdelen';
import type { Weekday } from '@/lib/dates';

/** The words of availability, for every page that shows it: weekday and dagdeel names, days, and a "not offered" reason. */
export async function availabilityText() {
  const t = await getTranslations('availability');
  const tdg = await getTranslations('shifts.dagdeel');
  const format = await getFormatter();
  const weekday = (d: Weekday) => t(`weekdays.${d}`);
  /** The weekday as a heading or a row's name: with a capital ("Maandag"). */
  const weekdayTitle = (d: Weekday) => weekday(d).charAt(0).toLocaleUpperCase() + weekday(d).slice(1);
  const dagdeel = (d: Dagdeel) => tdg(d);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' });
  const reason = (r: SlotReason) =>
    r.key === 'availability.errors.absentUntil'
      ? t('errors.absentUntil', { until: day(r.until) })
      : t('errors.notAvailableOn', { weekday: weekday(r.weekday), dagdeel: dagdeel(r.dagdeel).toLocaleLowerCase() });
  const period = (a: { startsOn: string; endsOn: string }) => t('absences.period', { from: day(a.startsOn), to: day(a.endsOn) });
  return { t, weekday, weekdayTitle, dagdeel, day, reason, period };
}
