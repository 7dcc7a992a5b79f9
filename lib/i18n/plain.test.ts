import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { loadMessages } from './messages';
import { fillIn, isPlainMessage, plainMessages, PUBLIC_CLIENT_NAMESPACES } from './plain';
import { PUBLIC_LOCALES } from './routing';

/** Every namespace a public page's client component reads: the layout's, and the survey page's `survey`. */
const SENT = [...PUBLIC_CLIENT_NAMESPACES, 'survey'];

describe('plain messages for the public pages (no ICU parser in their browser code)', () => {
  it.each([...PUBLIC_LOCALES])('%s: every sent message reads exactly as next-intl formats it, arguments included', async (locale) => {
    const all = await loadMessages(locale);
    const map = plainMessages(all, SENT);
    const t = createTranslator({ locale, messages: all as never, timeZone: 'Europe/Amsterdam' });
    expect(Object.keys(map).length).toBeGreaterThan(100);
    for (const [key, text] of Object.entries(map)) {
      const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      // Texts and numbers (ICU writes a number in a simple argument as it is).
      const values = Object.fromEntries(names.map((n, i) => [n, i % 2 ? 12345 : `«${n}»`]));
      expect.soft(fillIn(text, values), `${locale} ${key}`).toBe(t(key as never, values as never));
    }
  });

  it.each([...PUBLIC_LOCALES])('%s: leaves out only what the server formats (rich text), nothing a client component reads', async (locale) => {
    const all = await loadMessages(locale);
    const map = plainMessages(all, SENT);
    const left: string[] = [];
    const walk = (prefix: string, v: unknown) => {
      if (typeof v === 'string') {
        if (!(prefix in map)) left.push(prefix);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${prefix}.${k}`, x);
    };
    for (const ns of SENT) walk(ns, all[ns]);
    // public.facts.call has a <call> link: the facts section is a server component.
    expect(left).toEqual(['public.facts.call']);
  });

  it('sends one language only: the Arabic map has no Dutch text of the form', async () => {
    const map = plainMessages(await loadMessages('ar'), SENT);
    expect(map['public.name']).not.toBe('Naam');
    expect(map['errors.required']).not.toBe('Vul dit veld in.');
    expect(Object.values(map)).not.toContain('Aanmelding versturen');
  });

  it('knows which messages need a parser', () => {
    expect(isPlainMessage('Deel {current} van {total}')).toBe(true);
    expect(isPlainMessage("Foto's van de wijk")).toBe(true);
    expect(isPlainMessage('{count, plural, one {# lead} other {# leads}}')).toBe(false);
    expect(isPlainMessage('Bel ons: <call>{phone}</call>.')).toBe(false);
    expect(isPlainMessage("Schrijf '{'naam'}'")).toBe(false);
    expect(plainMessages({ a: { b: 'x {n}', c: '{n, plural, other {#}}' } }, ['a', 'missing'])).toEqual({ 'a.b': 'x {n}' });
  });

  it('fills in arguments and leaves an unknown one as written', () => {
    expect(fillIn('Deel {current} van {total}', { current: 1, total: 3 })).toBe('Deel 1 van 3');
    expect(fillIn('{a} en {b}', { a: 'x' })).toBe('x en {b}');
    expect(fillIn('zonder', undefined)).toBe('zonder');
  });
});
