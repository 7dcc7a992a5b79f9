import { getTranslations } from 'next-intl/server';
import type { MyShift } from '@/lib/shifts/queries';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { formatDay } from '@/app/_components/ui/target-progress';

/** The ambassador's shifts of the last four weeks and the coming ones, with attendance. */
export async function Shifts({ shifts, today }: { shifts: MyShift[]; today: string }) {
  const t = await getTranslations('coach');
  const ts = await getTranslations('shifts');
  const days = await Promise.all(shifts.map((s) => formatDay(s.date)));
  const attendance = (s: MyShift) => (s.date > today || s.attended === null ? t('shift.notMarked') : s.attended ? t('shift.attended') : t('shift.absent'));
  return (
    <Section id="shifts" title={t('record.shiftsTitle')} card>
      <DataTable
        caption={t('record.shiftsTitle')}
        captionHidden
        rowCount={shifts.length}
        empty={t('record.noShifts')}
        columns={[{ header: t('col.date') }, { header: t('col.event') }, { header: t('col.attendance') }]}
        data-testid="coach-shifts"
      >
        {shifts.map((s, i) => (
          <Tr key={s.shiftId}>
            <RowHeader>
              {days[i]} ({ts(`dagdeel.${s.dagdeel}`)})
            </RowHeader>
            <Td>{s.eventTitle}</Td>
            <Td>{attendance(s)}</Td>
          </Tr>
        ))}
      </DataTable>
    </Section>
  );
}
