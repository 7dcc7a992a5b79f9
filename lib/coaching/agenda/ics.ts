import { addDays, amsterdamClock, isIsoDate } from '@/lib/dates';

/**
 * A small, strict reader of the city's event agenda as iCalendar (RFC 5545): the VEVENTs' UID,
 * DTSTART, DTEND, SUMMARY and LOCATION, nothing else (no recurrence, no alarms). Lines are unfolded
 * first; times are floating, `TZID=Europe/Amsterdam` or UTC (`Z`) and become Amsterdam calendar
 * days, because an event in the agenda is a date range (`events.starts_on … ends_on`). Pure: no I/O.
 */

export type AgendaRowError =
  | 'missingId'
  | 'missingTitle'
  | 'missingStart'
  | 'invalidStart'
  | 'invalidEnd'
  | 'endBeforeStart'
  | 'timeZone'
  | 'duplicateId'
  | 'tooLong';

/** One event read from a file, before it is checked (./validate.ts). */
export interface AgendaEntry {
  /** the event's position in the file: the n-th VEVENT, or the CSV row as Excel shows it */
  row: number;
  sourceId: string;
  title: string;
  place: string;
  /** YYYY-MM-DD (Amsterdam), or an error */
  startsOn: string | AgendaRowError;
  endsOn: string | AgendaRowError | null;
}

export type IcsResult = { ok: true; entries: AgendaEntry[] } | { ok: false; error: 'unreadable' | 'empty' | 'tooManyRows' };

/** Unfolds continuation lines (CRLF or LF followed by a space or tab). */
export function unfold(text: string): string[] {
  return text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

/** A content line → name, parameters (upper-case names) and value; null when it is not one. */
export function contentLine(line: string): { name: string; params: Record<string, string>; value: string } | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 1) return null;
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  if (!name || !/^[A-Za-z0-9-]+$/.test(name)) return null;
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq < 1) return null;
    params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

/** TEXT values: \n, \N, \, \; and \\ unescaped. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * A DTSTART/DTEND value → the Amsterdam calendar day, and whether it was a DATE (all-day) value.
 * Floating and Europe/Amsterdam times are Amsterdam's own; UTC ('Z') is converted.
 */
export function icsDay(value: string, params: Record<string, string>): { day: string; allDay: boolean; midnight: boolean } | 'invalid' | 'timeZone' {
  const tzid = params.TZID;
  if (tzid !== undefined && tzid !== 'Europe/Amsterdam') return 'timeZone';
  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (date) {
    const day = `${date[1]}-${date[2]}-${date[3]}`;
    return isIsoDate(day) ? { day, allDay: true, midnight: true } : 'invalid';
  }
  const dt = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(value);
  if (!dt) return 'invalid';
  const [, y, mo, d, h, mi, s, z] = dt as unknown as [string, string, string, string, string, string, string, string];
  const day = `${y}-${mo}-${d}`;
  if (!isIsoDate(day) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return 'invalid';
  if (!z) return { day, allDay: false, midnight: h === '00' && mi === '00' && s === '00' };
  if (tzid !== undefined) return 'invalid'; // a UTC time carries no TZID
  const clock = amsterdamClock(new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)));
  return { day: clock.date, allDay: false, midnight: clock.time === '00:00:00' };
}

/** The VEVENTs of an iCalendar text, at most `maxRows` of them. */
export function parseIcs(text: string, maxRows: number): IcsResult {
  const lines = unfold(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).filter((l) => l.trim() !== '');
  if (!lines.length) return { ok: false, error: 'empty' };
  if (lines[0]!.trim().toUpperCase() !== 'BEGIN:VCALENDAR') return { ok: false, error: 'unreadable' };
  const entries: AgendaEntry[] = [];
  /** the components we are inside of, outermost first */
  const stack: string[] = [];
  let current: Record<string, { value: string; params: Record<string, string> }> | null = null;
  for (const raw of lines) {
    const line = contentLine(raw);
    if (!line) return { ok: false, error: 'unreadable' };
    if (line.name === 'BEGIN') {
      stack.push(line.value.toUpperCase());
      if (line.value.toUpperCase() === 'VEVENT' && stack.length === 2) current = {};
      continue;
    }
    if (line.name === 'END') {
      if (stack.pop() !== line.value.toUpperCase()) return { ok: false, error: 'unreadable' };
      if (line.value.toUpperCase() === 'VEVENT' && current && stack.length === 1) {
        if (entries.length >= maxRows) return { ok: false, error: 'tooManyRows' };
        entries.push(toEntry(entries.length + 1, current));
        current = null;
      }
      continue;
    }
    // Properties of nested components (an alarm inside an event) are not the event's.
    if (current && stack.length === 2 && !(line.name in current)) current[line.name] = { value: line.value, params: line.params };
  }
  if (stack.length) return { ok: false, error: 'unreadable' };
  if (!entries.length) return { ok: false, error: 'empty' };
  return { ok: true, entries };
}

function toEntry(row: number, p: Record<string, { value: string; params: Record<string, string> }>): AgendaEntry {
  const text = (name: string) => unescapeText(p[name]?.value ?? '').trim();
  const start = p.DTSTART ? icsDay(p.DTSTART.value, p.DTSTART.params) : null;
  const end = p.DTEND ? icsDay(p.DTEND.value, p.DTEND.params) : null;
  let startsOn: AgendaEntry['startsOn'] = start === null ? 'missingStart' : start === 'invalid' ? 'invalidStart' : start === 'timeZone' ? 'timeZone' : start.day;
  let endsOn: AgendaEntry['endsOn'] = null;
  if (end === 'invalid') endsOn = 'invalidEnd';
  else if (end === 'timeZone') endsOn = 'timeZone';
  else if (end && typeof start === 'object' && start) {
    // DTEND is exclusive: an all-day event to the 12th ends on the 11th; so does one to 00:00 on the 12th.
    endsOn = end.midnight && end.day > start.day ? addDays(end.day, -1) : end.day;
  }
  if (typeof startsOn === 'string' && startsOn.length !== 10) startsOn = startsOn as AgendaRowError;
  return { row, sourceId: text('UID'), title: text('SUMMARY'), place: text('LOCATION'), startsOn, endsOn };
}
