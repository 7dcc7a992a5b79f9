import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getStepNames } from '@/lib/leads/settings/queries';
import type { OrganisationLeads } from '@/lib/network/queries';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';

/** The residents this organisation passed on and what became of them (like an association's page). */
export async function OrganisationLeadsSection({ data }: { data: OrganisationLeads }) {
  const t = await getTranslations('network');
  const ts = await getTranslations('steps');
  const format = await getFormatter();
  const steps = await getStepNames(getDb(), await getLocale(), (s) => ts(s));
  return (
    <Section id="leads" title={t('leadsTitle')} className="mt-8" data-testid="organisation-leads">
      <p className="mt-1" data-testid="organisation-lead-counts">
        {t('leadsCounts', { contacts: data.total.contacts, offers: data.total.offers, plans: data.total.plans })}
      </p>
      <DataTable
        caption={t('leadsTitle')}
        captionHidden
        className="mt-2"
        columns={[{ header: t('colLeadName') }, { header: t('colLeadStep') }, { header: t('colLeadSince') }]}
        rowCount={data.leads.length}
        empty={t('noLeads')}
      >
        {data.leads.map((l) => (
          <Tr key={l.id}>
            <RowHeader>
              <a className="text-brand-700 underline" href={`/staff/leads/${l.id}`}>{l.name}</a>
            </RowHeader>
            <Td>{steps[l.status] ?? l.status}</Td>
            <Td>{format.dateTime(l.createdAt, { dateStyle: 'medium' })}</Td>
          </Tr>
        ))}
      </DataTable>
    </Section>
  );
}
