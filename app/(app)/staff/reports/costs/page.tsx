import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { todayLocal } from '@/lib/dates';
import { addCostAction, removeCostAction } from '@/lib/reports/actions';
import { costEntriesIn, costPer, costsInPeriod } from '@/lib/reports/costs';
import { parseReportPeriod, periodQuery } from '@/lib/reports/period';
import { signedByChannel, startedByChannel } from '@/lib/reports/queries';
import { COACHING_BUREAU_DEFAULT_CENTS_PER_YEAR, COST_CATEGORIES, PROJECT_WORKER_DEFAULT_HOURS_PER_WEEK } from '@/lib/reports/schema';
import { PageHeading } from '@/app/_components/ui/heading';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { PeriodPicker } from '../_sections/period-picker';

export const dynamic = 'force-dynamic';

/** The cost ledger for a period: costs per category (allowances from paid claims), cost per plan and per participant. */
export default async function CostsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAreaPermission('staff', 'reports.view');
  const t = await getTranslations('reports');
  const format = await getFormatter();
  const db = getDb();
  const period = parseReportPeriod(await searchParams, todayLocal());
  const [costs, entries, signed, started] = await Promise.all([costsInPeriod(db, period), costEntriesIn(db, period), signedByChannel(db, period), startedByChannel(db, period)]);
  const per = costPer(costs, signed, started);
  const eur = (cents: number | null) => (cents === null ? '–' : format.number(cents / 100, { style: 'currency', currency: 'EUR' }));
  const manage = can(user.role, 'reports.manage');
  return (
    <>
      <PageHeading>{t('costsTitle')}</PageHeading>
      <p className="mt-1 max-w-3xl">{t('costsIntro', { coaching: eur(COACHING_BUREAU_DEFAULT_CENTS_PER_YEAR), hours: PROJECT_WORKER_DEFAULT_HOURS_PER_WEEK })}</p>
      <p className="mt-1">
        <a className="text-brand-700 underline" href={`/staff/reports?${periodQuery(period)}`}>
          {t('backToReports')}
        </a>
      </p>
      <PeriodPicker period={period} action="/staff/reports/costs" />
      <Section id="cost-lines" title={t('costLinesTitle')} card className="mt-6">
        <DataTable caption={t('costLinesTitle')} captionHidden columns={[{ header: t('colCategory') }, { header: t('colAmount'), numeric: true }]} className="mt-3" data-testid="cost-lines">
          {costs.lines.map((l) => (
            <Tr key={l.category}>
              <RowHeader>{t(`cost_${l.category}`)}{l.byDefault ? ` (${t('byDefault')})` : ''}</RowHeader>
              <Td numeric>{eur(l.cents)}</Td>
            </Tr>
          ))}
          <Tr>
            <RowHeader className="font-semibold">{t('total')}</RowHeader>
            <Td numeric className="font-semibold">{eur(costs.totalCents)}</Td>
          </Tr>
        </DataTable>
      </Section>
      <Section id="cost-per" title={t('costPerTitle')} card className="mt-6">
        <DataTable
          caption={t('costPerTitle')}
          captionHidden
          className="mt-3"
          columns={[{ header: t('col_channel') }, { header: t('colAmount'), numeric: true }, { header: t('colSigned'), numeric: true }, { header: t('colPerSigned'), numeric: true }, { header: t('colStarted'), numeric: true }, { header: t('colPerStarted'), numeric: true }]}
        >
          {per.map((r) => (
            <Tr key={r.channel}>
              <RowHeader>{t(`costChannel_${r.channel}`)}</RowHeader>
              <Td numeric>{eur(r.cents)}</Td>
              <Td numeric>{format.number(r.signed)}</Td>
              <Td numeric>{eur(r.perSigned)}</Td>
              <Td numeric>{format.number(r.started)}</Td>
              <Td numeric>{eur(r.perStarted)}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
      <Section id="cost-entries" title={t('costEntriesTitle')} card className="mt-6">
        <DataTable
          caption={t('costEntriesTitle')}
          captionHidden
          className="mt-3"
          rowCount={entries.length}
          empty={t('noCostEntries')}
          columns={[{ header: t('colCategory') }, { header: t('colSpan') }, { header: t('colAmount'), numeric: true }, { header: t('colNote') }, ...(manage ? [{ header: t('remove'), hiddenHeader: true }] : [])]}
        >
          {entries.map((e) => (
            <Tr key={e.id}>
              <RowHeader>{t(`cost_${e.category}`)}</RowHeader>
              <Td>{t('span', { from: e.startsOn, to: e.endsOn })}</Td>
              <Td numeric>{eur(e.amountCents)}</Td>
              <Td>{e.note ?? ''}</Td>
              {manage ? (
                <Td>
                  <ActionForm idPrefix={`rm-${e.id}`} action={removeCostAction} fields={[{ kind: 'hidden', name: 'id', value: e.id }]} submitLabel={t('remove')} submitVariant="secondary" submitSize="small" />
                </Td>
              ) : null}
            </Tr>
          ))}
        </DataTable>
        {manage ? (
          <div className="mt-6 max-w-xl">
            <h3 className="text-lg font-bold">{t('addCostTitle')}</h3>
            <ActionForm
              idPrefix="cost"
              action={addCostAction}
              fields={[
                { kind: 'select', name: 'category', label: t('colCategory'), required: true, placeholder: t('choose'), options: COST_CATEGORIES.map((c) => ({ value: c, label: t(`cost_${c}`) })) },
                { kind: 'date', name: 'startsOn', label: t('costFrom'), required: true, defaultValue: period.from },
                { kind: 'date', name: 'endsOn', label: t('costTo'), required: true, defaultValue: period.to },
                { kind: 'text', name: 'amount', label: t('colAmount'), hint: t('amountOrRateHint'), maxLength: 20 },
                { kind: 'text', name: 'hourlyRate', label: t('hourlyRate'), hint: t('hourlyRateHint'), maxLength: 20 },
                { kind: 'text', name: 'hoursPerWeek', label: t('hoursPerWeek'), hint: t('hoursPerWeekHint', { hours: PROJECT_WORKER_DEFAULT_HOURS_PER_WEEK }), maxLength: 3 },
                { kind: 'text', name: 'note', label: t('colNote'), maxLength: 200 },
              ]}
              submitLabel={t('addCost')}
              messages={{ 'reports.costAdded': t('costAdded'), 'reports.costRemoved': t('costRemoved') }}
            />
          </div>
        ) : null}
      </Section>
    </>
  );
}
