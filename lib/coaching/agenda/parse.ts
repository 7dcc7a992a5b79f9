import { MAX_FILE_BYTES, MAX_ROWS } from '@/lib/imports/schema';
import { decodeText, normaliseHeader, readCsvTable } from '@/lib/imports/parse';
import { isIsoDate } from '@/lib/dates';
import { type AgendaEntry, type AgendaRowError, parseIcs } from './ics';

/**
 * The city's event agenda as a file → checked rows. An .ics (./ics.ts) or a CSV with the columns
 * id, title, start, end (optional) and place (optional) in Dutch or English; the same caps as the
 * association import (lib/imports: size, rows) and the same CSV reading (encoding, delimiter).
 * Pure: no database.
 */

export type { AgendaRowError } from './ics';
export type AgendaFileError = 'fileTooLarge' | 'unreadable' | 'empty' | 'tooManyRows' | 'missingColumns';

/** A checked event, ready to import. */
export interface AgendaRow {
  row: number;
  sourceId: string;
  title: string;
  place: string;
  startsOn: string;
  endsOn: string;
}

export interface AgendaCheck {
  format: 'ics' | 'csv';
  rows: AgendaRow[];
  errors: { row: number; error: AgendaRowError }[];
}

export const MAX_TEXT = 200;

type Column = 'id' | 'title' | 'start' | 'end' | 'place';
const ALIASES: Record<string, Column> = {};
const alias = (c: Column, ...names: string[]) => names.forEach((n) => (ALIASES[n] = c));
alias('id', 'id', 'uid', 'bronid', 'sourceid', 'code', 'evenementid', 'eventid');
alias('title', 'titel', 'title', 'naam', 'name', 'evenement', 'event', 'activiteit', 'summary');
alias('start', 'start', 'begin', 'startdatum', 'begindatum', 'datum', 'date', 'startdate', 'van');
alias('end', 'eind', 'einde', 'einddatum', 'end', 'enddate', 'tot');
alias('place', 'locatie', 'plaats', 'place', 'location', 'adres', 'waar');
export const REQUIRED_AGENDA_COLUMNS: Column[] = ['id', 'title', 'start'];

/** "2011-03-10", "10-03-2011", "10/3/2011", optionally followed by a time → YYYY-MM-DD; else null. */
export function csvDay(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v);
  const day = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : nl ? `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` : null;
  return day && isIsoDate(day) ? day : null;
}

function csvEntries(bytes: Uint8Array): { ok: true; entries: AgendaEntry[] } | { ok: false; error: AgendaFileError } {
  const read = readCsvTable(bytes);
  if (!read.ok) return read;
  const lines = read.table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!lines.length) return { ok: false, error: 'empty' };
  const [header, ...body] = lines;
  const at = new Map<Column, number>();
  header!.cells.forEach((cell, i) => {
    const c = ALIASES[normaliseHeader(cell)];
    if (c && !at.has(c)) at.set(c, i);
  });
  if (REQUIRED_AGENDA_COLUMNS.some((c) => !at.has(c))) return { ok: false, error: 'missingColumns' };
  if (body.length > MAX_ROWS) return { ok: false, error: 'tooManyRows' };
  if (!body.length) return { ok: false, error: 'empty' };
  const cell = (cells: string[], c: Column) => (at.has(c) ? (cells[at.get(c)!] ?? '').trim() : '');
  return {
    ok: true,
    entries: body.map((r) => {
      const start = cell(r.cells, 'start');
      const end = cell(r.cells, 'end');
      return {
        row: r.row,
        sourceId: cell(r.cells, 'id'),
        title: cell(r.cells, 'title'),
        place: cell(r.cells, 'place'),
        startsOn: start === '' ? 'missingStart' : (csvDay(start) ?? 'invalidStart'),
        endsOn: end === '' ? null : (csvDay(end) ?? 'invalidEnd'),
      };
    }),
  };
}

/** The checks every event passes before it is imported, file or confirmed preview alike. */
export function checkEntries(entries: AgendaEntry[]): Pick<AgendaCheck, 'rows' | 'errors'> {
  const rows: AgendaRow[] = [];
  const errors: AgendaCheck['errors'] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const fail = (error: AgendaRowError) => errors.push({ row: e.row, error });
    if (!e.sourceId) fail('missingId');
    else if (!e.title) fail('missingTitle');
    else if (e.sourceId.length > MAX_TEXT || e.title.length > MAX_TEXT || e.place.length > MAX_TEXT) fail('tooLong');
    else if (!isIsoDate(e.startsOn)) fail(e.startsOn as AgendaRowError);
    else if (e.endsOn !== null && !isIsoDate(e.endsOn)) fail(e.endsOn as AgendaRowError);
    else if (e.endsOn !== null && e.endsOn < e.startsOn) fail('endBeforeStart');
    else if (seen.has(e.sourceId)) fail('duplicateId');
    else {
      seen.add(e.sourceId);
      rows.push({ row: e.row, sourceId: e.sourceId, title: e.title, place: e.place, startsOn: e.startsOn, endsOn: e.endsOn ?? e.startsOn });
    }
  }
  return { rows, errors };
}

/** Any agenda file → checked rows. Size first; ICS when it starts like one, else CSV. */
export function parseAgendaFile(bytes: Uint8Array): { ok: true; check: AgendaCheck } | { ok: false; error: AgendaFileError } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'fileTooLarge' };
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  const { text } = decodeText(bytes);
  if (/^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text)) {
    const ics = parseIcs(text, MAX_ROWS);
    if (!ics.ok) return ics;
    return { ok: true, check: { format: 'ics', ...checkEntries(ics.entries) } };
  }
  const csv = csvEntries(bytes);
  if (!csv.ok) return csv;
  return { ok: true, check: { format: 'csv', ...checkEntries(csv.entries) } };
}
