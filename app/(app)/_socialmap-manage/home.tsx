import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { listCurationOrganizations, listCurationServices, type CurationServiceRow } from '@/lib/socialmap/curation/queries';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';
import { formatDay, ManageNav } from './nav';
import { DataTable } from '@/app/_components/ui/table';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';
import { FilterInput } from '@/app/_components/ui/filter-field';

export async function ServiceTable({ rows, area, caption }: { rows: CurationServiceRow[]; area: ManageArea; caption: string }) {
  const t = await getTranslations('socialMapManage');
  const locale = await getLocale();
  const base = manageBase(area);
  return (
    <DataTable
      caption={caption}
      captionHidden
      compact={false}
      className="rounded-lg bg-white shadow-sm"
      columns={[{ header: t('colService') }, { header: t('colOrganization') }, { header: t('colStatus') }, { header: t('colVerified') }]}
    >
          {rows.map((s) => (
            <tr key={s.id}>
              <td className="p-3">
                <a href={`${base}/services/${s.id}`} className="font-semibold text-brand-700 underline">
                  {s.name}
                </a>
              </td>
              <td className="p-3">{s.organizationName}</td>
              <td className="p-3">{t(`status.${s.status}`)}</td>
              <td className="p-3">
                {s.assuredDate ? formatDay(s.assuredDate, locale) : t('never')}
                {s.stale && s.status !== 'defunct' ? (
                  <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">{t('staleBadge')}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
  );
}

export async function ManageHome({ area, imported, q }: { area: ManageArea; imported?: string; q?: string }) {
  await requireAreaPermission(area, 'socialmap.curate');
  const t = await getTranslations('socialMapManage');
  const db = getDb();
  const query = q?.trim().slice(0, 100) || undefined;
  const [services, orgs] = await Promise.all([listCurationServices(db, todayLocal(), undefined, query), listCurationOrganizations(db, query)]);
  const base = manageBase(area);
  const exportBase = `${base}/export`;
  const importedCount = imported && /^\d+$/.test(imported) ? Number(imported) : null;
  return (
    <div className="max-w-5xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      <ManageNav area={area} />
      {importedCount !== null ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 font-semibold text-green-900">
          {t('imported', { count: importedCount })}
        </p>
      ) : null}
      <form method="get" action={base} role="search" aria-label={t('searchLabel')} className="mb-6 flex flex-wrap items-end gap-3">
        <FilterInput id="sm-q" name="q" type="search" label={t('searchLabel')} hint={t('searchHint')} value={query} maxLength={100} className="w-full max-w-md" />
        <Button>{t('searchButton')}</Button>
        {query ? (
          <a href={base} className="py-2 text-brand-700 underline">
            {t('searchReset')}
          </a>
        ) : null}
      </form>
      {query ? (
        <p role="status" className="mb-4 font-semibold">
          {t('searchResult', { query, services: services.length, organizations: orgs.length })}
        </p>
      ) : null}
      <h2 className="mb-2 text-xl font-bold">{t('servicesTitle')}</h2>
      {services.length ? <ServiceTable rows={services} area={area} caption={t('servicesTitle')} /> : <p>{query ? t('noServicesMatch') : t('noServices')}</p>}
      <h2 className="mb-2 mt-8 text-xl font-bold">{t('organizationsTitle')}</h2>
      {orgs.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {orgs.map((o) => (
            <li key={o.id} className="flex flex-wrap justify-between gap-2 p-3">
              <a href={`${base}/organizations/${o.id}`} className="font-semibold text-brand-700 underline">
                {o.name}
              </a>
              <span>
                {t(`status.${o.status}`)} · {t('colServices')}: {o.services}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{query ? t('noOrganizationsMatch') : t('noOrganizations')}</p>
      )}
      <Section id="export" title={t('exportTitle')} card className="mt-8">
        <p className="mt-1">{t('exportText')}</p>
        <ul className="mt-2 flex flex-wrap gap-4">
          <li>
            <a href={`${exportBase}/json`} className="font-semibold text-brand-700 underline" download>
              {t('exportJson')}
            </a>
          </li>
          <li>
            <a href={`${exportBase}/csv`} className="font-semibold text-brand-700 underline" download>
              {t('exportCsv')}
            </a>
          </li>
        </ul>
        <p className="mt-3">{t('apiText', { url: '/api/hsds/v3/services' })}</p>
      </Section>
    </div>
  );
}
