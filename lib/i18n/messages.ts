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
  'courseCatalogue',
  'diversity',
  'errors',
  'events',
  'expenses',
  'fieldContact',
  'fieldSignal',
  'flyer',
  'forbidden',
  'intake',
  'intakeEscort',
  'invite',
  'account',
  'setup',
  'languages',
  'lead',
  'leadList',
  'localeNames',
  'meetings',
  'network',
  'pass',
  'newLead',
  'notifications',
  'notFound',
  'onboardingImport',
  'privacy',
  'privacyExport',
  'privacyRights',
  'publicPageSettings',
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
  'survey',
  'surveyAdmin',
  'targets',
  'training',
  'withdrawal',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * The namespaces of the residents' public pages (sign-up, confirmation, privacy, accessibility,
 * the participant survey /enquete, consent withdrawal /intrekken, rate limit, errors): every public
 * language (lib/i18n/routing.ts PUBLIC_LOCALES) translates all of them. Not here: the public pages
 * that are not for residents — /verwijzing (an organisation answers a referral: `notifications`,
 * `socialMap`) and /certificaat (anyone checking an ambassador's certificate: `certificate`) —
 * which show English in a residents' language.
 */
export const PUBLIC_NAMESPACES = [
  'accessibility', 'common', 'errors', 'forbidden', 'languages', 'localeNames', 'notFound', 'privacy', 'public', 'rateLimit',
  'survey', 'withdrawal',
] as const satisfies readonly Namespace[];

/**
 * The namespaces of the ambassador area and its chrome that the ambassador's extra portal languages
 * (lib/i18n/routing.ts AMBASSADOR_LOCALES: ar, fa-AF, tr) translate on top of PUBLIC_NAMESPACES: the
 * start page (with its target bars), contacts, signals, flyer, pass, shifts, availability, expenses,
 * training, pass and agreement (corps), coach's agreements (coach), social map and referrals, events' kinds,
 * account security, message preferences and password change (account, invite: also the invite link's
 * page), and the header (areas, auth, roles). What is not listed (e.g. notifications: the e-mails, which
 * are in Dutch or English) falls back to English until it is added here.
 */
export const AMBASSADOR_NAMESPACES = [
  'account', 'ambassadorHome', 'ambassadorNav', 'ambassadorOverview', 'areas', 'auth', 'availability',
  'coach', 'corps', 'courseCatalogue', 'events', 'expenses', 'fieldContact', 'fieldSignal', 'flyer', 'intakeEscort', 'invite', 'pass', 'referrals',
  'roles', 'shifts', 'socialMap', 'steps', 'targets', 'training',
] as const satisfies readonly Namespace[];

/**
 * What staff make for a resident in the resident's language, though the page is in the portal: the
 * export of their data (art. 15, `privacyExport`: its headings; /staff/privacy/export).
 */
export const RESIDENT_DOCUMENTS = ['privacyExport'] as const satisfies readonly Namespace[];

/**
 * The namespaces each language translates, completely (messages.test.ts holds each to the keys of
 * English). Translating one more namespace into a language is one entry here plus its file, e.g.
 * `ar: [...PUBLIC_NAMESPACES, 'certificate']`. What a language does not list falls back to English.
 * Each residents' language has a `_review.json` next to its files: the namespaces and keys written
 * without a native speaker (docs/translations.md); it is no namespace and never loaded.
 */
export const LOCALE_NAMESPACES: Record<string, readonly Namespace[]> = {
  nl: NAMESPACES,
  en: NAMESPACES,
  ar: [...PUBLIC_NAMESPACES, ...AMBASSADOR_NAMESPACES, ...RESIDENT_DOCUMENTS],
  'fa-AF': [...PUBLIC_NAMESPACES, ...AMBASSADOR_NAMESPACES, ...RESIDENT_DOCUMENTS],
  tr: [...PUBLIC_NAMESPACES, ...AMBASSADOR_NAMESPACES, ...RESIDENT_DOCUMENTS],
  ti: [...PUBLIC_NAMESPACES, ...RESIDENT_DOCUMENTS],
  pl: [...PUBLIC_NAMESPACES, ...RESIDENT_DOCUMENTS],
  uk: [...PUBLIC_NAMESPACES, ...RESIDENT_DOCUMENTS],
  so: [...PUBLIC_NAMESPACES, ...RESIDENT_DOCUMENTS],
};

async function loadNamespace(locale: string, ns: string): Promise<Messages> {
  return (await import(`./messages/${locale}/${ns}.json`)).default as Messages;
}

async function loadAll(locale: string, namespaces: readonly string[]): Promise<Messages> {
  const files = await Promise.all(namespaces.map((ns) => loadNamespace(locale, ns)));
  return Object.fromEntries(namespaces.map((ns, i) => [ns, files[i]]));
}

const loaded = new Map<string, Promise<Messages>>();

/**
 * Messages of a locale: all namespaces; for a residents' language its own over English. Loaded
 * once per process and locale (the files do not change while it runs): building the bundler's
 * table of every message file and merging ~70 namespaces on each request cost a public page
 * tens of milliseconds, mostly in garbage collection. Callers must not change the object.
 */
export function loadMessages(locale: string): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

async function readMessages(locale: string): Promise<Messages> {
  if (locale === 'nl' || locale === 'en') return loadAll(locale, NAMESPACES);
  const own = LOCALE_NAMESPACES[locale];
  if (!own) return loadAll('nl', NAMESPACES);
  return { ...(await loadAll('en', NAMESPACES)), ...(await loadAll(locale, own)) };
}
