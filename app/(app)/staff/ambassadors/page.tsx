import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { countByStatus, corpsList, programmeResults } from '@/lib/ambassadors/queries';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { ambassadorOverview } from '@/lib/targets/queries';
import { formatDay } from '@/app/_components/ui/target-progress';
import { ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { CorpsTable } from './_components/corps-table';
import { CorpsFilterNotice } from './_components/filter-notice';
import { parseCorpsFilters } from '@/lib/ambassadors/schema';
import { DueReviews } from '@/app/(app)/_coaching/due-reviews';
import { dueReviews } from '@/lib/coaching/reviews/queries';

/** The coordinator's corps: everyone with step, source, VOG flag, account, and this period's target and result. */
export default async function AmbassadorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'corps.manage');
  const filters = parseCorpsFilters(await searchParams);
  const filtered = Object.keys(filters).length > 0;
  const t = await getTranslations('corps');
  const tt = await getTranslations('targets');
  const td = await getTranslations('diversity');
  const db = getDb();
  const [all, shown, { period, rows: overview }, results, due] = await Promise.all([
    corpsList(db),
    filtered ? corpsList(db, filters) : null,
    ambassadorOverview(db, todayLocal(new Date())),
    programmeResults(db),
    dueReviews(db),
  ]);
  const tc = await getTranslations('coach');
  const c = countByStatus(all);
  const list = shown ?? all;
  const byId = new Map(overview.map((r) => [r.id, r]));

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-3 flex flex-wrap gap-3">
        <ButtonLink href="/staff/ambassadors/new">{t('newLink')}</ButtonLink>
        <ButtonLink href="/staff/ambassadors/diversity" variant="secondary">
          {td('link')}
        </ButtonLink>
      </p>
      <p className="mt-3" data-testid="corps-counts">
        {t('counts', { active: c.active, pipeline: c.candidate + c.interview + c.vog + c.training, paused: c.paused, stopped: c.stopped })}
      </p>
      <Section id="results" title={t('resultsTitle')} card className="mt-4 max-w-3xl" data-testid="programme-result">
        <p className="mt-1">{t('results', { count: results.total })}</p>
        {results.total ? (
          <ul className="mt-1 list-disc ps-6">
            {Object.entries(results.byReason).map(([reason, n]) => (
              <li key={reason}>
                {t(`stopReason.${reason as 'paid_work'}`)}: {n}
              </li>
            ))}
          </ul>
        ) : null}
      </Section>
      <p className="mt-4">
        {period
          ? tt.rich('ambassadorsPeriod', {
              name: period.name,
              from: await formatDay(period.startsOn),
              to: await formatDay(period.endsOn),
              link: (chunks) => (
                <a className="text-brand-700 underline" href={`/staff/targets/${period.id}`}>
                  {chunks}
                </a>
              ),
            })
          : tt.rich('ambassadorsNoPeriod', {
              link: (chunks) => (
                <a className="text-brand-700 underline" href="/staff/targets">
                  {chunks}
                </a>
              ),
            })}
      </p>
      {filtered ? <CorpsFilterNotice filters={filters} count={list.length} /> : null}
      <CorpsTable rows={list.map((r) => ({ ...r, target: byId.get(r.id)?.target ?? null, adjusted: byId.get(r.id)?.adjusted ?? false, result: byId.get(r.id)?.result ?? null }))} />
      <Section id="due-reviews" title={tc('due.title', { count: due.rows.length })} className="mt-8">
        <p className="mt-1">{tc('due.staffIntro', { days: due.intervalDays })}</p>
        <DueReviews rows={due.rows} />
      </Section>
    </>
  );
}
