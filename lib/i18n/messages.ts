type Messages = Record<string, unknown>;

const loaders: Record<string, () => Promise<{ default: Messages }>> = {
  nl: () => import('./messages/nl.json'),
  en: () => import('./messages/en.json'),
  ar: () => import('./messages/ar.json'),
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
export async function loadMessages(locale: string): Promise<Messages> {
  const own = (await (loaders[locale] ?? loaders.nl)()).default;
  if (locale === 'nl' || locale === 'en') return own;
  const en = (await loaders.en()).default;
  return merge(en, own);
}
