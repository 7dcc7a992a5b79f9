import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StalePage } from '@/app/(app)/_socialmap-manage/stale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('stale.title')} – Wijkwerf` };
}

export default function Page() {
  return <StalePage area="staff" />;
}
