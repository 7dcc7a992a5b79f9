import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ManageHome } from '@/app/(app)/_socialmap-manage/home';
import { areaOf } from '../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('title')} – Wijkwerf` };
}

export default async function Page({ params, searchParams }: { params: Promise<{ area: string }>; searchParams: Promise<{ imported?: string; q?: string | string[] }> }) {
  const sp = await searchParams;
  return <ManageHome area={await areaOf(params, 'manage')} imported={sp.imported} q={typeof sp.q === 'string' ? sp.q : undefined} />;
}
