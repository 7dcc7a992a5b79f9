import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReferralList } from '@/app/(app)/_socialmap/referral-list';
import { requireAreaPermission } from '@/lib/auth/gate';
import { areaOf } from '../area';

type Props = { params: Promise<{ area: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('referrals'))('metaTitle') };
}

export default async function Page({ params, searchParams }: Props) {
  const area = await areaOf(params, 'referrals');
  const user = await requireAreaPermission(area, 'socialmap.use');
  return <ReferralList area={area} user={user} searchParams={await searchParams} />;
}
