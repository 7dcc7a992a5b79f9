import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { ensureBrowser, planBrowser } from './browser.mjs';

type Plan = { action: 'use'; path: string; source: string } | { action: 'install'; command: string } | { action: 'stop'; message: string };

/** A fake file system: the files that exist, and directory listings derived from them. */
function fakeFs(files: Record<string, string>) {
  const paths = Object.keys(files);
  return {
    existsSync: (p: string) => p in files,
    readFileSync: (p: string) => {
      if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[p];
    },
    readdirSync: (dir: string) => {
      const sep = dir.includes('\\') ? '\\' : '/';
      const prefix = dir.endsWith(sep) ? dir : dir + sep;
      const names = new Set(paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split(sep)[0]));
      if (!names.size) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return [...names];
    },
  };
}

const DEBIAN = { '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n', '/usr/bin/apt-get': '' };
const UBUNTU = { '/etc/os-release': 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n', '/usr/bin/apt-get': '' };
const FEDORA = { '/etc/os-release': 'NAME="Fedora Linux"\nID=fedora\n' };
const LINUX_CACHE = '/home/ann/.cache/ms-playwright';

function plan(files: Record<string, string>, opts: { env?: Record<string, string>; platform?: string; uid?: number; home?: string } = {}): Plan {
  return planBrowser({ fs: fakeFs(files), env: opts.env ?? {}, platform: opts.platform ?? 'linux', uid: opts.uid ?? 1000, home: opts.home ?? '/home/ann' });
}

describe('planBrowser: where it looks, in order', () => {
  const everything = {
    ...DEBIAN,
    '/opt/my/chrome': '',
    '/usr/bin/chromium': '',
    '/usr/bin/chromium-browser': '',
    '/usr/bin/google-chrome': '',
    [`${LINUX_CACHE}/chromium-1200/chrome-linux/chrome`]: '',
  };

  it('CHROMIUM_PATH first', () => {
    expect(plan(everything, { env: { CHROMIUM_PATH: '/opt/my/chrome' } })).toMatchObject({ action: 'use', path: '/opt/my/chrome' });
  });

  it('a CHROMIUM_PATH that does not exist stops with a message instead of silently using another browser', () => {
    const p = plan(everything, { env: { CHROMIUM_PATH: '/nope/chrome' } });
    expect(p.action).toBe('stop');
    expect(p.action === 'stop' && p.message).toContain('/nope/chrome');
  });

  it('then /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome', () => {
    expect(plan(everything)).toMatchObject({ action: 'use', path: '/usr/bin/chromium' });
    const { ['/usr/bin/chromium']: _a, ...noChromium } = everything;
    expect(plan(noChromium)).toMatchObject({ action: 'use', path: '/usr/bin/chromium-browser' });
    const { ['/usr/bin/chromium-browser']: _b, ...onlyChrome } = noChromium;
    expect(plan(onlyChrome)).toMatchObject({ action: 'use', path: '/usr/bin/google-chrome' });
  });

  it("then a browser Playwright already installed in the user's cache (newest revision), on Linux, macOS and Windows", () => {
    expect(
      plan({
        ...DEBIAN,
        [`${LINUX_CACHE}/chromium-1100/chrome-linux/chrome`]: '',
        [`${LINUX_CACHE}/chromium-1200/chrome-linux64/chrome`]: '',
        [`${LINUX_CACHE}/chromium-1300/chrome-linux/`]: '', // a broken download: no executable
        [`${LINUX_CACHE}/ffmpeg-1011/ffmpeg-linux`]: '',
      }),
    ).toMatchObject({ action: 'use', path: `${LINUX_CACHE}/chromium-1200/chrome-linux64/chrome`, source: 'playwright-cache' });

    const mac = '/Users/ann/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(plan({ [mac]: '' }, { platform: 'darwin', home: '/Users/ann' })).toMatchObject({ action: 'use', path: mac });

    const win = 'C:\\Users\\ann\\AppData\\Local\\ms-playwright\\chromium-1200\\chrome-win64\\chrome.exe';
    expect(plan({ [win]: '' }, { platform: 'win32', home: 'C:\\Users\\ann', env: { USERPROFILE: 'C:\\Users\\ann' } })).toMatchObject({
      action: 'use',
      path: win,
    });
  });
});

describe('planBrowser: nothing found', () => {
  it('installs chromium only on Debian or Ubuntu, with apt-get, as root', () => {
    expect(plan(DEBIAN, { uid: 0 })).toMatchObject({ action: 'install', command: expect.stringMatching(/apt-get update.*&& apt-get install -y.* chromium$/) });
    expect(plan(UBUNTU, { uid: 0 })).toMatchObject({ action: 'install' });
    // Debian without apt-get, Fedora as root, macOS: no install
    expect(plan({ '/etc/os-release': 'ID=debian\n' }, { uid: 0 }).action).toBe('stop');
    expect(plan(FEDORA, { uid: 0 }).action).toBe('stop');
  });

  it('as a normal user on Debian: stops, says what it looked for and the sudo apt-get command', () => {
    const p = plan(DEBIAN, { uid: 1000 });
    expect(p.action).toBe('stop');
    const message = p.action === 'stop' ? p.message : '';
    for (const where of ['CHROMIUM_PATH', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', LINUX_CACHE]) {
      expect(message).toContain(where);
    }
    expect(message).toContain('Fix it with: sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('on Fedora: the dnf command', () => {
    const p = plan(FEDORA);
    expect(p.action === 'stop' && p.message).toContain('Fix it with: sudo dnf install -y chromium');
  });

  it('on macOS: looks in ~/Library/Caches/ms-playwright and names a system Chromium to install, never a browser download', () => {
    const p = plan({}, { platform: 'darwin', home: '/Users/ann', uid: 0 });
    expect(p.action).toBe('stop');
    const message = p.action === 'stop' ? p.message : '';
    expect(message).toContain('/Users/ann/Library/Caches/ms-playwright');
    expect(message).toContain('Fix it with: brew install --cask chromium && CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium npm test');
  });
});

describe('ensureBrowser', () => {
  it('runs the apt-get install once with one line saying so, then uses the installed chromium', () => {
    const files: Record<string, string> = { ...DEBIAN };
    const lines: string[] = [];
    const commands: string[] = [];
    const r = ensureBrowser(
      { fs: fakeFs(files), env: {}, platform: 'linux', uid: 0, home: '/root' },
      {
        log: (l: string) => lines.push(l),
        run: (c: string) => {
          commands.push(c);
          files['/usr/bin/chromium'] = '';
          return 0;
        },
      },
    );
    expect(r).toEqual({ path: '/usr/bin/chromium' });
    expect(commands).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/installing/i);
  });

  it('never runs anything when it may not install', () => {
    const commands: string[] = [];
    const r = ensureBrowser({ fs: fakeFs(DEBIAN), env: {}, platform: 'linux', uid: 1000, home: '/home/ann' }, { log: () => {}, run: (c: string) => (commands.push(c), 0) });
    expect(r.error).toContain('sudo apt-get');
    expect(commands).toEqual([]);
  });
});
