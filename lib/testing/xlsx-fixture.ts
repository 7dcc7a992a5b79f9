import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Workbooks built byte by byte for tests (Vitest and Playwright): a minimal zip writer and a
 * one-sheet .xlsx whose sheet XML the test controls — so hostile files (a merge to XFD1048576,
 * a zip bomb) can be made without any library building their cells.
 */

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Already deflated data and its real size (for the bomb). */
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** A size to claim in the directory instead of the real one. */
  claimSize?: number;
}

/** What a local header and its central directory entry both hold, from `at` on: method (deflate), crc, sizes, name length. */
function writeEntryFields(buf: Buffer, at: number, f: { crc: number; compressed: number; size: number; nameLength: number }): void {
  buf.writeUInt16LE(8, at);
  buf.writeUInt32LE(f.crc, at + 6);
  buf.writeUInt32LE(f.compressed, at + 10);
  buf.writeUInt32LE(f.size, at + 14);
  buf.writeUInt16LE(f.nameLength, at + 18);
}

/** A minimal zip writer (deflate, no data descriptors): enough for exceljs and for our guard. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const comp = e.deflated?.bytes ?? deflateRawSync(e.data);
    const size = e.claimSize ?? e.deflated?.size ?? e.data.length;
    const crc = e.deflated?.crc ?? crc32(e.data);
    const fields = { crc, compressed: comp.length, size, nameLength: name.length };
    // The local header: signature, version needed (2.0), then the shared fields from offset 8.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeEntryFields(local, 8, fields);
    // The central directory entry: one more version field first, so the shared fields start at 10.
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    writeEntryFields(cd, 10, fields);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, comp);
    central.push(cd, name);
    offset += local.length + name.length + comp.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

export function row(n: number, values: string[], extra = ''): string {
  const cells = values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><is><t>${v}</t></is></c>`).join('');
  return `<row r="${n}">${cells}${extra}</row>`;
}

/** A one-sheet workbook with a header and two contacts; `sheetTail` goes after sheetData. */
export function workbook(opts: { rows?: string; sheetHead?: string; sheetTail?: string; dimension?: string; extraEntries?: ZipEntry[] } = {}): Buffer {
  const rows =
    opts.rows ??
    row(1, ['naam', 'telefoon', 'taal', 'wijk']) + row(2, ['Anna', '0612345678', 'nl', 'meerzicht']) + row(3, ['Bert', '0612345679', 'nl', 'meerzicht']);
  const sheet = `${XML}<worksheet ${NS}><dimension ref="${opts.dimension ?? 'A1:D3'}"/>${opts.sheetHead ?? ''}<sheetData>${rows}</sheetData>${opts.sheetTail ?? ''}</worksheet>`;
  const files: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `${XML}<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Contacten" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
    ...(opts.extraEntries ?? []),
  ];
  return zip(files);
}

