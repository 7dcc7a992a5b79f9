import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ServicePage } from '@/app/(app)/_socialmap-manage/service';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('service.newTitle')} – Wijkwerf` };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ organization?: string }> }) {
  return <ServicePage area="staff" id={null} organization={(await searchParams).organization} />;
}
