/**
 * An ambassador's personal calendar feed (iCalendar, RFC 5545), written by hand: a VTIMEZONE for
 * Europe/Amsterdam, one VEVENT per own shift with a stable UID, text escaped, lines folded at 75
 * octets without splitting a UTF-8 character, CRLF line ends. Pure, so it is unit-tested; the
 * route handler (app/api/calendar/[token]) reads the data and sends it.
 *
 * Privacy: the feed holds the ambassador's own shifts only — event title, place, kind and the
 * dagdeel. Never the partner's or any other person's name.
 */
import { DAGDEEL_TIMES, type Dagdeel } from '@/lib/dagdelen';

export interface FeedShift {
  shiftId: string;
  date: string;
  dagdeel: Dagdeel;
  eventTitle: string;
  eventKind: string;
  place: string;
  /** Another kind of half-day in the same feed (an intake the ambassador goes along to): its own UID and clock times. */
  uid?: string;
  start?: string;
  end?: string;
}

export interface FeedLabels {
  calendarName: string;
  dagdeel: Record<Dagdeel, string>;
  kind: Record<string, string>;
  /** Description; receives the dagdeel name, its times and the event kind. */
  description: (v: { dagdeel: string; from: string; to: string; kind: string }) => string;
}

const CRLF = '\r\n';
export const FEED_TIME_ZONE = 'Europe/Amsterdam';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1): a CRLF and one
 * space before each continuation, never inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // Continuation lines start with a space, which counts toward their 75 octets.
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** "2026-11-30" + "09:00" → "20261130T090000" (a local time for TZID=Europe/Amsterdam). */
function localStamp(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** An instant as a UTC date-time: "20261128T101500Z". */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Europe/Amsterdam: CET in winter, CEST from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${FEED_TIME_ZONE}`,
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The stable identifier of a shift in every calendar that holds it. */
export function shiftUid(shiftId: string): string {
  return `shift-${shiftId}@wijkwerf`;
}

export function buildCalendar(shifts: FeedShift[], labels: FeedLabels, now: Date): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gemeente Zoetermeer//Wijkwerf//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(labels.calendarName)}`,
    `X-WR-TIMEZONE:${FEED_TIME_ZONE}`,
    'X-PUBLISHED-TTL:PT1H',
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    ...VTIMEZONE,
  ];
  const stamp = utcStamp(now);
  for (const s of shifts) {
    const times = { start: s.start ?? DAGDEEL_TIMES[s.dagdeel].start, end: s.end ?? DAGDEEL_TIMES[s.dagdeel].end };
    const dagdeel = labels.dagdeel[s.dagdeel];
    const kind = labels.kind[s.eventKind] ?? s.eventKind;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.uid ?? shiftUid(s.shiftId)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${FEED_TIME_ZONE}:${localStamp(s.date, times.start)}`,
      `DTEND;TZID=${FEED_TIME_ZONE}:${localStamp(s.date, times.end)}`,
      `SUMMARY:${escapeText(`${s.eventTitle} (${dagdeel})`)}`,
      `LOCATION:${escapeText(s.place)}`,
      `DESCRIPTION:${escapeText(labels.description({ dagdeel, from: times.start, to: times.end, kind }))}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
