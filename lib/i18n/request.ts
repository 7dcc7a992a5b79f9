import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/gate';
import { APP_LOCALES, LOCALE_COOKIE, portalLocalesFor, routing } from './routing';
import { loadMessages } from './messages';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  let locale: string;
  if (hasLocale(routing.locales, requested)) {
    // A public page under /[locale].
    locale = requested;
  } else {
    // The portal (/login, /staff, …): the language chosen on the account, else the cookie, else
    // Dutch; only a language the user's role may choose (an ambassador also ar, fa-AF, tr).
    const user = await getCurrentUser();
    const allowed = portalLocalesFor(user?.role);
    const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
    const chosen = user?.locale ?? cookie;
    locale = hasLocale(allowed, chosen) ? chosen : hasLocale(APP_LOCALES, cookie) ? cookie : routing.defaultLocale;
  }
  return { locale, messages: await loadMessages(locale), timeZone: 'Europe/Amsterdam' };
});
