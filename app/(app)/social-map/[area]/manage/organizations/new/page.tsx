import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OrganizationPage } from '@/app/(app)/_socialmap-manage/organization';
import { areaOf } from '../../../area';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('organization.newTitle')} – Wijkwerf` };
}

export default async function Page({ params }: { params: Promise<{ area: string }> }) {
  return <OrganizationPage area={await areaOf(params, 'manage')} id={null} />;
}
