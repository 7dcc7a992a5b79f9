import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { diversityOverview } from '@/lib/diversity/queries';
import { parseReportPeriod, periodQuery } from '@/lib/reports/period';
import { leadListHref, periodReport } from '@/lib/reports/queries';
import { PageHeading } from '@/app/_components/ui/heading';
import { Section } from '@/app/_components/ui/card';
import { formatDay, PaceLine, TargetProgress } from '@/app/_components/ui/target-progress';
import { PeriodPicker } from './_sections/period-picker';
import { ReportTableSection } from './_sections/report-table';
import { reportTables } from './_sections/tables';

export const dynamic = 'force-dynamic';

/**
 * Results for a chosen period (coordinator; caseworkers read too — there is no project-leader
 * role yet): the funnel, breakdowns, the target and the pace, lead times, queues, reasons,
 * barriers, the ambassadors' own results. Every count links to the lead list with its filters.
 */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'reports.view');
  const t = await getTranslations('reports');
  const tch = await getTranslations('channels');
  const format = await getFormatter();
  const db = getDb();
  const today = todayLocal();
  const period = parseReportPeriod(await searchParams, today);
  const [report, diversity] = await Promise.all([periodReport(db, period, today), diversityOverview(db)]);
  const tables = await reportTables(report, diversity.backgrounds);
  const q = periodQuery(period);
  const target = report.target;

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1 max-w-3xl">{t('intro')}</p>
      <p className="mt-2 font-semibold" data-testid="report-period">
        {t('periodLine', { from: await formatDay(period.from, 'long'), to: await formatDay(period.to, 'long') })}
      </p>
      <p className="mt-1">
        <a className="text-brand-700 underline" href={`/staff/reports/evaluation?${q}`}>
          {t('evaluationLink')}
        </a>
      </p>
      <PeriodPicker period={period} action="/staff/reports" />

      <Section id="r-target" title={t('targetTitle')} card className="mt-6">
        {target ? (
          <>
            <p className="mt-1 text-slate-700">
              {t('targetLine', {
                name: target.period.name,
                from: await formatDay(target.period.startsOn),
                to: await formatDay(target.period.endsOn),
                channel: target.period.channel ? tch(target.period.channel) : t('allChannels'),
              })}
            </p>
            <div className="mt-3">
              <TargetProgress id="report-target" signed={target.signed.count} target={target.period.groupTarget} label={t('targetProgress', { name: target.period.name })} />
            </div>
            <p className="mt-2">
              <a className="text-brand-700 underline" href={leadListHref(target.signed.filter!)} data-testid="target-signed-link">
                {t('targetSignedLink', { count: target.signed.count, signed: format.number(target.signed.count) })}
              </a>
            </p>
            <PaceLine pace={target.pace} startsOn={target.period.startsOn} today={today} />
          </>
        ) : (
          <p className="mt-2">{t('noTarget')}</p>
        )}
      </Section>

      {tables.map((table) => (
        <ReportTableSection key={table.id} table={table} csvHref={`/staff/reports/csv/${table.id}?${q}`} />
      ))}
      <p className="mt-4">
        <a className="text-brand-700 underline" href="/staff/ambassadors/diversity">
          {t('diversityLink')}
        </a>
      </p>
    </>
  );
}
