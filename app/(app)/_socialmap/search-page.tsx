import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/app/_components/ui/pagination';
import { getDb } from '@/db/client';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { isStale } from '@/lib/socialmap/search/queries';
import { listServiceLanguages, listThemes, parseSearchFilters, searchQuery, searchServices } from '@/lib/socialmap/search/search';
import { badge, displayPhone, linkClass } from './format';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';
import { FilterInput, FilterSelect } from '@/app/_components/ui/filter-field';
import { Card, cardClass } from '@/app/_components/ui/card';
import { DescriptionList, optionalItem } from '@/app/_components/ui/description-list';
import { type SearchArea, referralsBase, socialMapBase } from './routes';

/**
 * The social map search, shared by /ambassador/social-map and /staff/social-map (the thin pages
 * run the gate). A plain GET form: works without JavaScript, every result page has its own URL.
 */
export async function SocialMapSearch({ area, searchParams }: { area: SearchArea; searchParams: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations('socialMap');
  const tl = await getTranslations('languages');
  const filters = parseSearchFilters(searchParams);
  const db = getDb();
  const now = new Date();
  const [result, themes, wijken, languages] = await Promise.all([
    searchServices(db, filters, { now }),
    listThemes(db),
    listNeighbourhoods(db),
    listServiceLanguages(db),
  ]);
  const base = socialMapBase(area);
  const languageName = (code: string) => (tl.has(code as never) ? tl(code as never) : code);
  const depth = (id: string | null): number => {
    let d = 0;
    let cur = themes.find((x) => x.id === id);
    while (cur?.parentId && d < 4) {
      d++;
      cur = themes.find((x) => x.id === cur!.parentId);
    }
    return d;
  };
  const back = searchQuery(filters);
  const searching = !!(filters.q || filters.theme || filters.wijk || filters.language || filters.openNow);

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <PageHeading>{t('title')}</PageHeading>
        <a href={referralsBase(area)} className={linkClass}>
          {area === 'ambassador' ? t('myReferrals') : t('allReferrals')}
        </a>
      </div>
      {searching ? null : <p className="mt-1 mb-4">{t('intro')}</p>}

      {/*
        After a search the results come first: the form folds away (open again with one tap), and
        the form's address ends in #zoekopdracht, so the page opens at the folded form with the
        results right under it, however tall the header is.
      */}
      <details id="zoekopdracht" open={searching ? undefined : true} className={`mb-4 scroll-mt-4 ${cardClass}`} data-testid="search-form">
        <summary className="cursor-pointer py-2.5 font-semibold text-brand-700 underline">{searching ? t('changeSearch') : t('searchTitle')}</summary>
        <form method="get" action={`${base}#zoekopdracht`} role="search" aria-labelledby="sm-search-title" className="mt-3">
          <h2 id="sm-search-title" className="sr-only">
            {t('searchTitle')}
          </h2>
          <FilterInput id="sm-q" name="q" type="search" label={t('q')} hint={t('qHint')} hintAfter value={filters.q} maxLength={200} className="mb-4" />
          <div className="grid gap-4 sm:grid-cols-3">
            <FilterSelect
              id="sm-theme"
              name="theme"
              label={t('theme')}
              value={filters.theme ?? ''}
              all={t('themeAll')}
              options={themes.map((th) => ({ value: th.id, label: `${'\u00a0\u00a0'.repeat(depth(th.id))}${depth(th.id) ? '– ' : ''}${th.name}` }))}
            />
            <FilterSelect id="sm-wijk" name="wijk" label={t('wijk')} value={filters.wijk ?? ''} all={t('wijkAll')} options={wijken.map((w) => ({ value: w.code, label: w.name }))} />
            <FilterSelect id="sm-language" name="language" label={t('language')} value={filters.language ?? ''} all={t('languageAll')} options={languages.map((c) => ({ value: c, label: languageName(c) }))} />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <div className="flex items-center gap-2">
              <input id="sm-open" type="checkbox" name="open" value="1" defaultChecked={filters.openNow} className="h-5 w-5" />
              <label htmlFor="sm-open">{t('openNow')}</label>
            </div>
            <Button>
              {t('search')}
            </Button>
            <a href={base} className={linkClass}>
              {t('reset')}
            </a>
          </div>
          <p className="mt-3 text-sm text-slate-700">{t('statusNote')}</p>
        </form>
      </details>

      <section aria-labelledby="sm-results-title">
        <h2 id="sm-results-title" className="text-xl font-bold">
          {t('resultCount', { total: result.total })}
        </h2>
        {result.mode === 'names' && result.total > 0 ? <p className="mt-1">{t('nameFallback')}</p> : null}
        {result.total === 0 ? (
          <p className="mt-2">{t('noResults')}</p>
        ) : (
          <>
            {result.pageCount > 1 ? <p className="mt-1 text-slate-700">{t('pageOf', { page: result.page, pageCount: result.pageCount })}</p> : null}
            <ul className="mt-3 grid gap-3">
              {result.rows.map((r) => (
                <Card as="li" key={r.id}>
                  <h3 className="text-lg font-bold">
                    <a href={`${base}/${r.id}${back}`} className="text-brand-700 underline">
                      {r.name}
                    </a>
                  </h3>
                  <p className="text-slate-700">
                    <span className="sr-only">{t('organization')}: </span>
                    {r.organizationName}
                  </p>
                  <p className="mt-1 flex flex-wrap gap-2">
                    {r.openNow ? <span className={`${badge} bg-green-100 text-green-900`}>{t('badgeOpen')}</span> : null}
                    {r.status === 'temporarily closed' ? <span className={`${badge} bg-amber-100 text-amber-900`}>{t('badgeTemporarilyClosed')}</span> : null}
                    {isStale(r.assuredDate, now) ? <span className={`${badge} bg-slate-200 text-slate-900`}>{t('badgeStale')}</span> : null}
                  </p>
                  <DescriptionList
                    className="mt-2"
                    items={[
                      r.themes.length ? { key: 'themes', term: t('themes'), description: r.themes.join(', ') } : null,
                      r.languages.length ? { key: 'languages', term: t('languages'), description: r.languages.map(languageName).join(', ') } : null,
                      { key: 'today', term: t('today'), description: r.hoursToday.length ? r.hoursToday.map((h) => t('hours', { opens: h.opens, closes: h.closes })).join(', ') : t('closedToday') },
                      optionalItem('address', t('address'), r.address),
                      optionalItem(
                        'phone',
                        t('phone'),
                        r.phone ? (
                          <a href={`tel:${r.phone}`} className="text-brand-700 underline">
                            {displayPhone(r.phone)}
                          </a>
                        ) : null,
                      ),
                    ]}
                  />
                </Card>
              ))}
            </ul>
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              href={(p) => `${base}${searchQuery(filters, { page: p })}`}
              labels={{
                nav: t('resultsNav'),
                previous: t('previous'),
                previousLabel: t('previousLabel'),
                next: t('next'),
                nextLabel: t('nextLabel'),
                page: (p) => t('pageLabel', { page: p }),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
