// Lighthouse (12.8, a dev dependency) on a page of the running app: the mobile default config
// (a mid-range phone, simulated slow 4G and CPU), categories performance and accessibility, in the
// Chromium of CHROMIUM_PATH (else /usr/bin/chromium), headless. Through its CLI, whose JSON report
// is read here; what keeps a score under 100 is printed with it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_FLAGS } from './e2e-env.mjs';

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS].join(' ');

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: { type?: string; items?: Record<string, unknown>[] };
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
}

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** audits that cost points (weight > 0, score < 1), per category */
  shortfalls: string[];
  /** where the time goes: FCP, speed index, LCP's phases, the main thread's long tasks */
  diagnostics: string[];
}

const ms = (n: unknown) => `${Math.round(Number(n))} ms`;

/** FCP, speed index, the LCP element's phases and the long tasks (Lighthouse's own diagnostics, simulated). */
function diagnosticsOf(audits: Record<string, Audit>): string[] {
  const out = [`FCP ${audits['first-contentful-paint']?.displayValue ?? '?'}, speed index ${audits['speed-index']?.displayValue ?? '?'}`];
  // The LCP element audit holds two tables: the element, then its phases (TTFB, load delay, load time, render delay).
  const lcp = audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = (lcp[0] as { items?: { node?: { snippet?: string } }[] } | undefined)?.items?.[0]?.node?.snippet;
  const phases = (lcp[1] as { items?: { phase?: string; timing?: number }[] } | undefined)?.items ?? [];
  if (node) out.push(`LCP element ${node.slice(0, 80)}: ${phases.map((p) => `${p.phase} ${ms(p.timing)}`).join(', ')}`);
  const tasks = audits['long-tasks']?.details?.items ?? [];
  if (tasks.length) out.push(`long tasks: ${tasks.map((t) => `${String(t.url).replace(/^https?:\/\/[^/]+/, '')} ${ms(t.duration)} at ${ms(t.startTime)}`).join('; ')}`);
  return out;
}

/** Runs Lighthouse once on `url` (mobile, performance + accessibility). */
export function runLighthouse(url: string): LighthouseResult {
  const bin = path.resolve('node_modules/.bin/lighthouse');
  const r = spawnSync(
    bin,
    [
      url,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROME_FLAGS}`,
      // A Dutch browser: the page itself, not the proxy's redirect to the browser's language (Chromium says en-US).
      '--extra-headers={"Accept-Language":"nl"}',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`lighthouse failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const report = JSON.parse(r.stdout) as Report;
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const shortfalls: string[] = [];
  for (const [name, category] of Object.entries(report.categories)) {
    for (const ref of category.auditRefs) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) shortfalls.push(`${name}: ${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
    }
  }
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    shortfalls,
    diagnostics: diagnosticsOf(report.audits),
  };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  // `npx tsx scripts/bench-lighthouse.ts URL…`: the same run by hand, for any page.
  for (const url of process.argv.slice(2)) console.log(url, runLighthouse(url));
}
