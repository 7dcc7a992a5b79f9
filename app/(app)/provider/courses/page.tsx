import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { saveOwnCourseAction } from '@/lib/providers/actions';
import { listCourses } from '@/lib/providers/queries';
import { PageHeading } from '@/app/_components/ui/heading';
import { CourseForms } from '@/app/(app)/_courses/course-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('providers');
  return { title: `${t('courses.title')} – Wijkwerf` };
}

/** The provider's own catalogue: its courses only. */
export default async function ProviderCoursesPage() {
  const user = await requireAreaPermission('provider', 'provider.self');
  if (!user.providerId) forbidden();
  const t = await getTranslations('providers');
  const courses = await listCourses(getDb(), user.providerId);
  return (
    <div className="max-w-3xl">
      <PageHeading>{t('courses.title')}</PageHeading>
      <p className="mt-1">{t('courses.intro')}</p>
      <CourseForms courses={courses} action={saveOwnCourseAction} />
    </div>
  );
}
