import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fontCssFor } from '@/lib/i18n/fonts';
import { BidiText } from './bidi-text';

const html = (text: string) => renderToStaticMarkup(<p>{<BidiText>{text}</BidiText>}</p>);

describe('BidiText (phone numbers and addresses left-to-right inside right-to-left text)', () => {
  it('wraps phone numbers, with or without U+2066/U+2069 marks, and e-mail addresses', () => {
    expect(html('اتصل بـ 14 079 أو privacy@zoetermeer.nl.')).toBe(
      '<p>اتصل بـ <span dir="ltr">14 079</span> أو <span dir="ltr">privacy@zoetermeer.nl</span>.</p>',
    );
    expect(html('مثلاً \u206606 12345678\u2069 یا \u2066+32 470 12 34 56\u2069')).toBe(
      '<p>مثلاً \u2066<span dir="ltr">06 12345678</span>\u2069 یا \u2066<span dir="ltr">+32 470 12 34 56</span>\u2069</p>',
    );
  });

  it('leaves text without numbers alone, and single digits (WCAG 2.1) too', () => {
    expect(html('Volgens WCAG 2.1, niveau AA.')).toBe('<p>Volgens WCAG 2.1, niveau AA.</p>');
  });
});

describe('script fonts', () => {
  it('only Arabic-script and Ethiopic pages get a font; Dutch and the others none', () => {
    expect(fontCssFor('ar')).toContain("font-family:'Noto Sans Arabic'");
    expect(fontCssFor('fa-AF')).toContain('/fonts/noto-sans-arabic-400.woff2');
    expect(fontCssFor('ti')).toContain('/fonts/noto-sans-ethiopic-700.woff2');
    for (const l of ['nl', 'en', 'tr', 'pl', 'uk', 'so']) expect(fontCssFor(l), l).toBeNull();
  });
});
