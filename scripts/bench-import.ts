// Association file import: a 5,000-row CSV (the upper limit) generated in memory, measured as
// preview (parse + validate + duplicate check + storing the batch) and confirm (the import in one
// transaction), on in-memory PGlite and — with BENCH_DATABASE_URL or TEST_DATABASE_URL — on a
// fresh database on the Postgres server. `npx tsx --conditions=react-server scripts/bench-import.ts` runs it alone.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { DbHandle } from '../db/client';
import { associations, users } from '../db/schema';
import { memoryTestDb, serverTestDb } from '../db/testing';
import { parseImportFile } from '../lib/imports/parse';
import { validateRows } from '../lib/imports/validate';
import { confirmImport, previewImport } from '../lib/imports/mutations';
import { MAX_ROWS } from '../lib/imports/schema';
import { ZOETERMEER_WIJKEN } from '../lib/neighbourhoods/data';

const ms = (t: number) => `${t.toFixed(0)} ms`;
const LANGS = ['Dari', 'Pasjtoe', 'Turks', 'Arabisch', 'prs', 'tr', 'Farsi', 'Nederlands'];

/** Semicolon CSV as Dutch Excel writes it, with a BOM, `rows` distinct valid numbers. */
export function generateCsv(rows = MAX_ROWS): Uint8Array {
  const lines = ['\uFEFFNaam;Telefoonnummer;Taal;Wijk;Notitie'];
  for (let i = 0; i < rows; i++) {
    const wijk = ZOETERMEER_WIJKEN[i % ZOETERMEER_WIJKEN.length]!.name;
    lines.push(`Deelnemer ${i + 1};06 ${String(20000000 + i * 7).slice(-8)};${LANGS[i % LANGS.length]};${wijk};"Belt liever na 19 uur; via de vereniging"`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function seedAssociation(h: DbHandle) {
  const [a] = await h.db.insert(associations).values({ name: 'Bench', community: 'bench' }).returning({ id: associations.id });
  const [u] = await h.db
    .insert(users)
    .values({ email: `bench-${Date.now()}@t.nl`, name: 'Bench', passwordHash: 'x', role: 'association', associationId: a!.id })
    .returning({ id: users.id });
  return { id: u!.id, associationId: a!.id };
}

export async function benchImport(record: (name: string, value: string) => void): Promise<void> {
  const bytes = generateCsv();
  record('import: file', `${MAX_ROWS} rows, ${(bytes.byteLength / 1024).toFixed(0)} KiB CSV`);

  // Pure part: parse + validate, no database.
  let t0 = performance.now();
  const parsed = await parseImportFile(bytes, 'bench.csv');
  const t1 = performance.now();
  if (!parsed.ok) throw new Error(`bench file not readable: ${parsed.error}`);
  const { valid } = validateRows(parsed.rows, { wijken: ZOETERMEER_WIJKEN });
  const t2 = performance.now();
  if (valid.length !== MAX_ROWS) throw new Error(`expected ${MAX_ROWS} valid rows, got ${valid.length}`);
  record('import: parse (CSV → rows)', ms(t1 - t0));
  record('import: validate (rows → contacts)', ms(t2 - t1));

  const drivers: [string, () => Promise<DbHandle>][] = [['PGlite (memory)', memoryTestDb]];
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) drivers.push(['Postgres server', () => serverTestDb(url)]);

  for (const [label, open] of drivers) {
    const h = await open();
    try {
      const user = await seedAssociation(h);
      t0 = performance.now();
      const preview = await previewImport(h.db, user, { name: 'bench.csv', bytes });
      const tPreview = performance.now() - t0;
      t0 = performance.now();
      const { imported } = await confirmImport(h.db, user, preview.batchId);
      const tConfirm = performance.now() - t0;
      if (imported !== MAX_ROWS) throw new Error(`imported ${imported}, expected ${MAX_ROWS}`);
      record(`import: preview ${MAX_ROWS} rows, ${label}`, ms(tPreview));
      record(`import: confirm ${MAX_ROWS} rows, ${label}`, ms(tConfirm));
    } finally {
      await h.close();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchImport((name, value) => console.log(`${name}: ${value}`)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
