import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';

export default async function AmbassadorLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('ambassadorNav');
  return (
    <AreaShell
      area="ambassador"
      user={user}
      nav={[
        { href: '/ambassador', label: t('home') },
        { href: '/ambassador/contact', label: t('contact') },
        { href: '/ambassador/shifts', label: t('shifts') },
        { href: '/ambassador/training', label: t('training') },
        { href: '/ambassador/expenses', label: t('expenses') },
        { href: '/ambassador/social-map', label: t('socialMap') },
        { href: '/ambassador/referrals', label: t('referrals') },
      ]}
    >
      {children}
    </AreaShell>
  );
}
