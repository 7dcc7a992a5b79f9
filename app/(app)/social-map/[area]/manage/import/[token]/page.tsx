import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportPreviewPage } from '@/app/(app)/_socialmap-manage/import';
import { areaOf } from '../../../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('import.title')} – Wijkwerf` };
}

export default async function Page({ params }: { params: Promise<{ area: string; token: string }> }) {
  return <ImportPreviewPage area={await areaOf(params, 'manage')} token={(await params).token} />;
}
