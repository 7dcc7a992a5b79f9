import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportPreviewPage } from '@/app/(app)/_socialmap-manage/import';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('import.title')} – Wijkwerf` };
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ImportPreviewPage area="admin" token={(await params).token} />;
}
