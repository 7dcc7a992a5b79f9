import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LeadListRow } from '@/lib/leads/list/queries';
import { displayPhone, LeadTable } from './lead-table';

describe('displayPhone', () => {
  it('writes Dutch mobile numbers as libphonenumber does, without parsing them', () => {
    let seed = 7;
    const digits = () => {
      seed = (seed * 48271) % 2147483647;
      return String(seed % 100_000_000).padStart(8, '0');
    };
    const numbers = ['+31600000000', '+31699999999', ...Array.from({ length: 300 }, () => `+316${digits()}`)];
    for (const n of numbers) expect(displayPhone(n)).toBe(parsePhoneNumberFromString(n)!.formatNational());
    expect(displayPhone('+31612345678')).toBe('06 12345678');
    expect(displayPhone('+31665781405')).toBe('066 5781405');
  });

  it('leaves every other number to the parser: landlines nationally, foreign numbers with their country code', () => {
    expect(displayPhone('+31101234567')).toBe('010 123 4567');
    expect(displayPhone('+31591123456')).toBe('0591 123 456');
    expect(displayPhone('+3161234567')).toBe(parsePhoneNumberFromString('+3161234567')?.formatNational() ?? '+3161234567');
    expect(displayPhone('+32470123456')).toBe('+32 470 12 34 56');
    expect(displayPhone('not a number')).toBe('not a number');
  });
});

describe('LeadTable', () => {
  const lead = (i: number, extra: Partial<LeadListRow> = {}): LeadListRow => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    name: `Amina Test${i}`,
    phone: `+3161234567${i}`,
    status: 'new',
    source: 'ambassador',
    ambassadorName: null,
    associationName: null,
    wijkName: null,
    preferredLanguage: 'nl',
    createdAt: new Date('2026-03-02T10:00:00Z'),
    lastActivityAt: new Date('2026-03-04T10:00:00Z'),
    assignedToName: null,
    overdue: false,
    possibleDuplicate: false,
    ...extra,
  });
  const sortable = (key: 'name' | 'status' | 'createdAt' | 'lastActivityAt', label: string) => ({ key, label, href: `/staff/leads?sort=${key}`, action: 'sorteer oplopend' });
  const render = (rows: LeadListRow[]) =>
    renderToStaticMarkup(
      <LeadTable
        caption="Aanmeldingen, pagina 1 van 1"
        rows={rows}
        sortable={{ name: { ...sortable('name', 'Naam'), current: 'asc' }, status: sortable('status', 'Stap'), createdAt: sortable('createdAt', 'Aangemeld op'), lastActivityAt: sortable('lastActivityAt', 'Laatste actie') }}
        labels={{
          colPhone: 'Telefoon',
          colSource: 'Bron',
          colAttribution: 'Via',
          colWijk: 'Wijk',
          colLanguage: 'Taal',
          colSignals: 'Let op',
          colAssigned: 'Behandelaar',
          badgeOverdue: 'Te lang geen actie',
          badgeDuplicate: 'Mogelijk dubbel',
          nobody: 'Nog niemand',
          none: '–',
        }}
        stepName={() => 'Nieuw'}
        sourceName={() => 'Ambassadeur'}
        languageName={() => 'Nederlands'}
        formatDate={(d) => d.toISOString().slice(0, 10)}
      />,
    );
  const count = (html: string, part: string) => html.split(part).length - 1;

  it('puts each lead in the page once, for the table and the phone cards alike', () => {
    const html = render([lead(1, { overdue: true, possibleDuplicate: true, ambassadorName: 'Fatima El Amrani' }), lead(2)]);
    for (const i of [1, 2]) {
      expect(count(html, `href="/staff/leads/00000000-0000-4000-8000-00000000000${i}"`)).toBe(1);
      expect(count(html, `>Amina Test${i}<`)).toBe(1);
      expect(count(html, `06 1234567${i}`)).toBe(1);
    }
    expect(count(html, 'Mogelijk dubbel')).toBe(1);
    expect(count(html, 'Te lang geen actie')).toBe(1);
    expect(count(html, 'Fatima El Amrani')).toBe(1);
    expect(count(html, '<tr role="row"')).toBe(3);
  });

  it('labels every value for the card with its column, and keeps the sort links in the header', () => {
    const html = render([lead(1, { possibleDuplicate: true })]);
    expect(html).toContain('data-col="phone" data-label="Telefoon">06 12345671</td>');
    expect(html).toMatch(/data-col="step" data-label="Stap">Nieuw<\/td>/);
    expect(html).toMatch(/data-col="signals" data-label="Let op"><ul[^>]*><li[^>]*>Mogelijk dubbel<\/li><\/ul><\/td>/);
    expect(html).toMatch(/data-col="assigned" data-label="Behandelaar">Nog niemand<\/td>/);
    expect(html).toMatch(/<th role="columnheader" scope="col" aria-sort="ascending"[^>]*><span class="rt-wide"><a href="\/staff\/leads\?sort=name" aria-label="Naam, sorteer oplopend"/);
  });
});
