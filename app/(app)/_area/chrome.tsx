import { getTranslations } from 'next-intl/server';
import { AreaShell, type NavItem } from '@/app/_components/area-shell';
import { type CurrentUser, requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

/** The portal areas with their own navigation here (the association area has its own layout). */
export type ChromeArea = 'staff' | 'ambassador' | 'admin' | 'coach';

async function staffNav(user: CurrentUser): Promise<NavItem[]> {
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
  if (can(user.role, 'coaching.manage')) nav.push({ href: '/staff/coaching', label: t('coaching') });
  if (can(user.role, 'survey.manage')) nav.push({ href: '/staff/surveys', label: t('surveys') });
  if (can(user.role, 'privacy.requests')) nav.push({ href: '/staff/privacy', label: t('privacy') });
  if (can(user.role, 'users.invite')) nav.push({ href: '/staff/accounts', label: (await getTranslations('account'))('accountsNav') });
  if (can(user.role, 'reports.view')) nav.push({ href: '/staff/reports', label: t('reports') });
  return nav;
}

async function ambassadorNav(): Promise<NavItem[]> {
  const t = await getTranslations('ambassadorNav');
  return [
    { href: '/ambassador', label: t('home') },
    { href: '/ambassador/contact', label: t('contact') },
    { href: '/ambassador/signal', label: t('signal') },
    { href: '/ambassador/pass', label: t('pass') },
    { href: '/ambassador/shifts', label: t('shifts') },
    { href: '/ambassador/availability', label: t('availability') },
    { href: '/ambassador/training', label: t('training') },
    { href: '/ambassador/expenses', label: t('expenses') },
    { href: '/ambassador/social-map', label: t('socialMap') },
    { href: '/ambassador/referrals', label: t('referrals') },
    { href: '/ambassador/corps', label: t('corps') },
    { href: '/ambassador/agreements', label: t('agreements') },
  ];
}

async function coachNav(): Promise<NavItem[]> {
  const t = await getTranslations('coach');
  return [
    { href: '/coach', label: t('nav.home') },
    { href: '/coach/coaching', label: t('nav.meetings') },
    { href: '/coach/coaching/budget', label: t('nav.budget') },
    { href: '/coach/settings', label: t('nav.settings') },
  ];
}

async function adminNav(): Promise<NavItem[]> {
  const t = await getTranslations('areas');
  const ts = await getTranslations('stepSettings');
  const ta = await getTranslations('auditLog');
  const tn = await getTranslations('notifications.outbox');
  const tp = await getTranslations('privacyRights');
  const ti = await getTranslations('onboardingImport');
  return [
    { href: '/admin', label: t('admin') },
    { href: '/admin/import', label: ti('nav') },
    { href: '/admin/steps', label: ts('nav') },
    { href: '/admin/audit', label: ta('nav') },
    { href: '/admin/social-map', label: ts('socialMapNav') },
    { href: '/admin/outbox', label: tn('nav') },
    { href: '/admin/privacy', label: tp('settings.nav') },
  ];
}

/**
 * An area's layout: the gate for the area (anonymous → login, another role → 403) and the area's
 * header and navigation. Used by the area's own layout and by the social map's one tree
 * (app/(app)/social-map/[area]), which is shown in the area of the URL it was reached by.
 */
export async function AreaChrome({ area, children }: { area: ChromeArea; children: React.ReactNode }) {
  const user = await requireArea(area);
  const nav =
    area === 'staff' ? await staffNav(user) : area === 'ambassador' ? await ambassadorNav() : area === 'coach' ? await coachNav() : await adminNav();
  return (
    <AreaShell area={area} user={user} nav={nav}>
      {children}
    </AreaShell>
  );
}
