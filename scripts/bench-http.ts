// Helpers for the benchmarks that go through HTTP: a database of their own on the Postgres
// server, the built app started as `npm start` starts it, its memory, and plain form posts the way
// a browser without JavaScript sends them (the form's hidden $ACTION_ fields read from the page).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { TOTP } from 'otpauth';
import postgres from 'postgres';
import { createDb, type DbHandle } from '../db/client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../lib/demo/data';

export type RecordFn = (name: string, value: string) => void;

export const benchUrl = () => process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';

/** A new, migrated database `<prefix>_<random>` on the server of `baseUrl`; `drop()` removes it. */
export async function benchDatabase(baseUrl: string, prefix: string): Promise<{ url: string; handle: DbHandle; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = createDb({ url });
  await handle.migrate();
  return {
    url,
    handle,
    async drop() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** `next build` unless a production build is already there (BENCH_REBUILD=1 forces one). */
export function ensureBuilt(): void {
  if (existsSync('.next/BUILD_ID') && process.env.BENCH_REBUILD !== '1') return;
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('next build failed');
}

export interface RunningApp {
  origin: string;
  /** Resident set size of the server's process tree, in bytes. */
  rss: () => number;
  stop: () => void;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The built app as `npm start` runs it (scripts/start.mjs → scripts/serve.mjs, NODE_ENV=production)
 * on `databaseUrl`, answering on `port`. `rss()` sums the server's processes (not the npm-like
 * launcher, which only waits for it).
 */
export async function startApp(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<RunningApp> {
  const origin = `http://localhost:${port}`;
  const child = spawn('node', ['scripts/start.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      PUBLIC_URL: origin,
      AUTH_SECRET: randomBytes(32).toString('base64'),
      IP_HASH_KEY: randomBytes(32).toString('base64'),
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const end = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end || child.exitCode !== null) {
      stop();
      throw new Error(`the app did not start on ${origin}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const tree = (pid: number): number[] => [pid, ...childrenOf(pid).flatMap(tree)];
  return { origin, stop, rss: () => childrenOf(child.pid!).flatMap(tree).reduce((sum, p) => sum + rssOf(p), 0) };
}

/** Samples `rss()` every 100 ms until stopped; `peak` is the largest sample. */
export function sampleRss(rss: () => number): { stop: () => { peak: number } } {
  let peak = rss();
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 100);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, rss());
      return { peak };
    },
  };
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden inputs of the first form in the page (a server action's form carries its $ACTION_ fields there). */
export function hiddenFields(html: string, formIndex = 0): Record<string, string> {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)][formIndex]?.[0];
  if (!form) throw new Error('no form in the page');
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) out[decode(name)] = decode(/value="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return out;
}

export interface PlainForm {
  /** The form's `action` (a path; the page's own address when there is none). */
  action: string;
  method: string;
  enctype: string;
  /** What the browser sends untouched: hidden fields, text fields' values, ticked boxes and radios, selected options. */
  fields: Record<string, string>;
}

/**
 * The first form of a page as a browser without JavaScript submits it: its action, method and
 * encoding, and the value of every control as the page sets it (to be overridden with what a person types).
 */
export function plainForm(html: string, pagePath: string, formIndex = 0): PlainForm {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)][formIndex]?.[0];
  if (!form) throw new Error('no form in the page');
  const open = /<form\b[^>]*>/.exec(form)![0];
  const attr = (tag: string, name: string) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return m ? decode(m[1]!) : undefined;
  };
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || ['submit', 'button', 'file', 'image', 'reset'].includes(type)) continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked(=|\s|>|\/)/.test(tag)) continue;
    fields[name] = attr(tag, 'value') ?? (type === 'checkbox' || type === 'radio' ? 'on' : '');
  }
  for (const [, open2, body] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(open2!, 'name');
    if (!name) continue;
    const options = [...body!.matchAll(/<option\b([^>]*)>/g)].map((o) => o[1]!);
    const chosen = options.find((o) => /\sselected(=|\s|$)/.test(o)) ?? options[0];
    fields[name] = chosen ? (attr(chosen, 'value') ?? '') : '';
  }
  for (const [, open2, body] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(open2!, 'name');
    if (name) fields[name] = decode(body!);
  }
  return {
    action: attr(open, 'action') || pagePath,
    method: (attr(open, 'method') ?? 'get').toLowerCase(),
    enctype: attr(open, 'enctype') ?? 'application/x-www-form-urlencoded',
    fields,
  };
}

/**
 * `form` submitted by a browser without JavaScript on the page at `origin`, with `typed` over the
 * page's own values: URL-encoded or multipart as the form says, with the headers a browser adds to
 * a same-origin post (Origin, Sec-Fetch-Site); redirects are not followed.
 */
export function submitPlainForm(origin: string, form: PlainForm, typed: Record<string, string>): Promise<Response> {
  if (form.method !== 'post') throw new Error(`the form is sent with ${form.method}, not post`);
  const fields = { ...form.fields, ...typed };
  const url = new URL(form.action, origin).toString();
  const headers = { origin, 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
  if (form.enctype === 'multipart/form-data') return postForm(url, fields);
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual', headers });
}

/** A multipart form post as a browser without JavaScript sends it (a Blob is a file field); redirects are not followed. */
export function postForm(url: string, fields: Record<string, string | Blob>, cookie = ''): Promise<Response> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) if (typeof v === 'string') body.append(k, v);
  else body.append(k, v, 'bench.csv');
  return fetch(url, { method: 'POST', body, redirect: 'manual', headers: { origin: new URL(url).origin, ...(cookie ? { cookie } : {}) } });
}

/** The cookies a response sets, as a Cookie header (merged over `jar`). */
export function cookiesFrom(res: Response, jar = ''): string {
  const map = new Map(jar ? jar.split('; ').map((c) => c.split('=', 2) as [string, string]) : []);
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    map.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return [...map].filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`).join('; ');
}

/** Runs `worker` on `concurrency` loops for `ms`; returns how many calls completed and the errors. */
export async function load(concurrency: number, ms: number, worker: (i: number) => Promise<boolean>): Promise<{ done: number; failed: number; seconds: number }> {
  let done = 0;
  let failed = 0;
  let n = 0;
  const t0 = performance.now();
  const end = t0 + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        if (await worker(n++)) done++;
        else failed++;
      }
    }),
  );
  return { done, failed, seconds: (performance.now() - t0) / 1000 };
}

/** The hidden fields of the form that has a field `name` (the page may have other forms). */
export function formWith(html: string, name: string): Record<string, string> {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(`name="${name}"`));
  if (!form) throw new Error(`no form with a field ${name}`);
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const n = /name="([^"]*)"/.exec(m[0])?.[1];
    if (n) out[n.replace(/&quot;/g, '"').replace(/&amp;/g, '&')] = (/value="([^"]*)"/.exec(m[0])?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return out;
}

/** Signs in with the demo password and (staff) authenticator code; returns the session's Cookie header. */
export async function signIn(origin: string, email: string): Promise<string> {
  let jar = '';
  const page = await fetch(`${origin}/login`);
  jar = cookiesFrom(page, jar);
  const first = await postForm(`${origin}/login`, { ...formWith(await page.text(), 'password'), email, password: DEMO_PASSWORD }, jar);
  jar = cookiesFrom(first, jar);
  if (first.status !== 303) throw new Error(`sign-in: password step answered ${first.status}`);
  if (!first.headers.get('location')?.startsWith('/login/code')) return jar; // no second factor for this role
  const codePage = await fetch(`${origin}/login/code`, { headers: { cookie: jar } });
  const code = new TOTP({ secret: DEMO_TOTP_SECRET, digits: 6, period: 30, algorithm: 'SHA1' }).generate();
  const second = await postForm(`${origin}/login/code`, { ...formWith(await codePage.text(), 'code'), code }, jar);
  jar = cookiesFrom(second, jar);
  if (!/authjs\.session-token=/.test(jar)) throw new Error(`sign-in: code step answered ${second.status} without a session`);
  return jar;
}
