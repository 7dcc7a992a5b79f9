import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReferralDetail } from '@/app/(app)/_socialmap/referral-detail';
import { requireAreaPermission } from '@/lib/auth/gate';
import { areaOf } from '../../area';

type Props = { params: Promise<{ area: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('referrals'))('metaTitle') };
}

export default async function Page({ params, searchParams }: Props) {
  const area = await areaOf(params, 'referrals');
  const user = await requireAreaPermission(area, 'socialmap.use');
  return <ReferralDetail area={area} user={user} id={(await params).id} searchParams={await searchParams} />;
}
