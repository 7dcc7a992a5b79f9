import { getTranslations } from 'next-intl/server';
import { DataTable, RowHeader } from '@/app/_components/ui/table';
import type { SessionItem } from '@/lib/training/queries';
import { sessionFormat } from './shared';

/** Sessions as a table; each row links to the session's page (attendance). */
export async function SessionTable({ caption, rows, testId }: { caption: string; rows: SessionItem[]; testId: string }) {
  const t = await getTranslations('training.sessions');
  const f = await sessionFormat();
  return (
    <DataTable
      caption={caption}
      captionHidden
      data-testid={testId}
      columns={[{ header: t('colWhen') }, { header: t('colModule') }, { header: t('colRoom') }, { header: t('colTrainer') }, { header: t('colAttendance') }]}
    >
      {rows.map((s) => (
        <tr key={s.id} className="border-b border-slate-200 align-top">
          <RowHeader>
            <a href={`/staff/training/sessions/${s.id}`} className="font-semibold text-brand-700 underline">
              {f.when(s)}
            </a>
          </RowHeader>
          <td className="p-2">{f.name(s)}</td>
          <td className="p-2">{s.room}</td>
          <td className="p-2">{s.trainer}</td>
          <td className="p-2">{t('attendance', { present: s.present, absent: s.absent })}</td>
        </tr>
      ))}
    </DataTable>
  );
}
