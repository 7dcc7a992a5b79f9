import { getLocale, getTranslations } from 'next-intl/server';
import { logoutAction, setPortalLocaleAction } from '@/lib/session/actions';
import type { CurrentUser } from '@/lib/auth/gate';
import type { Area } from '@/lib/auth/permissions';
import { portalLocalesFor } from '@/lib/i18n/routing';
import { PlainActionForm } from './plain-action-form';
import { PageHeading } from '@/app/_components/ui/heading';

export interface NavItem {
  href: string;
  label: string;
}

/** Header, navigation and user menu of a portal area. The gate has already run in the layout. */
export async function AreaShell({
  area,
  user,
  nav,
  children,
}: {
  area: Area;
  user: CurrentUser;
  nav: NavItem[];
  children: React.ReactNode;
}) {
  const t = await getTranslations('areas');
  const ta = await getTranslations('auth');
  const tc = await getTranslations('common');
  const tr = await getTranslations('roles');
  const tl = await getTranslations('localeNames');
  const tn = await getTranslations('notifications.preferences');
  const locale = await getLocale();
  return (
    <>
      <a href="#main" className="skip-link">
        {tc('skipToContent')}
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-bold">
            {tc('appName')} <span className="font-normal">· {t(area)}</span>
          </p>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {ta('signedInAs', { name: user.name })} ({tr(user.role)})
            </span>
            <PlainActionForm action={setPortalLocaleAction} className="flex items-center gap-1">
              <input type="hidden" name="back" value={`/${area}`} />
              <label htmlFor="portal-locale" className="sr-only">
                {t('portalLanguage')}
              </label>
              <select id="portal-locale" name="locale" defaultValue={locale} className="rounded bg-white px-2 py-1 text-slate-900">
                {portalLocalesFor(user.role).map((l) => (
                  <option key={l} value={l} lang={l}>
                    {tl(l)}
                  </option>
                ))}
              </select>
              <button type="submit" className="rounded border border-white px-2 py-1">
                {t('switchLanguage')}
              </button>
            </PlainActionForm>
            <a href="/account/notifications" className="text-white underline underline-offset-4">
              {tn('title')}
            </a>
            <PlainActionForm action={logoutAction}>
              <button type="submit" className="rounded bg-white px-3 py-1 font-semibold text-brand-800">
                {ta('logout')}
              </button>
            </PlainActionForm>
          </div>
        </div>
        {nav.length > 1 ? (
          <nav aria-label={tc('mainNav')} className="mx-auto max-w-6xl px-4 pb-2">
            <ul className="flex flex-wrap gap-4">
              {nav.map((n) => (
                <li key={n.href}>
                  <a href={n.href} className="text-white underline underline-offset-4">
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}

export async function Welcome({ user, intro }: { user: CurrentUser; intro: string }) {
  const t = await getTranslations('areas');
  const tr = await getTranslations('roles');
  return (
    <div className="mb-6">
      <PageHeading>{t('welcome', { name: user.name })}</PageHeading>
      <p className="mt-1 text-slate-700">{t('yourRole', { role: tr(user.role) })}</p>
      <p className="mt-2">{intro}</p>
    </div>
  );
}
