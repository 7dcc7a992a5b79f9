import { LOCALE_FONTS } from './routing';

/**
 * Self-hosted script fonts (Noto Sans Arabic and Noto Sans Ethiopic from @fontsource, SIL OFL 1.1),
 * served by app/fonts/[file]/route.ts. Only a page in a locale that needs one (LOCALE_FONTS: ar and
 * fa-AF → Arabic, ti → Ethiopic) gets the @font-face rules, so the Dutch page requests no font at all.
 */
export const FONT_FILES = {
  'noto-sans-arabic-400.woff2': '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
  'noto-sans-arabic-700.woff2': '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2',
  'noto-sans-ethiopic-400.woff2': '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2',
  'noto-sans-ethiopic-700.woff2': '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-700-normal.woff2',
} as const;

const FAMILIES = {
  // unicode-range as in @fontsource's own CSS: the font is fetched only for text in that script.
  arabic: {
    name: 'Noto Sans Arabic',
    file: 'noto-sans-arabic',
    range: 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
  },
  ethiopic: {
    name: 'Noto Sans Ethiopic',
    file: 'noto-sans-ethiopic',
    range: 'U+1200-1399,U+2D80-2DDE,U+AB01-AB2E,U+1E7E0-1E7FE',
  },
} as const;

/** The @font-face rules and font stack for a locale's pages, or null when the system font suffices. */
export function fontCssFor(locale: string): string | null {
  const script = LOCALE_FONTS[locale as keyof typeof LOCALE_FONTS];
  if (!script) return null;
  const f = FAMILIES[script];
  const faces = [400, 700].map(
    (w) =>
      `@font-face{font-family:'${f.name}';font-style:normal;font-display:swap;font-weight:${w};` +
      `src:url(/fonts/${f.file}-${w}.woff2) format('woff2');unicode-range:${f.range}}`,
  );
  return `${faces.join('')}html[lang] body{font-family:'${f.name}',ui-sans-serif,system-ui,sans-serif}`;
}
