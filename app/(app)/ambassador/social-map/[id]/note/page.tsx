import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { NotePage, noteLang } from '@/app/(app)/_socialmap/note-page';
import { serviceTitle } from '@/app/(app)/_socialmap/service-page';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireArea('ambassador');
  if (!can(user.role, 'socialmap.use')) return {};
  const name = await serviceTitle((await params).id);
  return { title: name ? `${name} – Wijkwerf` : 'Wijkwerf' };
}

export default async function Page({ params, searchParams }: Props) {
  const user = await requireArea('ambassador');
  if (!can(user.role, 'socialmap.use')) forbidden();
  return <NotePage area="ambassador" user={user} id={(await params).id} lang={noteLang((await searchParams).lang)} />;
}
