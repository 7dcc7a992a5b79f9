import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportPage } from '@/app/(app)/_socialmap-manage/import';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('import.title')} – Wijkwerf` };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  return <ImportPage area="staff" error={(await searchParams).error} />;
}
