import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea('admin');
  const t = await getTranslations('areas');
  const ts = await getTranslations('stepSettings');
  const ta = await getTranslations('auditLog');
  return (
    <AreaShell
      area="admin"
      user={user}
      nav={[
        { href: '/admin', label: t('admin') },
        { href: '/admin/steps', label: ts('nav') },
        { href: '/admin/audit', label: ta('nav') },
        { href: '/admin/social-map', label: ts('socialMapNav') },
      ]}
    >
      {children}
    </AreaShell>
  );
}
