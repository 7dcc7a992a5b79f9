import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listContacts, parseContactFilters } from '@/lib/associations/queries';
import { requireArea } from '@/lib/auth/gate';
import { getStepNames } from '@/lib/leads/settings/queries';
import { ALL_STATUSES } from '@/lib/leads/journey/steps';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationArea');
  return { title: `${t('contactsTitle')} – Wijkwerf` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const inputClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base';
const th = 'border-b border-slate-300 px-2 py-2 text-start font-semibold';
const td = 'border-b border-slate-200 px-2 py-2';

/**
 * The association's own contacts with the step each reached: name, step and date passed on, no
 * more (no phone, no notes). Filter by step and period; a GET form, so it works without JavaScript.
 */
export default async function AssociationContactsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea('association');
  const filters = parseContactFilters(await searchParams);
  const t = await getTranslations('associationArea');
  const ts = await getTranslations('steps');
  const format = await getFormatter();
  const locale = await getLocale();
  const db = getDb();
  if (!user.associationId) {
    return (
      <>
        <PageHeading>{t('contactsTitle')}</PageHeading>
        <p className="mt-4 rounded-lg bg-white p-4 shadow-sm">{t('noAssociation')}</p>
      </>
    );
  }
  const [result, steps] = await Promise.all([listContacts(db, user.associationId, filters), getStepNames(db, locale, (s) => ts(s))]);
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filters.step) q.set('step', filters.step);
    if (filters.from) q.set('from', filters.from);
    if (filters.to) q.set('to', filters.to);
    if (page > 1) q.set('page', String(page));
    const s = q.toString();
    return `/association/contacts${s ? `?${s}` : ''}`;
  };
  const link = 'inline-block rounded border border-slate-400 px-3 py-2 text-brand-700 underline';

  return (
    <>
      <PageHeading>{t('contactsTitle')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('contactsIntro')}</p>

      <form method="get" action="/association/contacts" className="mt-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end" role="search" aria-label={t('filtersTitle')}>
        <div>
          <label htmlFor="f-step" className="block font-semibold">
            {t('filterStep')}
          </label>
          <select id="f-step" name="step" defaultValue={filters.step ?? ''} className={inputClass}>
            <option value="">{t('allSteps')}</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {steps[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className="block font-semibold">
            {t('filterFrom')}
          </label>
          <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="f-to" className="block font-semibold">
            {t('filterTo')}
          </label>
          <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ''} className={inputClass} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button>
            {t('filterButton')}
          </Button>
          <a href="/association/contacts" className="text-brand-700 underline">
            {t('resetFilters')}
          </a>
        </div>
      </form>

      <section className="mt-4 rounded-lg bg-white p-4 shadow-sm" aria-labelledby="contacts-total">
        <h2 id="contacts-total" className="text-lg font-bold" data-testid="contacts-total">
          {t('total', { count: result.total })}
        </h2>
        {result.rows.length === 0 ? (
          <p className="mt-2">{t('noContacts')}</p>
        ) : (
          <DataTable caption={t('contactsTitle')} captionHidden columns={[{ header: t('colName') }, { header: t('colStep') }, { header: t('colSubmitted') }]} className="mt-2" compact={false} data-testid="contacts">
                {result.rows.map((r) => (
                  <tr key={r.id}>
                    <td className={td}>{r.name}</td>
                    <td className={td}>{steps[r.status]}</td>
                    <td className={td}>{format.dateTime(r.createdAt, { dateStyle: 'medium' })}</td>
                  </tr>
                ))}
              </DataTable>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap items-center gap-3">
            {result.page > 1 ? (
              <a href={href(result.page - 1)} className={link} rel="prev">
                {t('previous')}
              </a>
            ) : null}
            <span>{t('pageOf', { page: result.page, pages: result.pageCount })}</span>
            {result.page < result.pageCount ? (
              <a href={href(result.page + 1)} className={link} rel="next">
                {t('next')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
