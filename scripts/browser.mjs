// Which Chromium the browser tests run in (used by `npm test`). Never downloads a browser: it uses
// one that is there, installs Debian's `chromium` with apt-get when it may (Debian or Ubuntu, as
// root), and otherwise says what it looked for and the one command that fixes it.
// Everything it touches (files, environment, platform, user id) is passed in, so it is unit-tested
// (scripts/browser.test.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where Playwright keeps the browsers it installed, per platform (PLAYWRIGHT_BROWSERS_PATH wins). */
export function playwrightCache({ env, platform, home }) {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32') return path.win32.join(env.USERPROFILE || home, 'AppData', 'Local', 'ms-playwright');
  return path.posix.join(home, '.cache', 'ms-playwright');
}

/** The executable inside one chrome-* folder of a Playwright chromium-<revision> folder. */
function executablesIn(dir, sub, platform) {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  if (platform === 'win32') return [join(dir, sub, 'chrome.exe')];
  if (platform === 'darwin') {
    return [
      join(dir, sub, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      join(dir, sub, 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
    ];
  }
  return [join(dir, sub, 'chrome')];
}

/** Chromium executables Playwright already installed in the cache, newest revision first. */
export function cachedPlaywrightBrowsers({ fs: fsx, env, platform, home }) {
  const cache = playwrightCache({ env, platform, home });
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const list = (dir) => {
    try {
      return fsx.readdirSync(dir).map(String);
    } catch {
      return [];
    }
  };
  const revision = (name) => Number(name.slice('chromium-'.length)) || 0;
  const found = [];
  for (const name of list(cache).filter((n) => /^chromium-\d+$/.test(n)).sort((a, b) => revision(b) - revision(a))) {
    const dir = join(cache, name);
    for (const sub of list(dir).filter((n) => n.startsWith('chrome-')).sort()) {
      for (const exe of executablesIn(dir, sub, platform)) if (fsx.existsSync(exe)) found.push(exe);
    }
  }
  return { cache, found };
}

/** ID and ID_LIKE of /etc/os-release, lower case ('' when there is none). */
export function osRelease(fsx) {
  let text = '';
  try {
    text = String(fsx.readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return { id: '', idLike: [] };
  }
  const field = (key) => (text.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1] ?? '').replace(/^["']|["']$/g, '').trim().toLowerCase();
  return { id: field('ID'), idLike: field('ID_LIKE').split(/\s+/).filter(Boolean) };
}

const APT_GET = ['/usr/bin/apt-get', '/bin/apt-get'];

/**
 * Decides, without changing anything:
 * - { action: 'use', path, source } — CHROMIUM_PATH, then the system paths, then Playwright's cache;
 * - { action: 'install', command } — none found, Debian/Ubuntu with apt-get, running as root;
 * - { action: 'stop', message } — none found and it may not install: what it looked for and the fix.
 */
export function planBrowser({ fs: fsx = fs, env = process.env, platform = process.platform, uid = process.getuid?.(), home = os.homedir() } = {}) {
  if (env.CHROMIUM_PATH) {
    if (fsx.existsSync(env.CHROMIUM_PATH)) return { action: 'use', path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    return {
      action: 'stop',
      message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there.\nFix it with: unset CHROMIUM_PATH (to let npm test look for a browser itself), or point it at a Chromium or Chrome executable.`,
    };
  }
  for (const p of SYSTEM_BROWSERS) if (fsx.existsSync(p)) return { action: 'use', path: p, source: 'system' };
  const { cache, found } = cachedPlaywrightBrowsers({ fs: fsx, env, platform, home });
  if (found.length) return { action: 'use', path: found[0], source: 'playwright-cache' };

  const { id, idLike } = platform === 'linux' ? osRelease(fsx) : { id: '', idLike: [] };
  const family = [id, ...idLike];
  const debian = family.includes('debian') || family.includes('ubuntu');
  const fedora = family.includes('fedora') || family.includes('rhel');
  const hasApt = APT_GET.some((p) => fsx.existsSync(p));
  if (platform === 'linux' && debian && hasApt && uid === 0) {
    return { action: 'install', command: 'apt-get update -qq && apt-get install -y -qq chromium' };
  }

  let fix;
  if (platform === 'linux' && debian && hasApt) fix = 'sudo apt-get update && sudo apt-get install -y chromium';
  else if (platform === 'linux' && fedora) fix = 'sudo dnf install -y chromium';
  else if (platform === 'darwin')
    fix = 'brew install --cask chromium && CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium npm test';
  else fix = 'install Chrome or Chromium, then run CHROMIUM_PATH=<path to its executable> npm test';
  const message = [
    'npm test needs a Chromium for the browser tests and found none. It looked for:',
    '  - the CHROMIUM_PATH environment variable (not set)',
    ...SYSTEM_BROWSERS.map((p) => `  - ${p}`),
    `  - a Chromium installed by Playwright in ${cache}`,
    `Fix it with: ${fix}`,
    '(or set CHROMIUM_PATH to a Chromium or Chrome executable; `npm test -- unit` runs only the tests without a browser)',
  ].join('\n');
  return { action: 'stop', message };
}

/**
 * Finds or installs the browser. Returns { path } or { error } (the message to show). `run` runs
 * a shell command with inherited output and returns its exit code.
 */
export function ensureBrowser(deps = {}, { log = console.log, run = defaultRun } = {}) {
  const plan = planBrowser(deps);
  if (plan.action === 'use') return { path: plan.path };
  if (plan.action === 'stop') return { error: plan.message };
  log(`No Chromium found; installing Debian's chromium package (${plan.command}).`);
  if (run(plan.command) !== 0) return { error: `Installing chromium with apt-get failed (see above). Fix it and run again: ${plan.command}` };
  const again = planBrowser(deps);
  if (again.action === 'use') return { path: again.path };
  return { error: `apt-get installed chromium, but no browser was found afterwards.\n${again.message ?? ''}` };
}

function defaultRun(command) {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1;
}
