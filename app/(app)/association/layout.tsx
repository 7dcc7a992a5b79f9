import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';

export default async function AssociationLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea('association');
  const t = await getTranslations('areas');
  return (
    <AreaShell area="association" user={user} nav={[{ href: '/association', label: t('association') }]}>
      {children}
    </AreaShell>
  );
}
