import { getTranslations } from 'next-intl/server';
import { AreaShell, type BottomNav, type NavGroup, type NavItem } from '@/app/_components/area-shell';
import { type CurrentUser, requireArea } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

/** The portal areas with their own navigation here (the association area has its own layout). */
export type ChromeArea = 'staff' | 'ambassador' | 'admin' | 'coach' | 'provider';

/** The staff's navigation in sections; only what the role may see, empty sections are dropped by the shell. */
async function staffNav(user: CurrentUser): Promise<NavGroup[]> {
  const t = await getTranslations('staffNav');
  const tacc = await getTranslations('account');
  const programme = can(user.role, 'programme.manage');
  const only = (allowed: boolean, item: NavItem): NavItem[] => (allowed ? [item] : []);
  return [
    {
      label: t('groups.recruitment'),
      items: [
        { href: '/staff', label: t('home') },
        { href: '/staff/leads', label: t('leads') },
        { href: '/staff/leads/new', label: t('newLead') },
        ...only(can(user.role, 'intake.desk'), { href: '/staff/intake', label: t('intake') }),
        { href: '/staff/referrals', label: t('referrals') },
        ...only(programme, { href: '/staff/signals', label: t('signals') }),
      ],
    },
    {
      label: t('groups.ambassadors'),
      items: [
        ...only(programme, { href: '/staff/ambassadors', label: t('ambassadors') }),
        ...only(programme, { href: '/staff/events', label: t('events') }),
        ...only(programme, { href: '/staff/training', label: t('training') }),
        ...only(programme, { href: '/staff/expenses', label: t('expenses') }),
        ...only(can(user.role, 'coaching.manage'), { href: '/staff/coaching', label: t('coaching') }),
      ],
    },
    {
      label: t('groups.network'),
      items: [
        ...only(programme, { href: '/staff/associations', label: t('associations') }),
        ...only(programme, { href: '/staff/network', label: t('network') }),
        ...only(programme, { href: '/staff/providers', label: t('providers') }),
      ],
    },
    {
      label: t('groups.socialMap'),
      items: [
        { href: '/staff/social-map', label: t('socialMap') },
        ...only(programme, { href: '/staff/social-map/manage', label: t('socialMapManage') }),
      ],
    },
    {
      label: t('groups.management'),
      items: [
        ...only(programme, { href: '/staff/targets', label: t('targets') }),
        ...only(can(user.role, 'reports.view'), { href: '/staff/reports', label: t('reports') }),
        ...only(can(user.role, 'survey.manage'), { href: '/staff/surveys', label: t('surveys') }),
        ...only(can(user.role, 'privacy.requests'), { href: '/staff/privacy', label: t('privacy') }),
        ...only(can(user.role, 'users.invite'), { href: '/staff/accounts', label: tacc('accountsNav') }),
      ],
    },
  ];
}

/** All ambassador pages (the wide screen's row) and the phone's bottom bar: four items, the rest under "More". */
async function ambassadorNav(): Promise<{ nav: NavItem[]; bottom: BottomNav }> {
  const t = await getTranslations('ambassadorNav');
  const items: BottomNav['items'] = [
    { href: '/ambassador', label: t('home'), icon: 'home' },
    { href: '/ambassador/contact', label: t('contactShort'), icon: 'contact' },
    { href: '/ambassador/shifts', label: t('shifts'), icon: 'shifts' },
    { href: '/ambassador/social-map', label: t('socialMap'), icon: 'map' },
  ];
  const more: NavItem[] = [
    { href: '/ambassador/signal', label: t('signal') },
    { href: '/ambassador/pass', label: t('pass') },
    { href: '/ambassador/availability', label: t('availability') },
    { href: '/ambassador/intake', label: t('intake') },
    { href: '/ambassador/training', label: t('training') },
    { href: '/ambassador/expenses', label: t('expenses') },
    { href: '/ambassador/referrals', label: t('referrals') },
    { href: '/ambassador/courses', label: t('courses') },
    { href: '/ambassador/corps', label: t('corps') },
    { href: '/ambassador/agreements', label: t('agreements') },
  ];
  const nav: NavItem[] = [
    { href: '/ambassador', label: t('home') },
    { href: '/ambassador/contact', label: t('contact') },
    { href: '/ambassador/shifts', label: t('shifts') },
    { href: '/ambassador/social-map', label: t('socialMap') },
    ...more,
  ];
  return { nav, bottom: { items, more, moreLabel: t('more'), moreTitle: t('moreTitle') } };
}

async function coachNav(): Promise<NavItem[]> {
  const t = await getTranslations('coach');
  return [
    { href: '/coach', label: t('nav.home') },
    { href: '/coach/coaching', label: t('nav.meetings') },
    { href: '/coach/coaching/budget', label: t('nav.budget') },
    { href: '/coach/intakes', label: t('nav.intakes') },
    { href: '/coach/settings', label: t('nav.settings') },
  ];
}

async function providerNav(): Promise<NavItem[]> {
  const t = await getTranslations('providers');
  return [
    { href: '/provider', label: t('nav.home') },
    { href: '/provider/courses', label: t('nav.courses') },
    { href: '/provider/nominate', label: t('nav.nominate') },
  ];
}

async function adminNav(): Promise<NavItem[]> {
  const t = await getTranslations('areas');
  const ts = await getTranslations('stepSettings');
  const ta = await getTranslations('auditLog');
  const tn = await getTranslations('notifications.outbox');
  const tp = await getTranslations('privacyRights');
  const ti = await getTranslations('onboardingImport');
  const tpp = await getTranslations('publicPageSettings');
  return [
    { href: '/admin', label: t('admin') },
    { href: '/admin/import', label: ti('nav') },
    { href: '/admin/steps', label: ts('nav') },
    { href: '/admin/audit', label: ta('nav') },
    { href: '/admin/social-map', label: ts('socialMapNav') },
    { href: '/admin/outbox', label: tn('nav') },
    { href: '/admin/privacy', label: tp('settings.nav') },
    { href: '/admin/public-page', label: tpp('nav') },
  ];
}

/**
 * An area's layout: the gate for the area (anonymous → login, another role → 403) and the area's
 * header and navigation. Used by the area's own layout and by the social map's one tree
 * (app/(app)/social-map/[area]), which is shown in the area of the URL it was reached by.
 */
export async function AreaChrome({ area, children }: { area: ChromeArea; children: React.ReactNode }) {
  const user = await requireArea(area);
  if (area === 'staff') {
    return (
      <AreaShell area={area} user={user} nav={[]} groups={await staffNav(user)}>
        {children}
      </AreaShell>
    );
  }
  if (area === 'ambassador') {
    const { nav, bottom } = await ambassadorNav();
    return (
      <AreaShell area={area} user={user} nav={nav} bottom={bottom}>
        {children}
      </AreaShell>
    );
  }
  return (
    <AreaShell area={area} user={user} nav={area === 'coach' ? await coachNav() : area === 'provider' ? await providerNav() : await adminNav()}>
      {children}
    </AreaShell>
  );
}
