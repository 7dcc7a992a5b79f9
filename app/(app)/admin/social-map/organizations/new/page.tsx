import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OrganizationPage } from '@/app/(app)/_socialmap-manage/organization';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('socialMapManage'))('organization.newTitle')} – Wijkwerf` };
}

export default function Page() {
  return <OrganizationPage area="admin" id={null} />;
}
