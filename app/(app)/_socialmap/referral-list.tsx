import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/app/_components/ui/pagination';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { type StatsRow, listReferrals, referralStats, seesAllReferrals } from '@/lib/socialmap/referrals/queries';
import { EXPIRE_DAYS, REFERRAL_STATUSES, type ReferralFilters, parseReferralFilters } from '@/lib/socialmap/referrals/schema';
import { listThemes } from '@/lib/socialmap/search/search';
import { listWijken } from '@/lib/socialmap/search/queries';
import { StatusBadge } from './status-badge';
import { linkClass } from './format';
import { DataTable, ResponsiveTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';
import { FilterSelect } from '@/app/_components/ui/filter-field';
import { cardClass } from '@/app/_components/ui/card';
import { type ReferralsArea, referralsBase, socialMapBase } from './routes';

function query(f: ReferralFilters, page: number): string {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.theme) p.set('theme', f.theme);
  if (f.wijk) p.set('wijk', f.wijk);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * The referral list: an ambassador's own (WHERE referred_by_user_id = me), or all for staff with
 * filters; the coordinator also sees counts by theme and wijk. Loading it first expires referrals
 * that had no news for 30 days.
 */
export async function ReferralList({ area, user, searchParams }: { area: ReferralsArea; user: CurrentUser; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const all = area === 'staff' && seesAllReferrals(user.role);
  const filters = all ? parseReferralFilters(searchParams) : { ...parseReferralFilters(searchParams), status: null, theme: null, wijk: null };
  const t = await getTranslations('referrals');
  const ts = await getTranslations('socialMap');
  const format = await getFormatter();
  const showStats = all && can(user.role, 'programme.manage');
  const [result, themes, wijken, stats] = await Promise.all([
    listReferrals(db, all ? 'all' : { userId: user.id }, filters),
    all ? listThemes(db) : Promise.resolve([]),
    all ? listWijken(db) : Promise.resolve([]),
    showStats ? referralStats(db) : Promise.resolve(null),
  ]);
  const base = referralsBase(area);
  const filtered = !!(filters.status || filters.theme || filters.wijk);

  const statsTable = (id: string, title: string, rows: StatsRow[]) => (
    <DataTable
      caption={
        <span id={id} className="text-lg font-bold">
          {title}
        </span>
      }
      aria-labelledby={id}
      className="mt-2"
      columns={[{ header: title }, { header: t('statsTotal'), numeric: true }, ...REFERRAL_STATUSES.map((s) => ({ header: t(`status_${s}`), numeric: true }))]}
    >
          {rows.map((r) => (
            <tr key={r.id ?? 'none'} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-start font-normal">
                {r.name ?? t('unknown')}
              </th>
              <td className="p-2 text-end font-semibold">{r.total}</td>
              {REFERRAL_STATUSES.map((s) => (
                <td key={s} className="p-2 text-end">
                  {r.byStatus[s]}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
  );

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <PageHeading>{all ? t('titleAll') : t('titleOwn')}</PageHeading>
        <a href={socialMapBase(area)} className={linkClass}>
          {t('toSocialMap')}
        </a>
      </div>
      <p className="mt-1">{all ? t('introAll') : t('introOwn')}</p>
      <p className="mb-4 mt-1 text-slate-700">{t('expiredNote', { days: EXPIRE_DAYS })}</p>

      {all ? (
        <form method="get" action={base} aria-labelledby="rf-title" className={`mb-6 ${cardClass}`}>
          <h2 id="rf-title" className="text-lg font-bold">
            {t('filtersTitle')}
          </h2>
          <div className="grid gap-4 sm:grid-cols-3">
            <FilterSelect id="rf-status" name="status" label={t('status')} value={filters.status ?? ''} all={t('statusAll')} options={REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))} />
            <FilterSelect id="rf-theme" name="theme" label={t('theme')} value={filters.theme ?? ''} all={t('themeAll')} options={themes.map((th) => ({ value: th.id, label: th.parentId ? `– ${th.name}` : th.name }))} />
            <FilterSelect id="rf-wijk" name="wijk" label={t('wijk')} value={filters.wijk ?? ''} all={t('wijkAll')} options={wijken.map((w) => ({ value: w.id, label: w.name }))} />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button>
              {t('apply')}
            </Button>
            <a href={base} className={linkClass}>
              {t('reset')}
            </a>
          </div>
        </form>
      ) : null}

      <section aria-labelledby="rl-title">
        <h2 id="rl-title" className="text-xl font-bold">
          {t('count', { total: result.total })}
        </h2>
        {result.total === 0 ? (
          <p className="mt-2">{filtered ? t('emptyFiltered') : t('empty')}</p>
        ) : (
          <ResponsiveTable
            caption={t('caption')}
            captionHidden
            compact={false}
            className="mt-2"
            rows={result.rows}
            rowKey={(r) => r.id}
            columns={[
              {
                key: 'person',
                header: t('colPerson'),
                cell: (r) => (
                  <a href={`${base}/${r.id}`} className="text-brand-700 underline" aria-label={t('openLabel', { person: r.person, service: r.serviceName })}>
                    {r.person || t('unknown')}
                  </a>
                ),
              },
              {
                key: 'service',
                header: t('colService'),
                cell: (r) => (
                  <>
                    {r.serviceName}
                    <span className="block text-sm text-slate-700">{r.organizationName}</span>
                  </>
                ),
              },
              { key: 'theme', header: t('colTheme'), cell: (r) => r.theme ?? '–' },
              { key: 'status', header: t('colStatus'), cell: (r) => <StatusBadge status={r.status} label={t(`status_${r.status}`)} /> },
              { key: 'updated', header: t('colUpdated'), cell: (r) => format.dateTime(r.lastUpdateAt, { dateStyle: 'medium' }) },
              ...(all
                ? [
                    { key: 'wijk', header: t('colWijk'), cell: (r: (typeof result.rows)[number]) => r.wijk ?? '–' },
                    { key: 'referrer', header: t('colReferrer'), cell: (r: (typeof result.rows)[number]) => r.referrerName },
                  ]
                : []),
            ]}
          />
        )}
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          href={(p) => `${base}${query(filters, p)}`}
          labels={{
            nav: ts('resultsNav'),
            previous: ts('previous'),
            previousLabel: ts('previousLabel'),
            next: ts('next'),
            nextLabel: ts('nextLabel'),
            page: (p) => ts('pageLabel', { page: p }),
          }}
        />
      </section>

      {stats ? (
        <section aria-labelledby="stats-title" className="mt-8">
          <h2 id="stats-title" className="text-xl font-bold">
            {t('statsTitle')}
          </h2>
          <p className="mb-2">{t('statsIntro')}</p>
          {stats.byTheme.length ? (
            <div className="grid gap-6">
              {statsTable('stats-theme', t('statsByTheme'), stats.byTheme)}
              {statsTable('stats-wijk', t('statsByWijk'), stats.byWijk)}
            </div>
          ) : (
            <p>{t('statsNone')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
