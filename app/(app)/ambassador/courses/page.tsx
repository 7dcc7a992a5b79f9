import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { courseOptions } from '@/lib/providers/queries';
import { DataBadge } from '@/app/_components/ui/badge';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('courseCatalogue');
  return { title: `${t('title')} – Wijkwerf` };
}

/** The course catalogue on the ambassador's phone, to show a resident: one card a course, by level. */
export default async function AmbassadorCoursesPage() {
  await requireAreaPermission('ambassador', 'courses.view');
  const t = await getTranslations('courseCatalogue');
  const courses = await courseOptions(getDb());
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1">{t('intro')}</p>
      {courses.length ? (
        <ul className="mt-4 space-y-3" data-testid="course-catalogue">
          {courses.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-lg font-bold">
                {c.name} <span className="font-normal">({c.level})</span>
              </h2>
              <p>{c.providerName}</p>
              <p>{c.place}</p>
              <p>{c.schedule}</p>
              <ul className="mt-2 flex flex-wrap gap-2" aria-label={c.name}>
                <DataBadge as="li" tone={c.childcare ? 'success' : 'neutral'}>
                  {c.childcare ? t('childcare') : t('noChildcare')}
                </DataBadge>
                <DataBadge as="li" tone={c.free ? 'success' : 'neutral'}>
                  {c.free ? t('free') : t('notFree')}
                </DataBadge>
                <DataBadge as="li" tone={c.placesLeft > 0 ? 'info' : 'warning'}>
                  {t('placesLeft', { count: c.placesLeft })}
                </DataBadge>
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4">{t('empty')}</p>
      )}
    </>
  );
}
