import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { events, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { MAX_ROWS } from '@/lib/imports/schema';
import { contentLine, icsDay, parseIcs, unfold } from './ics';
import { importAgenda } from './mutations';
import { csvDay, parseAgendaFile } from './parse';
import { previewAgenda } from './queries';

const enc = (s: string) => new TextEncoder().encode(s);

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Gemeente Zoetermeer//Agenda//NL',
  'BEGIN:VEVENT',
  'UID:evt-001@zoetermeer.nl',
  'DTSTART;TZID=Europe/Amsterdam:20110312T100000',
  'DTEND;TZID=Europe/Amsterdam:20110312T160000',
  'SUMMARY:Voorjaarsmarkt Stadshart\\, met kraam',
  'LOCATION:Stadshart',
  ' Zoetermeer',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'SUMMARY:not the title',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:evt-002@zoetermeer.nl',
  'DTSTART;VALUE=DATE:20110415',
  'DTEND;VALUE=DATE:20110418',
  'SUMMARY:Paasfestival',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:evt-003@zoetermeer.nl',
  'DTSTART:20110531T223000Z',
  'SUMMARY:Nachtwandeling',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:evt-004@zoetermeer.nl',
  'SUMMARY:Zonder datum',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:evt-005@zoetermeer.nl',
  'DTSTART;TZID=America/New_York:20110601T100000',
  'SUMMARY:Elders',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('the ICS reader', () => {
  it('unfolds continuation lines and reads parameters, also quoted ones', () => {
    expect(unfold('SUMMARY:Lange\r\n  titel\r\nUID:1')).toEqual(['SUMMARY:Lange titel', 'UID:1']);
    expect(contentLine('DTSTART;TZID="Europe/Amsterdam":20110312T100000')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Amsterdam' },
      value: '20110312T100000',
    });
    expect(contentLine('geen regel')).toBeNull();
  });

  it('turns Amsterdam, floating and UTC times into Amsterdam days', () => {
    expect(icsDay('20110312T100000', { TZID: 'Europe/Amsterdam' })).toMatchObject({ day: '2011-03-12' });
    // 22:30 UTC on 31 May is 00:30 on 1 June in Amsterdam (summer time).
    expect(icsDay('20110531T223000Z', {})).toMatchObject({ day: '2011-06-01' });
    expect(icsDay('20110230', {})).toBe('invalid');
    expect(icsDay('20110601T100000', { TZID: 'America/New_York' })).toBe('timeZone');
  });

  it('reads each VEVENT (not its alarm), with the exclusive end of all-day events, and reports bad ones', () => {
    const r = parseIcs(ICS, 10);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries.map((e) => [e.sourceId, e.title, e.place, e.startsOn, e.endsOn])).toEqual([
      ['evt-001@zoetermeer.nl', 'Voorjaarsmarkt Stadshart, met kraam', 'StadshartZoetermeer', '2011-03-12', '2011-03-12'],
      ['evt-002@zoetermeer.nl', 'Paasfestival', '', '2011-04-15', '2011-04-17'],
      ['evt-003@zoetermeer.nl', 'Nachtwandeling', '', '2011-06-01', null],
      ['evt-004@zoetermeer.nl', 'Zonder datum', '', 'missingStart', null],
      ['evt-005@zoetermeer.nl', 'Elders', '', 'timeZone', null],
    ]);
    expect(parseIcs(ICS, 3)).toEqual({ ok: false, error: 'tooManyRows' });
    expect(parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VCALENDAR', 10)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('reports row errors by position and keeps the good rows', () => {
    const r = parseAgendaFile(enc(ICS));
    expect(r.ok && r.check.errors).toEqual([
      { row: 4, error: 'missingStart' },
      { row: 5, error: 'timeZone' },
    ]);
    expect(r.ok && r.check.rows.map((x) => x.endsOn)).toEqual(['2011-03-12', '2011-04-17', '2011-06-01']);
  });
});

describe('the CSV agenda', () => {
  it('reads Dutch headers and dates, with the association import caps', () => {
    expect(csvDay('10-3-2011')).toBe('2011-03-10');
    expect(csvDay('2011-03-10 14:00')).toBe('2011-03-10');
    expect(csvDay('31-02-2011')).toBeNull();
    const r = parseAgendaFile(enc('Id;Titel;Startdatum;Einddatum;Locatie\nA1;Markt;12-03-2011;;Stadshart\nA2;;13-03-2011;;\nA1;Dubbel;14-03-2011;;\nA3;Te laat;15-03-2011;14-03-2011;\n'));
    expect(r.ok && r.check.format).toBe('csv');
    expect(r.ok && r.check.rows.map((x) => [x.row, x.sourceId, x.startsOn, x.endsOn, x.place])).toEqual([[2, 'A1', '2011-03-12', '2011-03-12', 'Stadshart']]);
    expect(r.ok && r.check.errors).toEqual([
      { row: 3, error: 'missingTitle' },
      { row: 4, error: 'duplicateId' },
      { row: 5, error: 'endBeforeStart' },
    ]);
    expect(parseAgendaFile(enc('Naam;Datum\nMarkt;12-03-2011\n'))).toEqual({ ok: false, error: 'missingColumns' });
    const many = 'id,titel,datum\n' + Array.from({ length: MAX_ROWS + 1 }, (_, i) => `${i},Markt,2011-03-12`).join('\n');
    expect(parseAgendaFile(enc(many))).toEqual({ ok: false, error: 'tooManyRows' });
  });
});

describe.each(testDrivers)('importing the agenda on $name', ({ open }) => {
  let h: DbHandle;
  let userId: string;
  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@test.nl', name: 'C', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    userId = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a second import of the same agenda adds nothing; a changed title updates the event', async () => {
    const first = parseAgendaFile(enc(ICS));
    if (!first.ok) throw new Error('unreadable');
    expect((await previewAgenda(h.db, first.check.rows)).map((r) => r.status)).toEqual(['new', 'new', 'new']);
    expect(await importAgenda(h.db, userId, first.check.rows)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await importAgenda(h.db, userId, first.check.rows)).toEqual({ created: 0, updated: 0, unchanged: 3 });

    const changed = parseAgendaFile(enc(ICS.replace('SUMMARY:Paasfestival', 'SUMMARY:Paasfestival Dobbe')));
    if (!changed.ok) throw new Error('unreadable');
    expect((await previewAgenda(h.db, changed.check.rows)).map((r) => r.status)).toEqual(['unchanged', 'update', 'unchanged']);
    expect(await importAgenda(h.db, userId, changed.check.rows)).toEqual({ created: 0, updated: 1, unchanged: 2 });

    const [{ n }] = (await h.db.select({ n: count() }).from(events)) as [{ n: number }];
    expect(n).toBe(3);
    const [easter] = await h.db.select().from(events).where(eq(events.sourceId, 'evt-002@zoetermeer.nl'));
    expect(easter).toMatchObject({ title: 'Paasfestival Dobbe', source: 'city', kind: 'other', startsOn: '2011-04-15', endsOn: '2011-04-17' });
  });
});
