import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { ReferralDetail } from '@/app/(app)/_socialmap/referral-detail';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('referrals'))('metaTitle') };
}

export default async function Page({ params, searchParams }: Props) {
  const user = await requireArea('ambassador');
  if (!can(user.role, 'socialmap.use')) forbidden();
  return <ReferralDetail area="ambassador" user={user} id={(await params).id} searchParams={await searchParams} />;
}
