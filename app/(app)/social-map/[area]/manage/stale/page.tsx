import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StalePage } from '@/app/(app)/_socialmap-manage/stale';
import { areaOf } from '../../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('stale.title')} – Wijkwerf` };
}

export default async function Page({ params }: { params: Promise<{ area: string }> }) {
  return <StalePage area={await areaOf(params, 'manage')} />;
}
