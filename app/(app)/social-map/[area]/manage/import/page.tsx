import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportPage } from '@/app/(app)/_socialmap-manage/import';
import { areaOf } from '../../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('import.title')} – Wijkwerf` };
}

export default async function Page({ params, searchParams }: { params: Promise<{ area: string }>; searchParams: Promise<{ error?: string }> }) {
  return <ImportPage area={await areaOf(params, 'manage')} error={(await searchParams).error} />;
}
