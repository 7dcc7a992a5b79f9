import { describe, expect, it } from 'vitest';
import eventTexts from '@/lib/i18n/messages/nl/events.json';
import shiftTexts from '@/lib/i18n/messages/nl/shifts.json';
import { type FeedLabels, type FeedShift, buildCalendar, escapeText, foldLine, shiftUid } from './calendar';

const labels: FeedLabels = {
  calendarName: 'Wijkwerf – mijn diensten',
  dagdeel: shiftTexts.dagdeel,
  kind: eventTexts.kinds,
  description: (v) => `Dienst als ambassadeur (${v.kind}). ${v.dagdeel}, ${v.from}–${v.to} uur.`,
};

const shifts: FeedShift[] = [
  {
    shiftId: '0b5f7c2e-1111-4c1a-9c1e-5f1f1f1f1f1f',
    date: '2026-11-30',
    dagdeel: 'morning',
    eventTitle: 'Schoolplein Basisschool Het Palet',
    eventKind: 'school',
    place: 'Basisschool Het Palet, Meerzichtlaan',
  },
  {
    shiftId: '0b5f7c2e-2222-4c1a-9c1e-5f1f1f1f1f1f',
    date: '2026-07-04',
    dagdeel: 'evening',
    eventTitle: 'Zomerfestival; “Samen” in het park',
    eventKind: 'festival',
    place: 'Westerpark, Meerzicht',
  },
];

const now = new Date('2026-11-28T10:15:00Z');

/** Physical lines → logical content lines (RFC 5545 unfolding). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe('buildCalendar', () => {
  const ics = buildCalendar(shifts, labels, now);
  const lines = unfold(ics);

  it('is a VCALENDAR with CRLF line ends, one VEVENT per shift and balanced BEGIN/END blocks', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
    // Every event has the required properties.
    const events = ics.split('BEGIN:VEVENT').slice(1);
    for (const e of events) {
      for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART;', 'DTEND;', 'SUMMARY:']) expect(unfold(e).some((l) => l.startsWith(prop))).toBe(true);
    }
  });

  it('gives Amsterdam local times with a TZID and a VTIMEZONE for Europe/Amsterdam', () => {
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261130T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261130T123000');
    // Summer evening: still 18:00 on the local clock.
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20260704T180000');
    expect(lines).toContain('DTSTAMP:20261128T101500Z');
  });

  it('has a stable UID per shift, the same in every download', () => {
    expect(lines).toContain(`UID:${shiftUid(shifts[0]!.shiftId)}`);
    const again = unfold(buildCalendar(shifts, labels, new Date('2026-12-05T08:00:00Z')));
    expect(again.filter((l) => l.startsWith('UID:'))).toEqual(lines.filter((l) => l.startsWith('UID:')));
  });

  it('shows the event title with the dagdeel, the place and the dagdeel times, escaped', () => {
    expect(lines).toContain('SUMMARY:Schoolplein Basisschool Het Palet (Ochtend)');
    expect(lines).toContain('LOCATION:Basisschool Het Palet\\, Meerzichtlaan');
    expect(lines).toContain('SUMMARY:Zomerfestival\\; “Samen” in het park (Avond)');
    expect(lines).toContain('DESCRIPTION:Dienst als ambassadeur (School). Ochtend\\, 09:00–12:30 uur.');
  });

  it('holds no other people: no attendees, organizer or names beyond the shift itself', () => {
    expect(ics).not.toMatch(/ATTENDEE|ORGANIZER|CONTACT/);
    // The feed input has no partner field at all; nothing else sneaks in.
    expect(ics).not.toContain('Khadija');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const long = buildCalendar([{ ...shifts[0]!, eventTitle: `Ouderochtend ${'ë'.repeat(60)} met koffie en thee voor iedereen` }], labels, now);
    const physical = long.split('\r\n');
    for (const l of physical) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(long).not.toContain('\uFFFD');
    expect(unfold(long)).toContain(`SUMMARY:Ouderochtend ${'ë'.repeat(60)} met koffie en thee voor iedereen (Ochtend)`);
  });

  it('holds another kind of half-day (an intake the ambassador goes along to) with its own UID and clock time', () => {
    const intake: FeedShift = {
      shiftId: '0b5f7c2e-3333-4c1a-9c1e-5f1f1f1f1f1f',
      uid: 'intake-0b5f7c2e-3333-4c1a-9c1e-5f1f1f1f1f1f@wijkwerf',
      date: '2026-12-07',
      dagdeel: 'morning',
      eventTitle: 'Meegaan naar intake',
      eventKind: 'intake',
      place: 'Publieksplein',
      start: '10:15',
      end: '12:30',
    };
    const lines = unfold(buildCalendar([intake], labels, now));
    expect(lines).toContain('UID:intake-0b5f7c2e-3333-4c1a-9c1e-5f1f1f1f1f1f@wijkwerf');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261207T101500');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261207T123000');
    expect(lines).toContain('LOCATION:Publieksplein');
  });

  it('writes an empty calendar (no events) that is still valid', () => {
    const empty = unfold(buildCalendar([], labels, now));
    expect(empty[0]).toBe('BEGIN:VCALENDAR');
    expect(empty.at(-1)).toBe('END:VCALENDAR');
    expect(empty).not.toContain('BEGIN:VEVENT');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves short lines alone and folds a 76-octet line into two', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});
