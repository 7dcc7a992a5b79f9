import { getFormatter, getTranslations } from 'next-intl/server';
import type { CorpsListRow } from '@/lib/ambassadors/queries';
import { DataBadge } from '@/app/_components/ui/badge';
import { DataTable, RowHeader } from '@/app/_components/ui/table';

type Row = CorpsListRow & { target: number | null; adjusted: boolean; result: number | null };

/** The corps list. No background column: that special-category field stays on the ambassador's own page. */
export async function CorpsTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations('corps');
  const tt = await getTranslations('targets');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const language = (code: string) => (tl.has(code as never) ? tl(code as never) : code);
  const columns = [
    { header: t('col.name') },
    { header: t('col.status') },
    { header: t('col.source') },
    { header: t('col.vog') },
    { header: t('col.languages') },
    { header: t('col.wijk') },
    { header: t('col.nt2') },
    { header: t('col.account') },
    { header: t('col.target'), numeric: true },
    { header: t('col.result'), numeric: true },
  ];
  return (
    <DataTable caption={t('listCaption')} columns={columns} rowCount={rows.length} empty={tt('noAmbassadors')} className="mt-4">
      {rows.map((r) => (
        <tr key={r.id} className="border-b border-slate-200 align-top" data-testid={`corps-row-${r.id}`}>
          <RowHeader>
            <a href={`/staff/ambassadors/${r.id}`} className="text-brand-700 underline">
              {r.name}
            </a>
          </RowHeader>
          <td className="p-2">{t(`status.${r.status}`)}</td>
          <td className="p-2">
            {t(`source.${r.source}`)}
            {r.providerName ? <span className="block text-sm text-slate-700">{r.providerName}</span> : null}
          </td>
          <td className="p-2">{r.status === 'stopped' ? '—' : r.vogMissing ? <DataBadge tone="warning">{t('vogMissing')}</DataBadge> : t('vogOk')}</td>
          <td className="p-2">{r.languages.length ? r.languages.map(language).join(', ') : '—'}</td>
          <td className="p-2">{r.wijk ?? '—'}</td>
          <td className="p-2">{r.nt2Level ?? '—'}</td>
          <td className="p-2">{r.hasAccount ? t('hasAccount') : t('noAccount')}</td>
          <td className="p-2 text-end tabular-nums">
            {r.target === null ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="sr-only">{tt('noTarget')}</span>
              </>
            ) : (
              <>
                {format.number(r.target)}
                {r.adjusted ? <span className="ms-1 text-amber-900">({tt('adjusted')})</span> : null}
              </>
            )}
          </td>
          <td className="p-2 text-end tabular-nums">{r.result === null ? '—' : format.number(r.result)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
