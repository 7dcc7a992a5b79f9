type Messages = Record<string, unknown>;

const loaders: Record<string, () => Promise<{ default: Messages }>> = {
  nl: () => import('./messages/nl.json'),
  en: () => import('./messages/en.json'),
  ar: () => import('./messages/ar.json'),
};

/**
 * Portal features keep their strings in files of their own (`<feature>.<locale>.json`, Dutch and
 * English), merged over the core file. Each holds one or more whole namespaces.
 */
const featureLoaders: Record<string, (() => Promise<{ default: Messages }>)[]> = {
  nl: [() => import('./messages/leads.nl.json'), () => import('./messages/leadlist.nl.json'), () => import('./messages/targets.nl.json'),
    () => import('./messages/field.nl.json'),
    () => import('./messages/shifts.nl.json'),
    () => import('./messages/expenses.nl.json'),
    () => import('./messages/community.nl.json'),
    () => import('./messages/network.nl.json'),
    () => import('./messages/socialmap.nl.json'),
    () => import('./messages/hsds.nl.json'),
  ],
  en: [() => import('./messages/leads.en.json'), () => import('./messages/leadlist.en.json'), () => import('./messages/targets.en.json'),
    () => import('./messages/field.en.json'),
    () => import('./messages/shifts.en.json'),
    () => import('./messages/expenses.en.json'),
    () => import('./messages/community.en.json'),
    () => import('./messages/network.en.json'),
    () => import('./messages/socialmap.en.json'),
    () => import('./messages/hsds.en.json'),
  ],
};

function merge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object'
        ? merge(b as Messages, v as Messages)
        : v;
  }
  return out;
}

/**
 * Messages of a locale. The residents' languages translate the public pages; anything they do not
 * cover (portal strings) falls back to English so nothing shows as a raw key.
 */
async function portalMessages(locale: 'nl' | 'en'): Promise<Messages> {
  let out = (await loaders[locale]!()).default;
  for (const load of featureLoaders[locale]!) out = merge(out, (await load()).default);
  return out;
}

export async function loadMessages(locale: string): Promise<Messages> {
  if (locale === 'nl' || locale === 'en') return portalMessages(locale);
  const own = (await (loaders[locale] ?? loaders.nl)()).default;
  return merge(await portalMessages('en'), own);
}
