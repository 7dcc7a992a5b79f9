import { getTranslations } from 'next-intl/server';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';
import { PageHeading } from '@/app/_components/ui/heading';

/** The curation section's own links (both areas). */
export async function ManageNav({ area }: { area: ManageArea }) {
  const t = await getTranslations('socialMapManage.nav');
  const base = manageBase(area);
  const links = [
    { href: base, label: t('overview') },
    { href: `${base}/stale`, label: t('stale') },
    { href: `${base}/organizations/new`, label: t('newOrganization') },
    { href: `${base}/services/new`, label: t('newService') },
    { href: `${base}/import`, label: t('import') },
  ];
  return (
    <nav aria-label={t('label')} className="mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} className="font-semibold text-brand-700 underline">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The head of an edit page (organization, service): its title, the section's links, "saved" after a save, and a notice when the record is retired. */
export async function ManageEditHeader({ area, title, saved, retired }: { area: ManageArea; title: string; saved: boolean; retired: boolean }) {
  const t = await getTranslations('socialMapManage');
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="mt-3">
        <ManageNav area={area} />
      </div>
      {saved ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 font-semibold text-green-900">
          {t('saved')}
        </p>
      ) : null}
      {retired ? <p className="mb-4 rounded-md bg-amber-50 p-3 font-semibold text-amber-900">{t('retiredNotice')}</p> : null}
    </>
  );
}

/** "15 juni 2025" in the page's language, from YYYY-MM-DD. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
