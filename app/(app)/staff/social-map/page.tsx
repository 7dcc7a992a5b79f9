import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { SocialMapSearch } from '@/app/(app)/_socialmap/search-page';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('socialMap'))('metaTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea('staff');
  if (!can(user.role, 'socialmap.use')) forbidden();
  return <SocialMapSearch area="staff" searchParams={await searchParams} />;
}
