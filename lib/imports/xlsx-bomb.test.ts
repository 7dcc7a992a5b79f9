import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { row, workbook } from '@/lib/testing/xlsx-fixture';
import { parseImportFile } from './parse';

/**
 * Hostile workbooks, built here byte by byte. Each is parsed in a child process with a small
 * heap (256 MB) and a time limit: before the guard, exceljs builds billions of cells and that
 * process dies of heap exhaustion (or runs out of time) — the test then fails instead of taking
 * the test runner down. After the guard the file is refused with a clear reason, quickly.
 */

/** Deflates `size` bytes of zeros in chunks (never holding them), for an entry that lies about its size. */
async function deflatedZeros(size: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const out: Buffer[] = [];
  const d = createDeflateRaw({ level: 9 });
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((r) => d.on('end', r));
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!d.write(part)) await new Promise((r) => d.once('drain', r));
  }
  d.end();
  await done;
  return { bytes: Buffer.concat(out), size, crc };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * parseImportFile on each file, in ONE child process with a 256 MB heap and a time limit (one
 * child keeps the test fast). Before the guard the child dies on the first hostile file.
 */
function parseAllInChild(files: Record<string, Buffer>): { results: Record<string, unknown>; exitCode: number | null; signal: string | null } {
  const paths: Record<string, string> = {};
  for (const [key, bytes] of Object.entries(files)) {
    paths[key] = path.join(dir, `${key}.xlsx`);
    writeFileSync(paths[key], bytes);
  }
  const script = `
    import { readFileSync } from 'node:fs';
    import { parseImportFile } from ${JSON.stringify(path.resolve(__dirname, 'parse.ts'))};
    const out = {};
    for (const [key, file] of Object.entries(${JSON.stringify(paths)})) {
      const r = await parseImportFile(new Uint8Array(readFileSync(file)), 'contacten.xlsx');
      out[key] = r.ok ? { ok: true, rows: r.rows.length } : r;
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const child = spawnSync(process.execPath, ['--max-old-space-size=256', '--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: path.resolve(__dirname, '../..'),
    timeout: 60_000,
    encoding: 'utf8',
  });
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(child.stdout) as Record<string, unknown>;
  } catch {
    // The child died (heap) or was killed (time): no results, every expectation below fails.
  }
  return { results, exitCode: child.status, signal: child.signal };
}

describe('hostile workbooks are refused before they are loaded, and the process survives', () => {
  let run: ReturnType<typeof parseAllInChild>;

  beforeAll(async () => {
    let xfdRows = row(1, ['naam', 'telefoon', 'taal', 'wijk'], '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c>');
    for (let n = 2; n <= 3000; n++) xfdRows += row(n, [`P${n}`, `06${10000000 + n}`, 'nl', 'meerzicht'], `<c r="XFD${n}" t="inlineStr"><is><t>x</t></is></c>`);
    const merge = workbook({ sheetTail: '<mergeCells count="1"><mergeCell ref="E2:XFD1048576"/></mergeCells>' });
    expect(merge.length).toBeLessThan(6 * 1024);
    const bomb = await deflatedZeros(400 * 1024 * 1024);
    expect(bomb.bytes.length).toBeLessThan(1024 * 1024);
    run = parseAllInChild({
      plain: workbook(),
      merge,
      validation: workbook({
        sheetTail: '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"ja,nee"</formula1></dataValidation></dataValidations>',
      }),
      xfd: workbook({ rows: xfdRows, dimension: 'A1:XFD3000' }),
      lastRow: workbook({ rows: row(1, ['naam', 'telefoon', 'taal', 'wijk']) + row(1048576, ['A', '0612345678', 'nl', 'meerzicht']), dimension: 'A1:D1048576' }),
      bomb: workbook({ extraEntries: [{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(0), deflated: bomb, claimSize: 1024 }] }),
    });
  }, 120_000);

  it('the child process finished normally (no heap exhaustion, no time-out)', () => {
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(0);
  });

  it('a well-formed workbook from this writer is read (the harness itself works)', () => {
    expect(run.results.plain).toEqual({ ok: true, rows: 2 });
  });

  it('one <mergeCell ref="E2:XFD1048576"/> (17 billion cells, under 6 kB) → "sheetTooLarge"', () => {
    expect(run.results.merge).toEqual({ ok: false, error: 'sheetTooLarge' });
  });

  it('a data validation over the whole sheet → "sheetTooLarge"', () => {
    expect(run.results.validation).toEqual({ ok: false, error: 'sheetTooLarge' });
  });

  it('a cell in column XFD on every row → "sheetTooLarge"', () => {
    expect(run.results.xfd).toEqual({ ok: false, error: 'sheetTooLarge' });
  });

  it('a cell on row 1,048,576 → "tooManyRows", without building the rows in between', () => {
    expect(run.results.lastRow).toEqual({ ok: false, error: 'tooManyRows' });
  });

  it('a zip entry that claims 1 kB but inflates to 400 MB → "archiveTooLarge"', () => {
    expect(run.results.bomb).toEqual({ ok: false, error: 'archiveTooLarge' });
  });

  it('a zip whose entries declare more than 50 MB together → "archiveTooLarge" (nothing inflated)', async () => {
    const started = Date.now();
    const bytes = workbook({ extraEntries: [{ name: 'xl/media/big.bin', data: Buffer.from('x'), claimSize: 300 * 1024 * 1024 }] });
    expect(await parseImportFile(new Uint8Array(bytes), 'x.xlsx')).toEqual({ ok: false, error: 'archiveTooLarge' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a zip with thousands of entries → "archiveTooLarge"', async () => {
    const extra = Array.from({ length: 1000 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('<a/>') }));
    expect(await parseImportFile(new Uint8Array(workbook({ extraEntries: extra })), 'x.xlsx')).toEqual({ ok: false, error: 'archiveTooLarge' });
  });

  it('a "select all" selection and column widths to XFD (as Excel saves them) are fine', async () => {
    const bytes = workbook({
      sheetHead:
        '<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1:XFD1048576"/></sheetView></sheetViews>' +
        '<cols><col min="5" max="16384" width="9" hidden="1"/></cols>',
    });
    const r = await parseImportFile(new Uint8Array(bytes), 'x.xlsx');
    expect(r.ok && r.rows.length).toBe(2);
  });

  it('merged ranges inside the limits that together cover more than 200,000 cells → "sheetTooLarge"', async () => {
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="E${i * 300 + 10}:CV${i * 300 + 109}"/>`).join('');
    const bytes = workbook({ sheetTail: `<mergeCells count="30">${merges}</mergeCells>` });
    expect(await parseImportFile(new Uint8Array(bytes), 'x.xlsx')).toEqual({ ok: false, error: 'sheetTooLarge' });
  });

  it('a used area (dimension) up to column CV and row 5,001 alone is fine', async () => {
    const r = await parseImportFile(new Uint8Array(workbook({ dimension: 'A1:CV5001' })), 'x.xlsx');
    expect(r.ok && r.rows.length).toBe(2);
  });
});
