import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ServicePage } from '@/app/(app)/_socialmap-manage/service';
import { areaOf } from '../../../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('servicesTitle')} – Wijkwerf` };
}

export default async function Page({ params, searchParams }: { params: Promise<{ area: string; id: string }>; searchParams: Promise<{ saved?: string }> }) {
  return <ServicePage area={await areaOf(params, 'manage')} id={(await params).id} saved={(await searchParams).saved} />;
}
