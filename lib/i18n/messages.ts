type Messages = Record<string, unknown>;

/**
 * Every string users see lives in `lib/i18n/messages/<locale>/<namespace>.json`: the file name is
 * the namespace. Dutch and English have every namespace (a unit test holds them to the same keys);
 * a resident's language translates the namespaces it lists below, completely, and the portal
 * strings it does not cover fall back to English, so nothing shows as a raw key.
 */
export const NAMESPACES = [
  'accessibility',
  'admin',
  'ambassadorHome',
  'ambassadorNav',
  'ambassadorOverview',
  'areas',
  'associationArea',
  'associationHome',
  'associationImport',
  'associationNav',
  'associationSignals',
  'associationsAdmin',
  'auditLog',
  'auth',
  'availability',
  'certificate',
  'channels',
  'cityAgenda',
  'coach',
  'common',
  'corps',
  'diversity',
  'errors',
  'events',
  'expenses',
  'fieldContact',
  'flyer',
  'forbidden',
  'invite',
  'languages',
  'lead',
  'leadList',
  'localeNames',
  'meetings',
  'network',
  'newLead',
  'notifications',
  'notFound',
  'privacy',
  'providers',
  'public',
  'rateLimit',
  'referrals',
  'reports',
  'roles',
  'shifts',
  'signalsInbox',
  'socialMap',
  'socialMapManage',
  'sources',
  'staffHome',
  'staffNav',
  'stepSettings',
  'steps',
  'targets',
  'training',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The namespaces each residents' language translates (the public pages and their errors). */
export const LOCALE_NAMESPACES: Record<string, readonly Namespace[]> = {
  nl: NAMESPACES,
  en: NAMESPACES,
  ar: ['accessibility', 'common', 'errors', 'forbidden', 'languages', 'localeNames', 'notFound', 'privacy', 'public', 'rateLimit'],
};

async function loadNamespace(locale: string, ns: string): Promise<Messages> {
  return (await import(`./messages/${locale}/${ns}.json`)).default as Messages;
}

async function loadAll(locale: string, namespaces: readonly string[]): Promise<Messages> {
  const files = await Promise.all(namespaces.map((ns) => loadNamespace(locale, ns)));
  return Object.fromEntries(namespaces.map((ns, i) => [ns, files[i]]));
}

/** Messages of a locale: all namespaces; for a residents' language its own over English. */
export async function loadMessages(locale: string): Promise<Messages> {
  if (locale === 'nl' || locale === 'en') return loadAll(locale, NAMESPACES);
  const own = LOCALE_NAMESPACES[locale];
  if (!own) return loadAll('nl', NAMESPACES);
  return { ...(await loadAll('en', NAMESPACES)), ...(await loadAll(locale, own)) };
}
