import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MeetingsOverview } from '@/app/(app)/_coaching/meetings-page';
import { requireAreaPermission } from '@/lib/auth/gate';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings'))('metaTitle') };
}

/** The coordinator's coaching page: meetings, intervision and open obstacles (body in app/(app)/_coaching). */
export default async function CoachingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('staff', 'coaching.manage');
  return <MeetingsOverview base="/staff/coaching" done={(await searchParams).done} />;
}
