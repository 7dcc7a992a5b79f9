/**
 * Languages a resident can prefer (ISO 639 codes; "prs" is Dari). Names come from the message
 * files (`languages.<code>`), in the language of the page.
 */
export const LANGUAGE_CODES = [
  'nl', 'ar', 'tr', 'ber', 'prs', 'fa', 'ps', 'ti', 'so', 'ku', 'ur', 'zh',
  'pl', 'bg', 'ro', 'uk', 'ru', 'es', 'pt', 'fr', 'en', 'other',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
