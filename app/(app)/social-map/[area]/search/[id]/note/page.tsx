import type { Metadata } from 'next';
import { NotePage, noteLang } from '@/app/(app)/_socialmap/note-page';
import { serviceTitle } from '@/app/(app)/_socialmap/service-page';
import { requireArea, requireAreaPermission } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { areaOf } from '../../../area';

type Props = { params: Promise<{ area: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireArea(await areaOf(params, 'search'));
  if (!can(user.role, 'socialmap.use')) return {};
  const name = await serviceTitle((await params).id);
  return { title: name ? `${name} – Wijkwerf` : 'Wijkwerf' };
}

export default async function Page({ params, searchParams }: Props) {
  const area = await areaOf(params, 'search');
  const user = await requireAreaPermission(area, 'socialmap.use');
  return <NotePage area={area} user={user} id={(await params).id} lang={noteLang((await searchParams).lang)} />;
}
