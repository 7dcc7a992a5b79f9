import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/app/_components/ui/bar-chart';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { ReportTable } from './tables';

/** One table of the report: the chart (when it has one), the table beside it, its CSV download. */
export async function ReportTableSection({
  table,
  csvHref,
  level = 2,
  idPrefix = 'r',
}: {
  table: ReportTable;
  csvHref: string | null;
  level?: 2 | 3;
  /** Keeps ids unique when a table appears in more than one section (the evaluation report). */
  idPrefix?: string;
}) {
  const t = await getTranslations('reports');
  return (
    <Section id={`${idPrefix}-${table.id}`} title={table.title} level={level} card className="mt-6 break-inside-avoid" data-testid={idPrefix === 'r' ? `report-${table.id}` : `${idPrefix}-${table.id}`}>
      {table.intro ? <p className="mt-1 max-w-3xl text-slate-700">{table.intro}</p> : null}
      <div className="lg:grid lg:grid-cols-2 lg:gap-6">
        {table.chart && table.chart.length ? <BarChart id={`${idPrefix}-c-${table.id}`} title={t('chartOf', { title: table.title })} rows={table.chart} /> : null}
        <DataTable caption={table.title} captionHidden columns={table.columns} rowCount={table.rows.length} empty={t('empty')} className="mt-3">
          {table.rows.map((row, i) => (
            <Tr key={i}>
              {row.map((c, j) =>
                j === 0 ? (
                  <RowHeader key={j}>{c.text}</RowHeader>
                ) : (
                  <Td key={j} numeric={c.numeric}>
                    {c.href ? (
                      <a className="text-brand-700 underline" href={c.href} aria-label={t(c.list === 'ambassadors' ? 'figureLinkAmbassadors' : c.list === 'claims' ? 'figureLinkClaims' : 'figureLink', { figure: c.text, row: row[0]!.text, column: table.columns[j]!.header })}>
                        {c.text}
                      </a>
                    ) : (
                      c.text
                    )}
                  </Td>
                ),
              )}
            </Tr>
          ))}
        </DataTable>
      </div>
      {csvHref ? (
        <p className="mt-3 print:hidden">
          <a className="text-brand-700 underline" href={csvHref} download>
            {t('downloadCsv', { title: table.title })}
          </a>
        </p>
      ) : null}
    </Section>
  );
}
