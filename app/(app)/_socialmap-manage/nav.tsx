import { getTranslations } from 'next-intl/server';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';

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

/** "15 juni 2025" in the page's language, from YYYY-MM-DD. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
