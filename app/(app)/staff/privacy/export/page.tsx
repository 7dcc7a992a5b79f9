import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { exportPersonData } from '@/lib/privacy/mutations';
import { subjectLanguage } from '@/lib/privacy/queries';
import { PUBLIC_LOCALE_OF, dirFor } from '@/lib/i18n/routing';
import { PersonTables } from '../_sections/person-tables';


/** The readable export (art. 15): print it or save it as PDF from the browser. */
export default async function PrivacyExportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireAreaPermission('staff', 'privacy.requests');
  const raw = (await searchParams).lead;
  const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(isUuid).slice(0, 100);
  if (!ids.length) notFound();
  const db = getDb();
  const data = await exportPersonData(db, user.id, ids, 'page');
  const lang = await subjectLanguage(db, data.subject);
  // The headings in the resident's language when it is one of the public ones (Dari `prs` → fa-AF), else Dutch.
  const locale = (lang && PUBLIC_LOCALE_OF[lang]) || 'nl';
  const t = await getTranslations({ locale, namespace: 'privacyExport' });
  return (
    <article lang={locale} dir={dirFor(locale)} className="max-w-4xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-2 mt-1">{t('intro')}</p>
      <p className="mb-4 text-sm text-slate-700">{t('generated', { date: new Date().toISOString().slice(0, 10) })}</p>
      <PersonTables data={data} locale={locale} />
    </article>
  );
}
