// Goals 4 and 5 of issue 18 as bench figures: the browser tests that start their own Postgres
// cluster (e2e/scale/two-instances.spec.ts: two app instances behind a proxy on one database;
// e2e/scale/database-restart.spec.ts: the database restarted during a stream of sign-ups), run with
// Playwright against the built app, each test's outcome and the figures it reports (its
// annotations of type "figure") printed. `npm run bench -- scale`; BENCH_E2E_PORT picks the port
// the browser tests' own server uses (default 3310; the scale specs use the next seven).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, type RecordFn } from './bench-http';

export const SCALE_SPECS = ['e2e/scale/two-instances.spec.ts', 'e2e/scale/database-restart.spec.ts'];

interface Annotation {
  type: string;
  description?: string;
}
interface ReportTest {
  annotations?: Annotation[];
  results: { status: string; duration: number; annotations?: Annotation[] }[];
}
interface ReportSpec {
  title: string;
  file: string;
  tests: ReportTest[];
}
interface ReportSuite {
  specs?: ReportSpec[];
  suites?: ReportSuite[];
}

/** Every test of a Playwright JSON report: its file, title, last result and figures. */
export function scaleOutcomes(report: { suites?: ReportSuite[] }): { file: string; title: string; status: string; seconds: number; figures: string[] }[] {
  const out: { file: string; title: string; status: string; seconds: number; figures: string[] }[] = [];
  const walk = (suite: ReportSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const last = t.results[t.results.length - 1];
        const notes = [...(t.annotations ?? []), ...(last?.annotations ?? [])];
        const figures = [...new Set(notes.filter((a) => a.type === 'figure' && a.description).map((a) => a.description!))];
        out.push({ file: path.basename(spec.file), title: spec.title, status: last?.status ?? 'not run', seconds: (last?.duration ?? 0) / 1000, figures });
      }
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of report.suites ?? []) walk(s);
  return out;
}

export async function benchScale(record: RecordFn): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-bench-scale-'));
  const file = path.join(dir, 'report.json');
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      E2E_PORT: process.env.BENCH_E2E_PORT ?? '3310',
      CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
    };
    // The browser tests' main server on an embedded database of its own (the scale specs start
    // their own clusters): never the e2e database another run may be using on the shared server.
    delete env.TEST_DATABASE_URL;
    const t0 = performance.now();
    const r = spawnSync('npx', ['playwright', 'test', ...SCALE_SPECS, '--reporter=json'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(file)) {
      record('scale: two instances and a database restart (e2e/scale)', `failed: Playwright wrote no report (exit ${r.status})`);
      return;
    }
    const tests = scaleOutcomes(JSON.parse(readFileSync(file, 'utf8')));
    for (const t of tests) {
      record(`scale: ${t.file} › ${t.title}`, `${t.status} (${t.seconds.toFixed(1)} s)`);
      for (const f of t.figures) {
        const at = f.lastIndexOf(': ');
        record(`scale: ${at > 0 ? f.slice(0, at) : f}`, at > 0 ? f.slice(at + 2) : t.status);
      }
    }
    const passed = tests.filter((t) => t.status === 'passed').length;
    record(
      'scale: goals 4 (two instances) and 5 (database restart), tests passed',
      `${passed} of ${tests.length} in ${((performance.now() - t0) / 1000).toFixed(0)} s${passed === tests.length && tests.length > 0 ? '' : ' — NOT all passed'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchScale((name, value) => console.log(`${name}: ${value}`));
}
