// The baseline of the public page's JavaScript: a bare Next.js app of the version this project
// uses, one page with one server-action form (a client component with useActionState, as the
// sign-up form), built for production in a temporary folder of its own (its node_modules a link
// to this project's; Turbopack's root is the file system's, so the link stays inside it) and
// served with `next start`. scripts/bench.ts measures its scripts the
// same way as the public page's.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-next', private: true, type: 'module' }),
  'next.config.mjs': `export default { turbopack: { root: '/' } };\n`,
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
  'app/page.tsx': `import { Form } from './form';
export const dynamic = 'force-dynamic';
export default function Page() {
  return <main><h1>Aanmelden</h1><Form /></main>;
}
`,
};

/** Builds the bare app and starts it on `port`; returns its origin and a stop function. */
export async function startBareNext(port: number): Promise<{ origin: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-bare-next-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const built = spawnSync('node', [nextBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (built.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('the bare Next app did not build');
  }
  const child = spawn('node', [nextBin, 'start', '-p', String(port)], { cwd: dir, stdio: 'ignore', detached: true, env });
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
