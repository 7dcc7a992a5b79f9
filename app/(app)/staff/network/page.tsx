import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FormSection } from '@/app/_components/form-section';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { saveOrganisationAction } from '@/lib/network/actions';
import { listOrganisations, wijkOptions } from '@/lib/network/queries';
import { NETWORK_KINDS, overdueAfterDays, parseOrganisationFilters } from '@/lib/network/schema';
import { organisationFields } from './organisation-fields';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('network');
  return { title: `${t('title')} – Wijkwerf` };
}

const selectClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900';

/** The project worker's network: who needs a visit, by kind and wijk; and a new organisation. */
export default async function NetworkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'network.manage');
  const filters = parseOrganisationFilters(await searchParams);
  const t = await getTranslations('network');
  const format = await getFormatter();
  const db = getDb();
  const today = todayLocal();
  const [rows, wijken] = await Promise.all([listOrganisations(db, filters, today), wijkOptions(db)]);
  const overdue = rows.filter((r) => r.overdue).length;
  const messages = { created: t('created'), saved: t('saved') };

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-2">
        <a className="font-semibold text-brand-700 underline" href="/staff/network/rounds">{t('round.link')}</a>
      </p>

      <form method="get" action="/staff/network" className="mt-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4" aria-label={t('filterTitle')}>
        <div>
          <label htmlFor="filter-kind" className="block font-semibold">{t('filterKind')}</label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ''} className={selectClass}>
            <option value="">{t('allKinds')}</option>
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>{t(`kinds.${k}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-wijk" className="block font-semibold">{t('filterWijk')}</label>
          <select id="filter-wijk" name="wijk" defaultValue={filters.wijk ?? ''} className={selectClass}>
            <option value="">{t('allWijken')}</option>
            {wijken.map((w) => (
              <option key={w.code} value={w.code}>{w.name}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col justify-end gap-2">
          <div className="flex items-start gap-2">
            <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor="filter-overdue">{t('filterOverdue')}</label>
          </div>
          <div className="flex items-start gap-2">
            <input id="filter-inactive" type="checkbox" name="inactive" value="1" defaultChecked={filters.inactive} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor="filter-inactive">{t('filterInactive')}</label>
          </div>
        </div>
        <div className="flex items-end">
          <Button>{t('apply')}</Button>
        </div>
      </form>

      <section aria-labelledby="orgs-title" className="mt-6">
        <h2 id="orgs-title" className="text-xl font-bold">{t('count', { count: rows.length })}</h2>
        <p className="mt-1" data-testid="overdue-count">{t('overdueCount', { count: overdue })}</p>
        {rows.length === 0 ? (
          <p className="mt-2">{t('empty')}</p>
        ) : (
          <DataTable caption={t('count', { count: rows.length })} captionHidden columns={[{ header: t('colName') }, { header: t('colKind') }, { header: t('colWijk') }, { header: t('colContactPerson') }, { header: t('colLastContact') }, { header: t('colDaysSince') }]} className="mt-2">
                {rows.map((o) => (
                  <tr key={o.id} className={`border-b border-slate-200 ${o.overdue ? 'bg-red-50' : ''}`} data-testid="org-row">
                    <th scope="row" className="p-2 font-normal">
                      <a className="font-semibold text-brand-700 underline" href={`/staff/network/${o.id}`}>{o.name}</a>
                      <span className="mt-1 flex flex-wrap gap-1">
                        {o.overdue ? (
                          <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">{o.daysSince === null ? t('neverBadge') : t('overdueBadge', { days: overdueAfterDays(o.visitEveryWeeks) })}</span>
                        ) : null}
                        {o.active && o.round.behindSchedule ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">{t('round.behindBadge')}</span> : null}
                        {o.active && o.round.offerNotRetold ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t('round.offerBadge')}</span> : null}
                        {o.mayApproachMembers ? <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">{t('mayApproachBadge')}</span> : null}
                        {!o.active ? <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-800">{t('inactiveBadge')}</span> : null}
                      </span>
                    </th>
                    <td className="p-2">{t(`kinds.${o.kind}`)}</td>
                    <td className="p-2">{o.wijkName ?? t('noWijk')}</td>
                    <td className="p-2">{o.contactPerson ?? ''}</td>
                    <td className="p-2">{o.lastContactOn ? format.dateTime(new Date(`${o.lastContactOn}T12:00:00Z`), { dateStyle: 'medium' }) : t('never')}</td>
                    <td className="p-2 tabular-nums" data-testid="days-since">{o.daysSince === null ? t('never') : t('days', { days: o.daysSince })}</td>
                  </tr>
                ))}
              </DataTable>
        )}
      </section>

      <FormSection id="new-org" title={t('newTitle')} className="mt-8 max-w-2xl" idPrefix="new-org" action={saveOrganisationAction} fields={organisationFields(t, wijken, null)} submitLabel={t('create')} messages={messages} />
    </>
  );
}
