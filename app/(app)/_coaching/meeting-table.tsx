import { getTranslations } from 'next-intl/server';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { MeetingRow } from '@/lib/coaching/meetings/queries';
import { meetingFormat } from './format';

/** Meetings as a table; each row links to the meeting's page (attendance, obstacles). */
export async function MeetingTable({ base, caption, rows, testId }: { base: string; caption: string; rows: MeetingRow[]; testId: string }) {
  const t = await getTranslations('meetings.list');
  const f = await meetingFormat();
  return (
    <DataTable
      caption={caption}
      captionHidden
      data-testid={testId}
      columns={[{ header: t('colWhen') }, { header: t('colKind') }, { header: t('colPlace') }, { header: t('colAttendance') }, { header: t('colObstacles'), numeric: true }]}
    >
      {rows.map((m) => (
        <Tr key={m.id}>
          <RowHeader>
            <a href={`${base}/meetings/${m.id}`} className="font-semibold text-brand-700 underline">
              {f.when(m)}
            </a>
          </RowHeader>
          <Td>{f.kind(m.kind)}</Td>
          <Td>{m.place}</Td>
          <Td>{t('attendance', { present: m.present, absent: m.absent })}</Td>
          <Td numeric>{m.openObstacles}</Td>
        </Tr>
      ))}
    </DataTable>
  );
}
