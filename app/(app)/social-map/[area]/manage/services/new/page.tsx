import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ServicePage } from '@/app/(app)/_socialmap-manage/service';
import { areaOf } from '../../../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('service.newTitle')} – Wijkwerf` };
}

export default async function Page({ params, searchParams }: { params: Promise<{ area: string }>; searchParams: Promise<{ organization?: string }> }) {
  return <ServicePage area={await areaOf(params, 'manage')} id={null} organization={(await searchParams).organization} />;
}
