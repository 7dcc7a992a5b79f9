import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { APP_LOCALES, LOCALE_COOKIE, routing } from './routing';
import { loadMessages } from './messages';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  let locale: string;
  if (hasLocale(routing.locales, requested)) {
    // A public page under /[locale].
    locale = requested;
  } else {
    // The portal (/login, /staff, …): the user's choice, Dutch by default.
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    locale = hasLocale(APP_LOCALES, chosen) ? chosen : routing.defaultLocale;
  }
  return { locale, messages: await loadMessages(locale), timeZone: 'Europe/Amsterdam' };
});
