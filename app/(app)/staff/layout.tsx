import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea('staff');
  const t = await getTranslations('areas');
  return (
    <AreaShell area="staff" user={user} nav={[{ href: '/staff', label: t('staff') }]}>
      {children}
    </AreaShell>
  );
}
