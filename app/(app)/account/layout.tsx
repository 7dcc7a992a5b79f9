import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireSignedIn } from '@/lib/auth/gate';
import { homeAreaFor, homePathFor } from '@/lib/auth/permissions';

/**
 * One's own account pages (any signed-in user), shown in the chrome of the user's own area. A user
 * who must first set up their second factor reaches only /account/security (each page asks the
 * gate itself; this layout only draws the chrome).
 */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSignedIn();
  const ta = await getTranslations('account');
  const nav = user.mustEnrol
    ? [{ href: '/account/security', label: ta('securityNav') }]
    : [
        { href: homePathFor(user.role), label: ta('messages.back') },
        { href: '/account/notifications', label: ta('messages.title') },
        { href: '/account/security', label: ta('securityNav') },
      ];
  return (
    <AreaShell area={homeAreaFor(user.role)} user={user} nav={nav}>
      {children}
    </AreaShell>
  );
}
