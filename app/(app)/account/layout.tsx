import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireUser } from '@/lib/auth/gate';
import { homeAreaFor, homePathFor } from '@/lib/auth/permissions';

/** One's own account pages (any signed-in user), shown in the chrome of the user's own area. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations('notifications.preferences');
  return (
    <AreaShell area={homeAreaFor(user.role)} user={user} nav={[{ href: homePathFor(user.role), label: t('back') }, { href: '/account/notifications', label: t('title') }]}>
      {children}
    </AreaShell>
  );
}
