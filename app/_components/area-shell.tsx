import { getLocale, getTranslations } from 'next-intl/server';
import { logoutAction, setPortalLocaleAction } from '@/lib/session/actions';
import type { CurrentUser } from '@/lib/auth/gate';
import type { Area } from '@/lib/auth/permissions';
import { portalLocalesFor } from '@/lib/i18n/routing';
import { PlainActionForm } from './plain-action-form';
import { PageHeading } from '@/app/_components/ui/heading';
import { NavCurrent, NavDisclosure, NavLink } from './area-nav';
import { NavIcon, type NavIconName } from './nav-icons';

export interface NavItem {
  href: string;
  label: string;
}

/** A section of a grouped navigation (staff); a group with one item shows as a plain link. */
export interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The phone's bottom bar (ambassadors): four items with an icon, the rest under "More". */
export interface BottomNav {
  items: (NavItem & { icon: NavIconName })[];
  more: NavItem[];
  moreLabel: string;
  moreTitle: string;
}

const SUMMARY = 'flex min-h-11 cursor-pointer list-none items-center gap-1 px-3 [&::-webkit-details-marker]:hidden';
const BAR_LINK =
  'inline-flex min-h-11 items-center border-b-4 border-transparent px-3 text-white hover:underline aria-[current=page]:border-white aria-[current=page]:font-semibold';
const MENU_LINK =
  'flex min-h-11 items-center border-s-4 border-transparent px-4 py-2 text-brand-800 underline-offset-4 hover:underline aria-[current=page]:border-accent-600 aria-[current=page]:font-semibold';

/**
 * Header, navigation and user menu of a portal area. The gate has already run in the layout.
 * One compact header line (app, area, user menu); below it the area's navigation: a row of links,
 * or disclosure groups (`groups`). With `bottom` (ambassadors), narrow screens get a bottom bar
 * instead, with language and logout under its "More" menu. All menus work without JavaScript.
 */
export async function AreaShell({
  area,
  user,
  nav,
  groups,
  bottom,
  children,
}: {
  area: Area;
  user: CurrentUser;
  nav: NavItem[];
  groups?: NavGroup[];
  bottom?: BottomNav;
  children: React.ReactNode;
}) {
  const t = await getTranslations('areas');
  const tc = await getTranslations('common');
  const visibleGroups = (groups ?? []).filter((g) => g.items.length > 0);
  const hrefs = [...nav, ...visibleGroups.flatMap((g) => g.items), ...(bottom ? [...bottom.items, ...bottom.more] : [])].map((n) => n.href);
  return (
    <NavCurrent hrefs={[...new Set(hrefs)]}>
      <a href="#main" className="skip-link">
        {tc('skipToContent')}
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2">
          <p className="text-lg font-bold">
            {tc('appName')} <span className="font-normal">· {t(area)}</span>
          </p>
          <NavDisclosure
            className={`relative ${bottom ? 'hidden md:block' : ''}`}
            summaryClassName={`${SUMMARY} rounded`}
            data-testid="user-menu"
            summary={
              <>
                <NavIcon name="user" className="h-5 w-5 shrink-0" />
                <span className="max-w-40 truncate sm:max-w-64">{user.name}</span>
                <NavIcon name="chevron" className="h-4 w-4 shrink-0" />
              </>
            }
          >
            <div className="absolute end-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded bg-white py-2 text-slate-900 shadow-lg ring-1 ring-slate-300">
              <UserMenuItems area={area} user={user} idSuffix="" />
            </div>
          </NavDisclosure>
        </div>
        {visibleGroups.length > 0 ? (
          <nav aria-label={tc('mainNav')} className="mx-auto max-w-6xl px-2">
            <ul className="flex flex-wrap items-center">
              {visibleGroups.map((g) => (
                <li key={g.label}>
                  {g.items.length === 1 ? (
                    <NavLink href={g.items[0]!.href} className={BAR_LINK}>
                      {g.items[0]!.label}
                    </NavLink>
                  ) : (
                    <NavDisclosure
                      name="main-nav"
                      hrefs={g.items.map((i) => i.href)}
                      className="relative"
                      summaryClassName={`${SUMMARY} border-b-4 border-transparent hover:underline aria-[current=true]:border-white aria-[current=true]:font-semibold`}
                      summary={
                        <>
                          {g.label}
                          <NavIcon name="chevron" className="h-4 w-4 shrink-0" />
                        </>
                      }
                    >
                      <MenuLinks items={g.items} className="absolute start-0 z-40 mt-1 w-64 rounded bg-white py-2 shadow-lg ring-1 ring-slate-300" />
                    </NavDisclosure>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : nav.length > 1 ? (
          <nav aria-label={tc('mainNav')} className={`mx-auto max-w-6xl px-2 ${bottom ? 'hidden md:block' : ''}`}>
            <ul className="flex flex-wrap">
              {nav.map((n) => (
                <li key={n.href}>
                  <NavLink href={n.href} className={BAR_LINK}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className={`mx-auto max-w-6xl px-4 py-6 ${bottom ? 'pb-28 md:pb-6' : ''}`}>
        {children}
      </main>
      {bottom ? <BottomBar area={area} user={user} bottom={bottom} label={tc('mainNav')} /> : null}
    </NavCurrent>
  );
}

/** The links of an open menu (a staff section, the phone's "Meer"), the current one marked. */
function MenuLinks({ items, className }: { items: { href: string; label: string }[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((n) => (
        <li key={n.href}>
          <NavLink href={n.href} className={MENU_LINK}>
            {n.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

const BOTTOM_ITEM =
  'flex min-h-14 w-full flex-col items-center justify-center gap-0.5 border-t-4 border-transparent px-1 py-1 text-center text-xs leading-tight text-slate-700 aria-[current=page]:border-brand-800 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 aria-[current=true]:border-brand-800 aria-[current=true]:font-semibold aria-[current=true]:text-brand-800';

/** The phone's navigation: fixed at the bottom, hidden on wide screens (the header's row shows there). */
function BottomBar({ area, user, bottom, label }: { area: Area; user: CurrentUser; bottom: BottomNav; label: string }) {
  return (
    <nav aria-label={label} className="no-print fixed inset-x-0 bottom-0 z-40 border-t border-slate-300 bg-white md:hidden">
      <ul className="grid grid-cols-5">
        {bottom.items.map((n) => (
          <li key={n.href}>
            <NavLink href={n.href} className={BOTTOM_ITEM}>
              <NavIcon name={n.icon} />
              <span>{n.label}</span>
            </NavLink>
          </li>
        ))}
        <li>
          <NavDisclosure
            hrefs={bottom.more.map((n) => n.href)}
            data-testid="more-menu"
            summaryClassName={`${BOTTOM_ITEM} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
            summary={
              <>
                <NavIcon name="more" />
                <span>{bottom.moreLabel}</span>
              </>
            }
          >
            <div className="absolute inset-x-0 bottom-full max-h-[calc(100dvh-8rem)] overflow-y-auto border-t border-slate-300 bg-white py-2 shadow-lg">
              <h2 className="px-4 pb-1 text-sm font-semibold text-slate-700">{bottom.moreTitle}</h2>
              <MenuLinks items={bottom.more} />
              <div className="mt-2 border-t border-slate-200 pt-2">
                <UserMenuItems area={area} user={user} idSuffix="-more" />
              </div>
            </div>
          </NavDisclosure>
        </li>
      </ul>
    </nav>
  );
}

/** The user's own things: who is signed in, the portal language, messages, security, logout. */
async function UserMenuItems({ area, user, idSuffix }: { area: Area; user: CurrentUser; idSuffix: string }) {
  const t = await getTranslations('areas');
  const ta = await getTranslations('auth');
  const tr = await getTranslations('roles');
  const tl = await getTranslations('localeNames');
  const tacc = await getTranslations('account');
  const locale = await getLocale();
  const selectId = `portal-locale${idSuffix}`;
  return (
    <div className="space-y-2 px-4 text-sm">
      <p className="text-slate-700">
        {ta('signedInAs', { name: user.name })} ({tr(user.role)})
      </p>
      <PlainActionForm action={setPortalLocaleAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="back" value={`/${area}`} />
        <div>
          <label htmlFor={selectId} className="block font-semibold">
            {t('portalLanguage')}
          </label>
          <select id={selectId} name="locale" defaultValue={locale} className="min-h-11 rounded border border-slate-500 bg-white px-2 text-slate-900">
            {portalLocalesFor(user.role).map((l) => (
              <option key={l} value={l} lang={l}>
                {tl(l)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded border border-brand-800 px-3 font-semibold text-brand-800">
          {t('switchLanguage')}
        </button>
      </PlainActionForm>
      <ul className="-mx-4">
        <li>
          <NavLink href="/account/notifications" className={MENU_LINK}>
            {tacc('messages.title')}
          </NavLink>
        </li>
        <li>
          <NavLink href="/account/security" className={MENU_LINK}>
            {tacc('securityNav')}
          </NavLink>
        </li>
      </ul>
      <PlainActionForm action={logoutAction}>
        <button type="submit" className="min-h-11 w-full rounded bg-brand-800 px-3 font-semibold text-white">
          {ta('logout')}
        </button>
      </PlainActionForm>
    </div>
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
