import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ManageHome } from '@/app/(app)/_socialmap-manage/home';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('title')} – Wijkwerf` };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ imported?: string }> }) {
  return <ManageHome area="admin" imported={(await searchParams).imported} />;
}
