import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { policyOverview } from '@/lib/signals/queries';
import { POLICY_PERIODS, policyFilterSchema } from '@/lib/signals/schema';
import { BackLink } from '@/app/_components/ui/back-link';
import { Button } from '@/app/_components/ui/button';
import { PageHeading } from '@/app/_components/ui/heading';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signalsInbox');
  return { title: `${t('policy.title')} – Wijkwerf` };
}

/**
 * "Signalen voor beleid": the ambassadors' signals of a period counted by theme and wijk, for the
 * municipality's policy teams. Counts only ("<5" for 1–4), no text, no person; a CSV download.
 */
export default async function SignalPolicyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'associations.manage');
  const sp = await searchParams;
  const { months } = policyFilterSchema.parse({ months: typeof sp.months === 'string' ? sp.months : undefined });
  const t = await getTranslations('signalsInbox');
  const { cells, themes } = await policyOverview(getDb(), Number(months));
  const show = (n: number | null) => (n === null ? '<5' : String(n));

  return (
    <>
      <BackLink href="/staff/signals">{t('backToInbox')}</BackLink>
      <PageHeading>{t('policy.title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('policy.intro')}</p>
      <form method="get" action="/staff/signals/policy" className="mt-4 flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm" aria-label={t('filterTitle')}>
        <div>
          <label htmlFor="policy-months" className="block font-semibold">{t('policy.period')}</label>
          <select id="policy-months" name="months" defaultValue={months} className="mt-1 block rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900">
            {POLICY_PERIODS.map((m) => (
              <option key={m} value={m}>{t('policy.months', { count: Number(m) })}</option>
            ))}
          </select>
        </div>
        <Button>{t('policy.show')}</Button>
        <a className="font-semibold text-brand-700 underline" href={`/staff/signals/policy/export?months=${months}`} download>
          {t('policy.download')}
        </a>
      </form>
      <p className="mt-3 text-sm">{t('policy.small')}</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <DataTable caption={t('policy.byTheme')} columns={[{ header: t('policy.colTheme') }, { header: t('policy.colCount'), numeric: true }]} rowCount={themes.length} empty={t('policy.empty')} data-testid="policy-themes">
          {themes.map((r) => (
            <Tr key={r.themeName}>
              <RowHeader>{r.themeName}</RowHeader>
              <Td numeric>{r.withheld ? t('policy.withheld') : show(r.count)}</Td>
            </Tr>
          ))}
        </DataTable>
        <DataTable
          caption={t('policy.byThemeWijk')}
          columns={[{ header: t('policy.colTheme') }, { header: t('policy.colWijk') }, { header: t('policy.colCount'), numeric: true }]}
          rowCount={cells.length}
          empty={t('policy.empty')}
          data-testid="policy-cells"
        >
          {cells.map((r) => (
            <Tr key={`${r.themeName}|${r.wijkName}`}>
              <RowHeader>{r.themeName}</RowHeader>
              <Td>{r.wijkName || t('policy.noWijk')}</Td>
              <Td numeric>{show(r.count)}</Td>
            </Tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}
