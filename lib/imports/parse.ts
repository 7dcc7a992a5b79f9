import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { MAX_FILE_BYTES, MAX_ROWS } from './schema';
import { type ImportField, REQUIRED_COLUMNS } from './fields';
import { inspectXlsx, MAX_SHEET_COLUMNS } from './xlsx-guard';

/**
 * A contacts file → rows of text, nothing more: no database, no validation (see ./validate.ts).
 *
 * CSV: comma or semicolon (detected from the header line), UTF-8 with or without a byte-order
 * mark, or Windows-1252 as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)".
 * XLSX: the first worksheet; cell values are read, never calculated: a formula cell gives its
 * formula text ("=…"), which is then just text. Nothing in a file is ever evaluated.
 */

export { IMPORT_FIELDS, REQUIRED_COLUMNS, type ImportField } from './fields';

export interface ParsedRow<F extends string = ImportField> {
  /** The row number as the user sees it in Excel (the header is row 1). */
  row: number;
  values: Partial<Record<F, string>>;
}

export type ParseErrorKey =
  | 'fileTooLarge'
  | 'tooManyRows'
  | 'unsupportedType'
  | 'unreadable'
  | 'archiveTooLarge'
  | 'sheetTooLarge'
  | 'empty'
  | 'missingColumns';

export type ParseResult<F extends string = ImportField> =
  | { ok: true; format: 'csv' | 'xlsx'; encoding?: 'utf-8' | 'windows-1252'; delimiter?: string; columns: F[]; ignoredColumns: string[]; rows: ParsedRow<F>[] }
  | { ok: false; error: ParseErrorKey; missing?: F[] };

/**
 * The columns one kind of file has: header spellings (lower case, accents and non-letters
 * removed, see `normaliseHeader`) → field, and the fields a file must have. The contacts file's
 * is `CONTACT_COLUMNS`; the onboarding imports (lib/onboarding/kinds.ts) build theirs with
 * `columnSpec`.
 */
export interface ColumnSpec<F extends string> {
  aliases: Readonly<Record<string, F>>;
  required: readonly F[];
}

/** A spec from field → header spellings (normalised here) and the required fields. */
export function columnSpec<F extends string>(names: Record<F, readonly string[]>, required: readonly F[]): ColumnSpec<F> {
  const aliases: Record<string, F> = {};
  for (const [field, list] of Object.entries(names) as [F, readonly string[]][]) {
    for (const n of [field, ...list]) {
      const k = normaliseHeader(n);
      if (k && !(k in aliases)) aliases[k] = field;
    }
  }
  return { aliases, required };
}

const ALIASES: Record<string, ImportField> = {};
const alias = (field: ImportField, ...names: string[]) => names.forEach((n) => (ALIASES[n] = field));
alias('name', 'naam', 'name', 'volledigenaam', 'fullname', 'voorenachternaam', 'contactnaam', 'naamdeelnemer');
alias('phone', 'telefoon', 'telefoonnummer', 'telnr', 'tel', 'telefoonnr', 'mobiel', 'mobielnummer', 'gsm', 'phone', 'phonenumber', 'mobile', 'telephone');
alias('language', 'taal', 'voorkeurstaal', 'moedertaal', 'language', 'preferredlanguage', 'taalcode');
alias('neighbourhood', 'wijk', 'woonwijk', 'neighbourhood', 'neighborhood', 'district', 'area');
alias('note', 'notitie', 'notities', 'opmerking', 'opmerkingen', 'toelichting', 'note', 'notes', 'comment', 'comments', 'remark');
alias('consent', 'toestemming', 'akkoord', 'consent', 'agreed');

/** An association's contacts file (./fields.ts). */
export const CONTACT_COLUMNS: ColumnSpec<ImportField> = { aliases: ALIASES, required: REQUIRED_COLUMNS };

/** Lower case, no accents, letters and digits only: "Telefoon-nummer " → "telefoonnummer". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function headerField(text: string): ImportField | undefined {
  return ALIASES[normaliseHeader(text)];
}

/** Valid UTF-8 is read as UTF-8 (a BOM dropped); anything else as Windows-1252 (Dutch Excel). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** `;`, `,` or tab: whichever occurs most in the header line outside quotes (Dutch Excel writes `;`). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

function isXlsx(bytes: Uint8Array): boolean {
  // An .xlsx is a zip archive: "PK\x03\x04".
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOldExcel(bytes: Uint8Array): boolean {
  // .xls (BIFF in an OLE2 container).
  return bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Maps a table (first non-empty line = header) to rows of the spec's fields; applies the row limit. */
function fromTable<F extends string>(
  table: { row: number; cells: string[] }[],
  spec: ColumnSpec<F>,
): Omit<Extract<ParseResult<F>, { ok: true }>, 'format'> | Extract<ParseResult<F>, { ok: false }> {
  const nonEmpty = table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, error: 'empty' };
  const [header, ...body] = nonEmpty;
  const fieldAt: (F | undefined)[] = [];
  const columns: F[] = [];
  const ignoredColumns: string[] = [];
  header!.cells.forEach((cell, i) => {
    const f = spec.aliases[normaliseHeader(cell)];
    // The first column with a given meaning wins; a second "naam" column is ignored.
    if (f && !columns.includes(f)) {
      fieldAt[i] = f;
      columns.push(f);
    } else if (cell.trim() !== '') ignoredColumns.push(cell.trim());
  });
  const missing = spec.required.filter((f) => !columns.includes(f));
  if (missing.length) return { ok: false, error: 'missingColumns', missing };
  if (body.length > MAX_ROWS) return { ok: false, error: 'tooManyRows' };
  if (body.length === 0) return { ok: false, error: 'empty' };
  const rows = body.map((r): ParsedRow<F> => {
    const values: Partial<Record<F, string>> = {};
    r.cells.forEach((cell, i) => {
      const f = fieldAt[i];
      if (f) values[f] = cell.trim();
    });
    return { row: r.row, values };
  });
  return { ok: true, columns, ignoredColumns, rows };
}

/**
 * A CSV file → its lines of cells, with the row numbers Excel shows (empty lines kept), the
 * encoding and the delimiter. Shared by every CSV import (contacts here, the city's agenda in
 * lib/coaching/agenda); each maps the header to its own fields. The size cap is the caller's.
 */
export function readCsvTable(
  bytes: Uint8Array,
): { ok: true; table: { row: number; cells: string[] }[]; encoding: 'utf-8' | 'windows-1252'; delimiter: string } | { ok: false; error: 'unreadable' } {
  const { text: raw, encoding } = decodeText(bytes);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    // Empty lines are kept so row numbers match what Excel shows; the callers skip them.
    skipEmptyLines: false,
    // Never turn text into numbers or anything else: "+31…" and "=…" stay text.
    dynamicTyping: false,
  });
  if (parsed.errors.some((e) => e.type === 'Quotes' && e.code === 'MissingQuotes') && parsed.data.length === 0) {
    return { ok: false, error: 'unreadable' };
  }
  // Excel shows one record per row, even when a quoted cell holds a line break.
  const table = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c ?? '') }));
  return { ok: true, table, encoding, delimiter };
}

export function parseCsv<F extends string = ImportField>(bytes: Uint8Array, spec: ColumnSpec<F> = CONTACT_COLUMNS as unknown as ColumnSpec<F>): ParseResult<F> {
  const read = readCsvTable(bytes);
  if (!read.ok) return read;
  const out = fromTable(read.table, spec);
  return out.ok ? { ...out, format: 'csv', encoding: read.encoding, delimiter: read.delimiter } : out;
}

/** A cell's value as text, never calculated. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    // A formula (plain or shared): its text, not its (cached) result.
    if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
    if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value && 'text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

export async function parseXlsx<F extends string = ImportField>(bytes: Uint8Array, spec: ColumnSpec<F> = CONTACT_COLUMNS as unknown as ColumnSpec<F>): Promise<ParseResult<F>> {
  // Look inside the zip first: exceljs builds every cell a merge, validation or far-away cell
  // names, so a 6 kB file can exhaust the heap while loading (see ./xlsx-guard.ts).
  const refused = await inspectXlsx(bytes);
  if (refused) return { ok: false, error: refused };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: 'empty' };
  // actualRowCount counts rows with values; refuse before building anything large.
  if (sheet.actualRowCount > MAX_ROWS + 1) return { ok: false, error: 'tooManyRows' };
  const table: { row: number; cells: string[] }[] = [];
  // Row by row, only the cells that exist, never beyond the columns we read.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= MAX_SHEET_COLUMNS) cells[col - 1] = cellText(cell.value);
    });
    table.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  const out = fromTable(table, spec);
  return out.ok ? { ...out, format: 'xlsx' } : out;
}

/**
 * Any accepted file → rows of the spec's columns (by default an association's contacts file).
 * Size first; the type from the content, the name only as a hint.
 */
export async function parseImportFile<F extends string = ImportField>(
  bytes: Uint8Array,
  fileName: string,
  spec: ColumnSpec<F> = CONTACT_COLUMNS as unknown as ColumnSpec<F>,
): Promise<ParseResult<F>> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'fileTooLarge' };
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (isXlsx(bytes)) return parseXlsx(bytes, spec);
  if (isOldExcel(bytes) || ['xls', 'xlsm', 'xlsb', 'ods', 'numbers', 'pdf', 'doc', 'docx'].includes(ext)) {
    return { ok: false, error: 'unsupportedType' };
  }
  // Binary content (NUL bytes) is no CSV.
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, error: 'unsupportedType' };
  return parseCsv(bytes, spec);
}
