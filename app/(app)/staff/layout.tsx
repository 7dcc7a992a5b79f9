import { getTranslations } from 'next-intl/server';
import { AreaShell, type NavItem } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea('staff');
  const t = await getTranslations('staffNav');
  const nav: NavItem[] = [
    { href: '/staff', label: t('home') },
    { href: '/staff/leads', label: t('leads') },
    { href: '/staff/leads/new', label: t('newLead') },
    { href: '/staff/social-map', label: t('socialMap') },
    { href: '/staff/referrals', label: t('referrals') },
  ];
  if (can(user.role, 'programme.manage')) {
    nav.push(
      { href: '/staff/events', label: t('events') },
      { href: '/staff/training', label: t('training') },
      { href: '/staff/expenses', label: t('expenses') },
      { href: '/staff/targets', label: t('targets') },
      { href: '/staff/associations', label: t('associations') },
      { href: '/staff/signals', label: t('signals') },
      { href: '/staff/network', label: t('network') },
      { href: '/staff/social-map/manage', label: t('socialMapManage') },
      { href: '/staff/ambassadors', label: t('ambassadors') },
      { href: '/staff/providers', label: t('providers') },
    );
  }
  return (
    <AreaShell area="staff" user={user} nav={nav}>
      {children}
    </AreaShell>
  );
}
