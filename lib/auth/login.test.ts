import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, rateLimits, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';

// A small per-IP limit keeps the IP test fast; it must be set before the module reads it.
const savedEnv = vi.hoisted(() => {
  const saved = { ip: process.env.LOGIN_MAX_FAILURES_PER_IP, account: process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT };
  process.env.LOGIN_MAX_FAILURES_PER_IP = '6';
  delete process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT;
  return saved;
});
afterAll(() => {
  for (const [name, value] of [['LOGIN_MAX_FAILURES_PER_IP', savedEnv.ip], ['LOGIN_MAX_FAILURES_PER_ACCOUNT', savedEnv.account]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const { ACCOUNT_DELAY, ACCOUNT_WINDOW, IP_WINDOW, accountDelayMs, verifyLogin } = await import('./login');
const { createUser } = await import('@/lib/users/mutations');

const PASSWORD = 'Correct-Horse-42';
let n = 0;
const freshIp = () => `iphash-${randomBytes(6).toString('hex')}`;

describe('login limits from the environment', () => {
  it('reads the per-IP limit from LOGIN_MAX_FAILURES_PER_IP and defaults the account limit to 5', () => {
    expect(IP_WINDOW.limit).toBe(6);
    expect(ACCOUNT_WINDOW.limit).toBe(5);
    expect(IP_WINDOW.limit).toBeGreaterThan(ACCOUNT_WINDOW.limit);
  });
});

describe.each(testDrivers)('verifyLogin on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function newUser(opts: { active?: boolean } = {}) {
    const email = `Case.Worker${++n}@Gemeente.example`;
    const id = await createUser(h.db, { email, name: `Caseworker ${n}`, role: 'caseworker', password: PASSWORD });
    if (opts.active === false) await h.db.update(users).set({ active: false }).where(eq(users.id, id));
    return { id, email };
  }

  async function auditFor(ipHash: string) {
    return h.db.select().from(auditLog).where(eq(auditLog.ipHash, ipHash)).orderBy(desc(auditLog.at), desc(auditLog.id));
  }

  it('signs in with the right password, whatever the case of the e-mail, and logs it without personal data', async () => {
    const { id, email } = await newUser();
    const ipHash = freshIp();
    const result = await verifyLogin(h.db, { email: `  ${email.toUpperCase()} `, password: PASSWORD, ipHash });
    expect(result).toEqual({ ok: true, user: { id, name: expect.any(String), email: email.toLowerCase(), role: 'caseworker', sessionVersion: 1, twoFactor: false } });

    const rows = await auditFor(ipHash);
    expect(rows.map((r) => r.action)).toEqual(['login.success']);
    expect(rows[0]!.actorUserId).toBe(id);
    const [stored] = await h.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id));
    for (const [column, value] of Object.entries(rows[0]!)) {
      const json = JSON.stringify(value ?? null).toLowerCase();
      expect(json, column).not.toContain(email.toLowerCase());
      expect(json, column).not.toContain(email.split('@')[0]!.toLowerCase());
      expect(json, column).not.toContain(PASSWORD.toLowerCase());
      expect(json, column).not.toContain(stored!.hash.toLowerCase());
    }
  });

  it('refuses a wrong password and logs login.failed', async () => {
    const { id, email } = await newUser();
    const ipHash = freshIp();
    expect(await verifyLogin(h.db, { email, password: 'wrong-password', ipHash })).toEqual({ ok: false, reason: 'invalid' });
    const rows = await auditFor(ipHash);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'login.failed', actorUserId: id, details: { reason: 'wrong_password' } });
    expect(JSON.stringify(rows[0])).not.toContain('wrong-password');
  });

  it('refuses an unknown e-mail in the same way, without logging the address', async () => {
    const ipHash = freshIp();
    const email = 'nobody-here@gemeente.example';
    expect(await verifyLogin(h.db, { email, password: PASSWORD, ipHash })).toEqual({ ok: false, reason: 'invalid' });
    const rows = await auditFor(ipHash);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'login.failed', actorUserId: null });
    expect(JSON.stringify(rows[0]).toLowerCase()).not.toContain('nobody-here');
  });

  it('refuses a deactivated account even with the right password', async () => {
    const { email } = await newUser({ active: false });
    const ipHash = freshIp();
    expect(await verifyLogin(h.db, { email, password: PASSWORD, ipHash })).toEqual({ ok: false, reason: 'invalid' });
    expect((await auditFor(ipHash))[0]!.action).toBe('login.failed');
  });

  it('never puts the e-mail address in a rate-limit key', async () => {
    const { email } = await newUser();
    await verifyLogin(h.db, { email, password: 'nope-nope', ipHash: freshIp() });
    const keys = (await h.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key.toLowerCase());
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toContain(email.split('@')[0]!.toLowerCase());
  });

  /** Records the delays verifyLogin asks for instead of waiting them out. */
  function recorder() {
    const waits: number[] = [];
    return { waits, opts: { wait: async (ms: number) => void waits.push(ms) } };
  }

  it('refuses a client that failed too often for an account, even with the right password, and says so in the audit log', async () => {
    const { id, email } = await newUser();
    const ipHash = freshIp();
    for (let i = 0; i < ACCOUNT_WINDOW.limit; i++) {
      expect(await verifyLogin(h.db, { email, password: `wrong-${i}`, ipHash })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await verifyLogin(h.db, { email: email.toUpperCase(), password: PASSWORD, ipHash })).toEqual({ ok: false, reason: 'throttled' });
    const rows = await auditFor(ipHash);
    expect(rows[0]).toMatchObject({ action: 'login.throttled', actorUserId: id, details: { scope: 'account' } });
  });

  it("lets the right password in from a clean client after an attacker's 20 failures from another client", async () => {
    const { id, email } = await newUser();
    const attacker = freshIp();
    const rec = recorder();
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await verifyLogin(h.db, { email, password: `guess-${i}`, ipHash: attacker }, rec.opts));
    expect(results.slice(0, ACCOUNT_WINDOW.limit).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results.slice(ACCOUNT_WINDOW.limit).every((r) => !r.ok && r.reason === 'throttled')).toBe(true);
    // The attacker's client stays refused, also with the right password.
    expect(await verifyLogin(h.db, { email, password: PASSWORD, ipHash: attacker }, rec.opts)).toEqual({ ok: false, reason: 'throttled' });

    const owner = recorder();
    const ipHash = freshIp();
    const result = await verifyLogin(h.db, { email, password: PASSWORD, ipHash }, owner.opts);
    expect(result.ok && result.user.id).toBe(id);
    // Slowed down (the account is under attack), but within the cap.
    expect(owner.waits).toHaveLength(1);
    expect(owner.waits[0]).toBeGreaterThan(0);
    expect(owner.waits[0]).toBeLessThanOrEqual(ACCOUNT_DELAY.maxMs);
    expect((await auditFor(ipHash))[0]).toMatchObject({ action: 'login.success', actorUserId: id });

    // The success cleared the account's delay: the next login from yet another client is not slowed.
    const next = recorder();
    expect((await verifyLogin(h.db, { email, password: PASSWORD, ipHash: freshIp() }, next.opts)).ok).toBe(true);
    expect(next.waits).toEqual([]);
  });

  it('slows down failures for one account spread over many clients with growing, capped delays, and refuses none', async () => {
    const { email } = await newUser();
    const rec = recorder();
    for (let i = 0; i < 20; i++) {
      expect(await verifyLogin(h.db, { email, password: `wrong-${i}`, ipHash: freshIp() }, rec.opts)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(rec.waits).toHaveLength(20 - ACCOUNT_WINDOW.limit);
    for (let i = 1; i < rec.waits.length; i++) expect(rec.waits[i]).toBeGreaterThanOrEqual(rec.waits[i - 1]!);
    expect(rec.waits[1]).toBeGreaterThan(rec.waits[0]!);
    expect(Math.max(...rec.waits)).toBe(ACCOUNT_DELAY.maxMs);
    expect((await verifyLogin(h.db, { email, password: PASSWORD, ipHash: freshIp() }, rec.opts)).ok).toBe(true);
  });

  it('computes no delay up to the limit, then doubling up to the cap', () => {
    const L = ACCOUNT_WINDOW.limit;
    expect(accountDelayMs(1)).toBe(0);
    expect(accountDelayMs(L)).toBe(0);
    expect(accountDelayMs(L + 1)).toBe(ACCOUNT_DELAY.baseMs);
    expect(accountDelayMs(L + 2)).toBe(2 * ACCOUNT_DELAY.baseMs);
    expect(accountDelayMs(L + 1000)).toBe(ACCOUNT_DELAY.maxMs);
  });

  it('a success clears earlier failures of that account from that client', async () => {
    const { email } = await newUser();
    const ipHash = freshIp();
    const fail = () => verifyLogin(h.db, { email, password: 'not-it', ipHash });
    for (let i = 0; i < ACCOUNT_WINDOW.limit - 1; i++) await fail();
    expect((await verifyLogin(h.db, { email, password: PASSWORD, ipHash })).ok).toBe(true);
    // Without the reset, this client would now be past the limit for this account and refused.
    expect(await fail()).toEqual({ ok: false, reason: 'invalid' });
    expect((await verifyLogin(h.db, { email, password: PASSWORD, ipHash })).ok).toBe(true);
  });

  it('throttles an IP address that fails across different accounts', async () => {
    const [a, b, victim] = [await newUser(), await newUser(), await newUser()];
    const ipHash = freshIp();
    const perAccount = ACCOUNT_WINDOW.limit - 1; // no single account reaches its own limit
    const emails = [a.email, b.email, 'ghost-1@gemeente.example', 'ghost-2@gemeente.example'];
    let failures = 0;
    for (const email of emails) {
      for (let i = 0; i < perAccount && failures < IP_WINDOW.limit; i++, failures++) {
        expect(await verifyLogin(h.db, { email, password: 'guess', ipHash })).toEqual({ ok: false, reason: 'invalid' });
      }
    }
    expect(failures).toBe(IP_WINDOW.limit);

    expect(await verifyLogin(h.db, { email: victim.email, password: PASSWORD, ipHash })).toEqual({ ok: false, reason: 'throttled' });
    expect((await auditFor(ipHash))[0]).toMatchObject({ action: 'login.throttled', actorUserId: victim.id, details: { scope: 'ip' } });

    // The same account from another address is fine: the block is on the IP, not the accounts.
    expect((await verifyLogin(h.db, { email: victim.email, password: PASSWORD, ipHash: freshIp() })).ok).toBe(true);
    expect((await verifyLogin(h.db, { email: a.email, password: PASSWORD, ipHash: freshIp() })).ok).toBe(true);
  });

  it('does not throttle an IP one failure below the limit', async () => {
    const { email } = await newUser();
    const ipHash = freshIp();
    const ghosts = Array.from({ length: IP_WINDOW.limit - 1 }, (_, i) => `ghost-${n}-${i}@gemeente.example`);
    for (const ghost of ghosts) await verifyLogin(h.db, { email: ghost, password: 'guess', ipHash });
    expect((await verifyLogin(h.db, { email, password: PASSWORD, ipHash })).ok).toBe(true);
  });

  // Parallel guesses must not get past the limits: each one has to be counted before it is checked.
  it('lets no more than the limit of parallel wrong guesses from one client through', async () => {
    const { email } = await newUser();
    const ipHash = freshIp();
    const rec = recorder();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => verifyLogin(h.db, { email, password: `guess-${i}`, ipHash }, rec.opts)),
    );
    const evaluated = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    const throttled = results.filter((r) => !r.ok && r.reason === 'throttled').length;
    expect(evaluated + throttled).toBe(20);
    expect(evaluated).toBeLessThanOrEqual(ACCOUNT_WINDOW.limit);
  });

  it('delays every parallel guess past the limit when they come from many clients', async () => {
    const { email } = await newUser();
    const rec = recorder();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => verifyLogin(h.db, { email, password: `guess-${i}`, ipHash: freshIp() }, rec.opts)),
    );
    expect(results.every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(rec.waits).toHaveLength(20 - ACCOUNT_WINDOW.limit);
  });
});
