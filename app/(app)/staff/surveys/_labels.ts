import { getTranslations } from 'next-intl/server';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';

const PER_LANGUAGE = /^(title|intro|privacy|text|options)_(.+)$/;

/**
 * The builder's field labels: a text per language is "<field> (<language>)" for every public
 * language (Dari's name is under its ISO code `prs`); the other fields by their own key.
 */
export async function surveyFieldLabel(): Promise<(name: string) => string> {
  const t = await getTranslations('surveyAdmin');
  const tl = await getTranslations('languages');
  return (name) => {
    const m = PER_LANGUAGE.exec(name);
    if (m && (PUBLIC_LOCALES as readonly string[]).includes(m[2]!)) {
      const field = m[1] === 'options' && m[2] !== 'nl' ? 'optionsOther' : m[1]!;
      return t('fields.inLanguage', { field: t(`fields.${field}` as 'fields.title'), language: tl((m[2] === 'fa-AF' ? 'prs' : m[2]) as 'nl') });
    }
    return t(`fields.${name}` as 'fields.kind');
  };
}
