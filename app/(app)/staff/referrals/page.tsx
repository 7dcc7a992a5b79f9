import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { ReferralList } from '@/app/(app)/_socialmap/referral-list';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('referrals'))('metaTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea('staff');
  if (!can(user.role, 'socialmap.use')) forbidden();
  return <ReferralList area="staff" user={user} searchParams={await searchParams} />;
}
