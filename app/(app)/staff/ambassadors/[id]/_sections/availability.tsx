import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { Availability } from '@/lib/availability/rules';
import { currentOrNextAbsence } from '@/lib/availability/rules';
import { DAGDELEN } from '@/lib/dagdelen';
import { WEEKDAYS } from '@/lib/dates';
import { availabilityText } from '../../../../_availability/text';

/** Read only: the ambassador's week (set by themselves) and their current or next absence (no reason shown). */
export async function AvailabilitySection({ name, availability, today }: { name: string; availability: Availability; today: string }) {
  const { t, weekdayTitle, dagdeel, day } = await availabilityText();
  const absence = currentOrNextAbsence(availability.absences, today);
  const has = (w: string, d: string) => availability.slots.some((s) => s.weekday === w && s.dagdeel === d);
  return (
    <Section id="availability" title={t('staff.title')} card data-testid="availability">
      <p className="mt-1" data-testid="absence-status">
        {!absence
          ? t('staff.noAbsence')
          : absence.startsOn <= today
            ? t('staff.absentNow', { until: day(absence.endsOn) })
            : t('staff.nextAbsence', { from: day(absence.startsOn), to: day(absence.endsOn) })}
      </p>
      {availability.slots.length === 0 ? (
        <p className="mt-2">{t('staff.noneSet')}</p>
      ) : (
        <DataTable caption={t('staff.caption', { name })} className="mt-2" columns={[{ header: t('staff.weekday') }, ...DAGDELEN.map((d) => ({ header: dagdeel(d) }))]}>
          {WEEKDAYS.map((w) => (
            <Tr key={w}>
              <RowHeader>{weekdayTitle(w)}</RowHeader>
              {DAGDELEN.map((d) => (
                <Td key={d} className={has(w, d) ? 'font-semibold text-green-900' : 'text-slate-700'}>
                  {has(w, d) ? t('staff.available') : t('staff.notAvailable')}
                </Td>
              ))}
            </Tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
