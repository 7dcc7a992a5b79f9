import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MeetingDetail } from '@/app/(app)/_coaching/meeting-page';
import { requireAreaPermission } from '@/lib/auth/gate';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings'))('metaTitle') };
}

/** One meeting: attendance and obstacles (body in app/(app)/_coaching). */
export default async function MeetingPage({ params, searchParams }: Props) {
  await requireAreaPermission('coach', 'coaching.manage');
  return <MeetingDetail base="/coach/coaching" id={(await params).id} done={(await searchParams).done} />;
}
