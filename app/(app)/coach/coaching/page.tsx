import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MeetingsOverview } from '@/app/(app)/_coaching/meetings-page';
import { requireAreaPermission } from '@/lib/auth/gate';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings'))('metaTitle') };
}

/** The coach's coaching page: meetings, intervision and open obstacles (body in app/(app)/_coaching). */
export default async function CoachingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('coach', 'coaching.manage');
  return <MeetingsOverview base="/coach/coaching" done={(await searchParams).done} />;
}
