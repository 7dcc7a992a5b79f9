import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ServicePage } from '@/app/(app)/_socialmap-manage/service';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('servicesTitle')} – Wijkwerf` };
}

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  return <ServicePage area="admin" id={(await params).id} saved={(await searchParams).saved} />;
}
