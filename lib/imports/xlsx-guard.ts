import { createInflateRaw } from 'node:zlib';

/**
 * Looks inside an .xlsx (a zip archive) BEFORE any spreadsheet library builds cells from it.
 *
 * A few kilobytes can describe billions of cells: one `<mergeCell ref="E2:XFD1048576"/>`, a
 * data validation over the whole sheet, a value in column XFD on every row, or a zip entry that
 * inflates to gigabytes. exceljs builds every one of those cells in memory while loading, and the
 * process dies of heap exhaustion. So this guard reads only the zip's central directory (entry
 * count, declared sizes), then inflates every entry as a stream — counting, never keeping more
 * than one chunk — and reads the worksheet and table XML's tags for the cell references they
 * name. Anything beyond the limits below is refused before exceljs sees the file.
 */

/** Columns we read (A … CV). The contact fields are five or six; extra columns are ignored. */
export const MAX_SHEET_COLUMNS = 100;
/** Rows a sheet may reach: 5,000 contacts, the header, and room for empty rows in between. */
export const MAX_SHEET_ROW = 10_000;
/** Entries in the zip (an .xlsx from Excel has 10 to 20). */
export const MAX_ZIP_ENTRIES = 200;
/** Everything in the zip together, unpacked. A 5,000-row contact sheet is 1–3 MB of XML. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Cells covered by merged cells and data validations together (exceljs builds each of them). */
export const MAX_RANGE_CELLS = 200_000;

export type GuardError = 'unreadable' | 'archiveTooLarge' | 'sheetTooLarge' | 'tooManyRows';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

class Refused extends Error {
  constructor(public readonly reason: GuardError) {
    super(reason);
  }
}

/** The central directory: names, methods, sizes, offsets. Refuses zip64 and oversized archives. */
function readEntries(buf: Buffer): Entry[] {
  // End of central directory record: 22 bytes plus a comment of at most 65,535 bytes.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Refused('unreadable');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean "see the zip64 record": far beyond anything we accept.
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Refused('archiveTooLarge');
  if (count > MAX_ZIP_ENTRIES) throw new Refused('archiveTooLarge');
  if (cdOffset + cdSize > buf.length) throw new Refused('unreadable');
  const entries: Entry[] = [];
  let p = cdOffset;
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new Refused('unreadable');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new Refused('archiveTooLarge');
    declared += size;
    if (declared > MAX_UNPACKED_BYTES) throw new Refused('archiveTooLarge');
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function dataOf(buf: Buffer, e: Entry): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new Refused('unreadable');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new Refused('unreadable');
  return buf.subarray(start, end);
}

/** "XFD1048576" → { col: 16384, row: 1048576 }; "A:A" style parts give the sheet's edge. */
function cellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  // A whole row ("2:2") spans every column; a whole column ("A:A") every row.
  return { col: m[1] ? col : 16384, row: m[2] ? Number(m[2]) : 1048576 };
}

/** Checks the cell references one tag names; adds range areas to the running total. */
class SheetScanner {
  rangeCells = 0;

  /** `count`: exceljs builds a cell (or a validation entry) for every cell of the range. */
  private ranges(list: string, edgeError: GuardError, count = false) {
    for (const part of list.split(/\s+/).filter(Boolean)) {
      const [a, b = a] = part.split(':');
      const from = cellRef(a!);
      const to = cellRef(b!);
      if (!from || !to) throw new Refused('unreadable');
      const maxCol = Math.max(from.col, to.col);
      const maxRow = Math.max(from.row, to.row);
      if (maxCol > MAX_SHEET_COLUMNS) throw new Refused('sheetTooLarge');
      if (maxRow > MAX_SHEET_ROW) throw new Refused(edgeError);
      if (!count) continue;
      this.rangeCells += (Math.abs(to.col - from.col) + 1) * (Math.abs(to.row - from.row) + 1);
      if (this.rangeCells > MAX_RANGE_CELLS) throw new Refused('sheetTooLarge');
    }
  }

  tag(name: string, attrs: string) {
    const attr = (key: string) => new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
    const value = (key: string) => {
      const m = attr(key);
      return m ? (m[1] ?? m[2] ?? '') : undefined;
    };
    switch (name) {
      case 'c': {
        const r = value('r');
        if (r === undefined) return;
        const at = cellRef(r);
        if (!at) throw new Refused('unreadable');
        if (at.row > MAX_SHEET_ROW) throw new Refused('tooManyRows');
        if (at.col > MAX_SHEET_COLUMNS) throw new Refused('sheetTooLarge');
        return;
      }
      case 'row': {
        const r = value('r');
        if (r !== undefined && Number(r) > MAX_SHEET_ROW) throw new Refused('tooManyRows');
        return;
      }
      case 'dimension': {
        // The used area: rows beyond the limit are "too many rows", as the cells themselves.
        const ref = value('ref');
        if (ref) this.ranges(ref, 'tooManyRows');
        return;
      }
      case 'mergeCell': {
        const ref = value('ref');
        if (ref) this.ranges(ref, 'sheetTooLarge', true);
        return;
      }
      case 'hyperlink':
      case 'f':
      case 'table':
      case 'autoFilter': {
        const ref = value('ref');
        if (ref) this.ranges(ref, 'sheetTooLarge');
        return;
      }
      case 'dataValidation':
      case 'conditionalFormatting': {
        const sqref = value('sqref');
        if (sqref) this.ranges(sqref, 'sheetTooLarge', name === 'dataValidation');
        return;
      }
    }
  }
}

const TAG = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^>]*)?)\/?>/g;

/** Inflates one entry as a stream, counting bytes; the scanner (if any) reads its tags. */
async function inflateEntry(data: Buffer, e: Entry, budget: { left: number }, scan?: SheetScanner): Promise<void> {
  if (e.method !== 0 && e.method !== 8) throw new Refused('unreadable');
  let produced = 0;
  let carry = '';
  const onChunk = (chunk: Buffer) => {
    produced += chunk.length;
    budget.left -= chunk.length;
    // A size in the directory that lies, or an archive bigger than we accept, unpacked.
    if (produced > e.size || budget.left < 0) throw new Refused('archiveTooLarge');
    if (!scan) return;
    // Tags are ASCII; latin1 keeps every byte as one character, so offsets never split a tag badly.
    const text = carry + chunk.toString('latin1');
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      scan.tag(m[2]!, m[3] ?? '');
      last = TAG.lastIndex;
    }
    const open = text.lastIndexOf('<');
    carry = open >= last ? text.slice(open) : '';
    if (carry.length > 64 * 1024) throw new Refused('unreadable');
  };
  if (e.method === 0) {
    onChunk(data);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (err) {
        inflate.destroy();
        reject(err);
      }
    });
    inflate.on('error', () => reject(new Refused('unreadable')));
    inflate.on('end', resolve);
    inflate.end(data);
  });
}

/**
 * null when the workbook is safe to hand to exceljs; otherwise why not.
 * Never holds more than one inflated chunk (plus a partial tag) in memory.
 */
export async function inspectXlsx(bytes: Uint8Array): Promise<GuardError | null> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const entries = readEntries(buf);
    const budget = { left: MAX_UNPACKED_BYTES };
    const scanner = new SheetScanner();
    for (const e of entries) {
      if (e.name.endsWith('/')) continue;
      const isSheetXml = /^xl\/(worksheets|tables)\/[^/]+\.xml$/i.test(e.name);
      await inflateEntry(dataOf(buf, e), e, budget, isSheetXml ? scanner : undefined);
    }
    return null;
  } catch (err) {
    if (err instanceof Refused) return err.reason;
    return 'unreadable';
  }
}
