import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { Association, AssociationResults, ResultCounts } from '@/lib/associations/queries';
import { leadsUrl } from './shared';

type Row = ResultCounts & { key: string; name: string; from: string; to: string };

/** Contacts, offers and plans of one period or year a row; the contacts link to those leads. */
async function ResultsTable({ id, title, firstColumn, empty, rows, assoc }: { id: string; title: string; firstColumn: string; empty: string; rows: Row[]; assoc: Association }) {
  const t = await getTranslations('associationsAdmin');
  const format = await getFormatter();
  return (
    <div>
      <h3 className="text-lg font-bold">{title}</h3>
      <DataTable
        caption={title}
        captionHidden
        columns={[{ header: firstColumn }, { header: t('colContacts'), numeric: true }, { header: t('colOffers'), numeric: true }, { header: t('colPlans'), numeric: true }]}
        rowCount={rows.length}
        empty={empty}
        className="mt-1"
        data-testid={id}
      >
        {rows.map((r) => (
          <Tr key={r.key}>
            <RowHeader>{r.name}</RowHeader>
            <Td numeric>
              {r.contacts ? (
                <a className="text-brand-700 underline" href={leadsUrl(assoc.id, r.from, r.to)} aria-label={t('contactsInLink', { count: r.contacts, name: assoc.name, period: r.name })}>
                  {format.number(r.contacts)}
                </a>
              ) : (
                '0'
              )}
            </Td>
            <Td numeric>{format.number(r.offers)}</Td>
            <Td numeric>{format.number(r.plans)}</Td>
          </Tr>
        ))}
      </DataTable>
    </div>
  );
}

/** What the association brought in: in total, per target period and per year. */
export async function ResultsSection({ assoc, results }: { assoc: Association; results: AssociationResults }) {
  const t = await getTranslations('associationsAdmin');
  const format = await getFormatter();
  const label = { contacts: t('colContacts'), offers: t('colOffers'), plans: t('colPlans') };
  return (
    <Section id="results" title={t('resultsTitle')} card className="mt-4">
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('resultsIntro')}</p>
      <DescriptionList
        layout="figures"
        className="mt-3 max-w-xl"
        data-testid="results-total"
        items={(['contacts', 'offers', 'plans'] as const).map((k) => ({
          key: k,
          term: label[k],
          description:
            k === 'contacts' && results.total.contacts ? (
              <a className="text-brand-700 underline" href={leadsUrl(assoc.id)} aria-label={t('contactsLink', { count: results.total.contacts, name: assoc.name })}>
                {format.number(results.total.contacts)}
              </a>
            ) : (
              format.number(results.total[k])
            ),
        }))}
      />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {[
          { id: 'results-periods', title: t('perPeriodTitle'), firstColumn: t('colPeriod'), empty: t('noPeriods'), rows: results.periods.map((p) => ({ ...p, key: p.id, from: p.startsOn, to: p.endsOn })) },
          { id: 'results-years', title: t('perYearTitle'), firstColumn: t('colYear'), empty: t('noYears'), rows: results.years.map((y) => ({ ...y, key: String(y.year), name: String(y.year), from: `${y.year}-01-01`, to: `${y.year}-12-31` })) },
        ].map((table) => (
          <ResultsTable key={table.id} {...table} assoc={assoc} />
        ))}
      </div>
    </Section>
  );
}
