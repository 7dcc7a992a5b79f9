import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { leadListFilterOptions, listLeads, parseLeadListFilters } from '@/lib/leads/list/queries';
import { getStepNames } from '@/lib/leads/settings/queries';
import { LeadFilters } from './_sections/filters';
import { LeadResults } from './_sections/results';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('leadList');
  return { title: `${t('title')} – Wijkwerf` };
}

/** The lead list: filters from the URL, the matching leads a page at a time, their export. */
export default async function LeadListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea('staff');
  const filters = parseLeadListFilters(await searchParams);
  const db = getDb();
  const t = await getTranslations('leadList');
  const ts = await getTranslations('steps');
  const [result, options, steps] = await Promise.all([
    listLeads(db, filters, { userId: user.id }),
    leadListFilterOptions(db),
    getStepNames(db, await getLocale(), (s) => ts(s)),
  ]);

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1 mb-6">{t('intro')}</p>
      <LeadFilters filters={filters} options={options} steps={steps} />
      <LeadResults filters={filters} result={result} steps={steps} />
    </>
  );
}
