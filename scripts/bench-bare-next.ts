// The baseline of the public page's JavaScript: a bare Next.js app of the version this project
// uses, one page with one server-action form (a client component with useActionState, as the
// sign-up form), built for production in a temporary folder of its own (its node_modules a link
// to this project's; Turbopack's root is the file system's, so the link stays inside it) and
// served with `next start`. scripts/bench.ts measures its scripts the
// same way as the public page's. It also has the sign-up benchmark's bare route handler
// (app/aanmelden/route.ts): the same form post and the same one INSERT as the bare node:http server
// (scripts/bench-raw-server.mjs), through Next's own request handling — what the framework itself
// costs per post (scripts/bench-signup.ts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next', private: true, type: 'module' }),
  'next.config.mjs': `export default { turbopack: { root: '/' }, serverExternalPackages: ['postgres'] };\n`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['dom', 'esnext'], jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', strict: true, skipLibCheck: true, noEmit: true, allowJs: true, isolatedModules: true, esModuleInterop: true, incremental: false, plugins: [{ name: 'next' }] },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }),
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="nl"><body>{children}</body></html>;
}
`,
  'app/actions.ts': `'use server';
export async function signUp(_prev: { done: boolean }, form: FormData) {
  return { done: String(form.get('name') ?? '') !== '' };
}
`,
  'app/form.tsx': `'use client';
import { useActionState } from 'react';
import { signUp } from './actions';
export function Form() {
  const [state, action, pending] = useActionState(signUp, { done: false });
  if (state.done) return <p role="status">Bedankt</p>;
  return (
    <form action={action}>
      <label htmlFor="name">Naam</label>
      <input id="name" name="name" />
      <button type="submit" disabled={pending}>Versturen</button>
    </form>
  );
}
`,
  'app/aanmelden/route.ts': `import postgres from 'postgres';
export const dynamic = 'force-dynamic';
const url = process.env.BARE_DATABASE_URL;
const db = url ? postgres(url, { max: Number(process.env.BARE_POOL ?? 10), onnotice: () => {} }) : null;
export async function POST(req: Request) {
  if (!db) return new Response('no database', { status: 503 });
  const form = await req.formData();
  const f = (k: string) => String(form.get(k) ?? '');
  await db\`
    INSERT INTO leads (name, phone, preferred_language, neighbourhood_id, for_whom, source, channel, consent_at, consent_version)
    VALUES (\${f('name')}, \${'+31' + f('phone').replace(/\\D/g, '').slice(1)}, \${f('language')},
            (SELECT id FROM neighbourhoods WHERE code = \${f('neighbourhood')}), \${f('forWhom')}, 'public', 'public', now(), 'bench')\`;
  return new Response(null, { status: 303, headers: { location: '/bedankt' } });
}
`,
  'app/page.tsx': `import { Form } from './form';
export const dynamic = 'force-dynamic';
export default function Page() {
  return <main><h1>Aanmelden</h1><Form /></main>;
}
`,
};

/** Builds the bare app and starts it on `port`; returns its origin and a stop function. */
export async function startBareNext(port: number, env: Record<string, string> = {}): Promise<{ origin: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-bare-next-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  const extra = env;
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const built = spawnSync('node', [nextBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv });
  if (built.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('the bare Next app did not build');
  }
  const child = spawn('node', [nextBin, 'start', '-p', String(port)], { cwd: dir, stdio: 'ignore', detached: true, env: { ...buildEnv, ...extra } });
  const origin = `http://localhost:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) {
      stop();
      throw new Error('the bare Next app did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
