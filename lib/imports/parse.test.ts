import ExcelJS from 'exceljs';
import nlErrors from '@/lib/i18n/messages/nl/errors.json';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_ROWS } from './schema';
import { decodeText, detectDelimiter, parseImportFile } from './parse';
import { languageCode, neighbourhoodCode, validateRows } from './validate';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
const cp1252 = (s: string) => new Uint8Array(iconv.encode(s, 'windows-1252'));

async function rowsOf(bytes: Uint8Array, name = 'contacten.csv') {
  const r = await parseImportFile(bytes, name);
  if (!r.ok) throw new Error(`parse failed: ${r.error}`);
  return r;
}

const WIJKEN = [
  { code: 'meerzicht', name: 'Meerzicht' },
  { code: 'rokkeveen', name: 'Rokkeveen' },
];

describe('parseImportFile: CSV encodings', () => {
  const text = 'naam;telefoon;taal;wijk\r\nRené Müller;06 12345678;Dari;Meerzicht\r\nZoë Brontë;0612345679;prs;rokkeveen\r\n';

  it('reads UTF-8 without a byte-order mark', async () => {
    const r = await rowsOf(utf8(text));
    expect(r.encoding).toBe('utf-8');
    expect(r.rows.map((x) => x.values.name)).toEqual(['René Müller', 'Zoë Brontë']);
  });

  it('reads UTF-8 with a byte-order mark, and the first header is still recognised', async () => {
    const r = await rowsOf(withBom(text));
    expect(r.columns).toContain('name');
    expect(r.rows[0]!.values.name).toBe('René Müller');
  });

  it('reads Windows-1252 as Dutch Excel writes it (é, ë, ü are single bytes)', async () => {
    const bytes = cp1252(text);
    // é = 0xE9, ë = 0xEB, ü = 0xFC: not valid UTF-8, so the UTF-8 reading must not be used.
    expect([...bytes]).toContain(0xe9);
    expect([...bytes]).toContain(0xfc);
    const r = await rowsOf(bytes);
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows.map((x) => x.values.name)).toEqual(['René Müller', 'Zoë Brontë']);
  });

  it('decodeText keeps valid UTF-8 as UTF-8 (é as two bytes)', () => {
    expect(decodeText(utf8('café')).text).toBe('café');
    expect(decodeText(cp1252('café')).text).toBe('café');
  });
});

describe('parseImportFile: separators and quoting', () => {
  it('detects a semicolon (Dutch Excel) and a comma', async () => {
    const semi = await rowsOf(utf8('naam;telefoon;taal;wijk\nA;0612345678;nl;meerzicht\n'));
    const comma = await rowsOf(utf8('naam,telefoon,taal,wijk\nA,0612345678,nl,meerzicht\n'));
    expect(semi.delimiter).toBe(';');
    expect(comma.delimiter).toBe(',');
    expect(semi.rows[0]!.values).toEqual(comma.rows[0]!.values);
  });

  it('ignores separators inside quotes when detecting', () => {
    expect(detectDelimiter('"naam, voluit";telefoon;taal;wijk\n')).toBe(';');
  });

  it('keeps quoted fields with separators, quotes and line breaks in one cell; row numbers stay per record', async () => {
    const csv =
      'naam,telefoon,taal,wijk,notitie\n' +
      '"Ahmadi, Farid",0612345678,prs,meerzicht,"Belt liever ""s avonds""\nna 19 uur"\n' +
      'Sara,0612345679,ar,rokkeveen,\n';
    const r = await rowsOf(utf8(csv));
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({ row: 2, values: { name: 'Ahmadi, Farid', note: 'Belt liever "s avonds"\nna 19 uur' } });
    expect(r.rows[1]).toMatchObject({ row: 3, values: { name: 'Sara' } });
  });

  it('skips empty lines but keeps the row numbers Excel shows', async () => {
    const r = await rowsOf(utf8('naam;telefoon;taal;wijk\n\nA;0612345678;nl;meerzicht\n;;;\nB;0612345679;nl;meerzicht\n'));
    expect(r.rows.map((x) => x.row)).toEqual([3, 5]);
  });
});

describe('parseImportFile: header aliases', () => {
  it.each([
    ['Dutch', 'Naam;Telefoonnummer;Taal;Wijk;Notitie'],
    ['English', 'Name;Phone;Language;Neighbourhood;Note'],
    ['mixed case, spaces and accents', ' NAAM ;Telefoon-nummer;Voorkeurstaal;Woonwijk;Opmerkingen'],
    ['American spelling', 'name,phone number,language,neighborhood,notes'],
  ])('%s', async (_label, header) => {
    const sep = header.includes(';') ? ';' : ',';
    const r = await rowsOf(utf8(`${header}\nA${sep}0612345678${sep}nl${sep}meerzicht${sep}x\n`));
    expect(r.columns).toEqual(['name', 'phone', 'language', 'neighbourhood', 'note']);
    expect(r.rows[0]!.values).toEqual({ name: 'A', phone: '0612345678', language: 'nl', neighbourhood: 'meerzicht', note: 'x' });
  });

  it('reports missing required columns and ignores unknown ones', async () => {
    const missing = await parseImportFile(utf8('naam;telefoon\nA;0612345678\n'), 'x.csv');
    expect(missing).toEqual({ ok: false, error: 'missingColumns', missing: ['language', 'neighbourhood'] });
    const extra = await rowsOf(utf8('naam;geboortedatum;telefoon;taal;wijk\nA;1980-01-01;0612345678;nl;meerzicht\n'));
    expect(extra.ignoredColumns).toEqual(['geboortedatum']);
    expect(extra.rows[0]!.values).not.toHaveProperty('geboortedatum');
  });
});

describe('parseImportFile: formula-looking cells', () => {
  it('keeps =, +, -, @ cells as text; "+31…" is still a phone number', async () => {
    // As Excel writes it: the cell with quotes and separators is quoted, inner quotes doubled.
    const csv = 'naam;telefoon;taal;wijk;notitie\n"=HYPERLINK(""http://x"";""klik"")";+31 6 12345678;nl;meerzicht;@SUM(A1)\n-Ali;0612345679;nl;meerzicht;+1\n';
    const r = await rowsOf(utf8(csv));
    expect(r.rows[0]!.values).toMatchObject({ name: '=HYPERLINK("http://x";"klik")', phone: '+31 6 12345678', note: '@SUM(A1)' });
    expect(r.rows[1]!.values).toMatchObject({ name: '-Ali', note: '+1' });
    const { valid } = validateRows(r.rows, { wijken: WIJKEN });
    expect(valid.map((v) => [v.name, v.phone])).toEqual([
      ['=HYPERLINK("http://x";"klik")', '+31612345678'],
      ['-Ali', '+31612345679'],
    ]);
  });
});

describe('parseImportFile: XLSX', () => {
  async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contacten');
    build(ws);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads cell values, and a formula cell as its formula text (never its result)', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Naam', 'Telefoon', 'Taal', 'Wijk', 'Notitie']);
      ws.addRow(['Farida Ahmadi', '+31 6 12345678', 'Dari', 'Meerzicht', 'Belt na 19 uur']);
      ws.addRow([{ formula: 'CONCAT("Ev","il")', result: 'Evil' }, 612345679, 'Turks', 'rokkeveen', { richText: [{ text: 'rijke ' }, { text: 'tekst' }] }]);
    });
    const r = await rowsOf(bytes, 'contacten.xlsx');
    expect(r.format).toBe('xlsx');
    expect(r.rows).toEqual([
      { row: 2, values: { name: 'Farida Ahmadi', phone: '+31 6 12345678', language: 'Dari', neighbourhood: 'Meerzicht', note: 'Belt na 19 uur' } },
      { row: 3, values: { name: '=CONCAT("Ev","il")', phone: '612345679', language: 'Turks', neighbourhood: 'rokkeveen', note: 'rijke tekst' } },
    ]);
    const { valid } = validateRows(r.rows, { wijken: WIJKEN });
    expect(valid.map((v) => [v.name, v.phone, v.language])).toEqual([
      ['Farida Ahmadi', '+31612345678', 'prs'],
      ['=CONCAT("Ev","il")', '+31612345679', 'tr'],
    ]);
  });

  it('is recognised by its content even with a .csv name, and .xls is refused', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['name', 'phone', 'language', 'neighbourhood']);
      ws.addRow(['A', '0612345678', 'nl', 'meerzicht']);
    });
    expect((await rowsOf(bytes, 'oops.csv')).format).toBe('xlsx');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await parseImportFile(xls, 'oud.xls')).toEqual({ ok: false, error: 'unsupportedType' });
  });

  it('refuses more than 5,000 rows', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['name', 'phone', 'language', 'neighbourhood']);
      for (let i = 0; i < MAX_ROWS + 1; i++) ws.addRow([`P${i}`, '0612345678', 'nl', 'meerzicht']);
    });
    expect(await parseImportFile(bytes, 'groot.xlsx')).toEqual({ ok: false, error: 'tooManyRows' });
  });
});

describe('parseImportFile: limits', () => {
  const header = 'naam;telefoon;taal;wijk\n';
  const line = (i: number) => `P${i};06${String(10000000 + i)};nl;meerzicht\n`;

  it('accepts exactly 5,000 rows and refuses 5,001', async () => {
    const ok = await rowsOf(utf8(header + Array.from({ length: MAX_ROWS }, (_, i) => line(i)).join('')));
    expect(ok.rows).toHaveLength(MAX_ROWS);
    const tooMany = await parseImportFile(utf8(header + Array.from({ length: MAX_ROWS + 1 }, (_, i) => line(i)).join('')), 'x.csv');
    expect(tooMany).toEqual({ ok: false, error: 'tooManyRows' });
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(await parseImportFile(big, 'groot.csv')).toEqual({ ok: false, error: 'fileTooLarge' });
    const atLimit = utf8(header + 'A;0612345678;nl;meerzicht;' + 'x'.repeat(MAX_FILE_BYTES - header.length - 40) + '\n');
    expect(atLimit.byteLength).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect((await parseImportFile(atLimit, 'x.csv')).ok).toBe(true);
  });

  it('refuses an empty file and a file with only a header', async () => {
    expect(await parseImportFile(new Uint8Array(), 'x.csv')).toEqual({ ok: false, error: 'empty' });
    expect(await parseImportFile(utf8(header), 'x.csv')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('validateRows', () => {
  const rows = (...values: Record<string, string>[]) => values.map((v, i) => ({ row: i + 2, values: v }));

  it('applies the single form’s rules per row, with a reason per field', () => {
    const { valid, failed } = validateRows(
      rows(
        { name: 'Goed', phone: '06 12345678', language: 'Dari', neighbourhood: 'Meerzicht' },
        { name: '', phone: '06 1234', language: 'Klingon', neighbourhood: 'Atlantis' },
        { name: 'Anders', phone: '0612345670', language: 'een andere taal', neighbourhood: 'anders', note: 'n'.repeat(1001) },
      ),
      { wijken: WIJKEN },
    );
    expect(valid).toEqual([{ row: 2, name: 'Goed', phone: '+31612345678', language: 'prs', neighbourhood: 'meerzicht', note: null }]);
    expect(failed).toEqual([
      {
        row: 3,
        values: { name: '', phone: '06 1234', language: 'Klingon', neighbourhood: 'Atlantis' },
        errors: { name: 'required', phone: 'phoneInvalid', language: 'unknownLanguage', neighbourhood: 'invalidChoice' },
        errorValues: { unknownLanguage: { value: 'Klingon', accepted: expect.stringContaining('Arabisch, Turks, Berbers, Dari') } },
      },
      expect.objectContaining({ row: 4, errors: { note: 'tooLong' } }),
    ]);
  });

  it('names a language it does not know and lists the ones it does; an empty cell is "fill this in", not "choose an option"', () => {
    const { failed } = validateRows(
      rows(
        { name: 'Een', phone: '06 12345678', language: 'Swahili', neighbourhood: 'meerzicht' },
        { name: 'Twee', phone: '06 12345679', language: '', neighbourhood: '' },
      ),
      { wijken: WIJKEN },
    );
    expect(failed[0]!.errors).toEqual({ language: 'unknownLanguage' });
    const values = failed[0]!.errorValues!.unknownLanguage!;
    expect(values.value).toBe('Swahili');
    expect(String(values.accepted)).toMatch(/^Nederlands, Arabisch, .*Frans, Engels, anders$/);
    const text = String(nlErrors.unknownLanguage).replace('{value}', String(values.value)).replace('{accepted}', String(values.accepted));
    expect(text).toContain('We kennen de taal ‘Swahili’ niet.');
    expect(text).toContain('Deze talen kennen we: Nederlands, Arabisch');
    expect(failed[1]!.errors).toEqual({ language: 'required', neighbourhood: 'required' });
  });

  it('a number twice in the file: the first row is valid, the later one is an error naming the first', () => {
    const { valid, failed } = validateRows(
      rows(
        { name: 'Een', phone: '06-12345678', language: 'nl', neighbourhood: 'meerzicht' },
        { name: 'Twee', phone: '+31 6 1234 5678', language: 'nl', neighbourhood: 'meerzicht' },
      ),
      { wijken: WIJKEN },
    );
    expect(valid.map((v) => v.name)).toEqual(['Een']);
    expect(failed).toEqual([expect.objectContaining({ row: 3, errors: { phone: 'associationImport.errors.duplicateInFile' }, errorValues: { 'associationImport.errors.duplicateInFile': { row: '2' } } })]);
  });

  it('a consent column saying "nee" refuses that row', () => {
    const { valid, failed } = validateRows(
      rows(
        { name: 'Ja', phone: '0612345678', language: 'nl', neighbourhood: 'meerzicht', consent: 'ja' },
        { name: 'Nee', phone: '0612345679', language: 'nl', neighbourhood: 'meerzicht', consent: 'Nee' },
      ),
      { wijken: WIJKEN },
    );
    expect(valid.map((v) => v.name)).toEqual(['Ja']);
    expect(failed[0]!.errors).toEqual({ consent: 'associationImport.errors.consentRefused' });
  });

  it('maps language names (Dutch and English) and wijk names to codes', () => {
    expect(['Dari', 'dari', 'prs', 'Berbers', 'Tamazight', 'Turkish', 'Turks', 'Oekraïens', 'oekraiens'].map(languageCode)).toEqual([
      'prs', 'prs', 'prs', 'ber', 'ber', 'tr', 'tr', 'uk', 'uk',
    ]);
    expect(neighbourhoodCode('MEERZICHT', WIJKEN)).toBe('meerzicht');
    expect(neighbourhoodCode('Buiten Zoetermeer', WIJKEN)).toBe('other');
    expect(neighbourhoodCode('Atlantis', WIJKEN)).toBe('Atlantis');
  });
});
