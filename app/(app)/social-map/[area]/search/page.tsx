import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SocialMapSearch } from '@/app/(app)/_socialmap/search-page';
import { requireAreaPermission } from '@/lib/auth/gate';
import { areaOf } from '../area';

type Props = { params: Promise<{ area: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('socialMap'))('metaTitle') };
}

export default async function Page({ params, searchParams }: Props) {
  const area = await areaOf(params, 'search');
  await requireAreaPermission(area, 'socialmap.use');
  return <SocialMapSearch area={area} searchParams={await searchParams} />;
}
