import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { ambassadors, associations, users } from '@/db/schema';
import { memoryTestDb } from '@/db/testing';
import type { FormState } from './form-state';

/**
 * The wrapper against the real gate: only the session (Auth.js) and the database handle are
 * replaced — the session names a user row in an in-memory database, the gate re-reads it.
 */
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sessionVersion: number; times: { at: number; la: number; staff: boolean } } } }));
const dbRef = vi.hoisted(() => ({ h: null as null | { db: unknown } }));

const authCalls = vi.hoisted(() => ({ n: 0 }));
vi.mock('@/lib/auth/config', () => ({
  auth: async () => {
    authCalls.n++;
    return session.current;
  },
}));
// The browser's cookies: a session cookie while someone is signed in (the gate asks Auth.js only then).
vi.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => (session.current ? [{ name: 'authjs.session-token', value: 'sealed' }] : [{ name: 'NEXT_LOCALE', value: 'nl' }]) }),
}));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: () => dbRef.h!.db,
}));

const { ActionError, authorizedAction, publicPost } = await import('./index');

let h: DbHandle;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await memoryTestDb();
  dbRef.h = h;
  const [a] = await h.db.insert(ambassadors).values({ displayName: 'Fatima', status: 'active', referralCode: 'FAT01' }).returning({ id: ambassadors.id });
  const [as] = await h.db.insert(associations).values({ name: 'Afghaanse vereniging', community: 'Afghaans' }).returning({ id: associations.id });
  ids.ambassadorProfile = a!.id;
  ids.associationProfile = as!.id;
  const rows = [
    // Staff have their second factor set up (else the gate sends them to /account/security).
    { key: 'coordinator', email: 'c@test.nl', role: 'coordinator' as const, totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() },
    { key: 'ambassador', email: 'a@test.nl', role: 'ambassador' as const, ambassadorId: a!.id },
    { key: 'bareAmbassador', email: 'b@test.nl', role: 'ambassador' as const },
    { key: 'association', email: 's@test.nl', role: 'association' as const, associationId: as!.id },
    { key: 'newCaseworker', email: 'n@test.nl', role: 'caseworker' as const },
  ];
  for (const { key, ...r } of rows) {
    const [u] = await h.db.insert(users).values({ ...r, name: key, passwordHash: 'x' }).returning({ id: users.id });
    ids[key] = u!.id;
  }
});

afterAll(async () => {
  await h?.close();
});

beforeEach(() => {
  vi.stubEnv('__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS', '1');
});

function signIn(key: string) {
  // A session signed in just now (lib/auth/timeouts.ts ends one without these times).
  const now = Math.floor(Date.now() / 1000);
  session.current = { user: { id: ids[key]!, sessionVersion: 1, times: { at: now, la: now, staff: false } } };
}

function fd(entries: [string, string | Blob][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const idle: FormState = { status: 'idle' };
const ID = '0b7c8a7e-6f3e-4a51-9a52-2f0f6d1d8a11';

describe('authorizedAction', () => {
  it('sends staff without a second factor to /account/security: only setting it up works until then', async () => {
    signIn('newCaseworker');
    const handler = vi.fn(async () => undefined);
    const err = await authorizedAction('leads.view', z.object({}), handler)(idle, fd([])).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    expect(err?.digest).toMatch(/^NEXT_REDIRECT;replace;\/account\/security;/);
    expect(handler).not.toHaveBeenCalled();
    expect(await authorizedAction('account.security', z.object({}), handler)(idle, fd([]))).toEqual({ status: 'success' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('treats a staff session idle for more than 30 minutes as signed out', async () => {
    signIn('coordinator');
    const now = Math.floor(Date.now() / 1000);
    session.current!.user.times = { at: now - 3600, la: now - 31 * 60, staff: true };
    const handler = vi.fn(async () => undefined);
    const err = await authorizedAction('programme.manage', z.object({}), handler)(idle, fd([])).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    expect(err?.digest).toMatch(/^NEXT_REDIRECT;replace;\/login;/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a user without the permission with a 403 (forbidden), before the handler runs', async () => {
    signIn('ambassador');
    const handler = vi.fn(async () => undefined);
    const action = authorizedAction('programme.manage', z.object({}), handler);
    const err = await action(idle, fd([])).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    expect(err?.digest).toBe('NEXT_HTTP_ERROR_FALLBACK;403');
    expect(handler).not.toHaveBeenCalled();
  });

  it('keeps a feature’s namespaced message keys, from the schema and from the handler', async () => {
    signIn('coordinator');
    const schema = z.object({
      endsOn: z.string().refine((s) => s > '2010-07-01', 'targets.errors.endNotAfterStart'),
      name: z.string().min(1),
    });
    const action = authorizedAction('programme.manage', schema, async () => {
      throw new ActionError('shifts.errors.full', { place: 'shifts.errors.alreadyOnShift' });
    });
    expect(await action(idle, fd([['endsOn', '2010-01-01'], ['name', '']]))).toMatchObject({
      status: 'error',
      fieldErrors: { endsOn: 'targets.errors.endNotAfterStart', name: 'required' },
    });
    expect(await action(idle, fd([['endsOn', '2010-12-31'], ['name', 'Q3']]))).toMatchObject({
      status: 'error',
      formError: 'shifts.errors.full',
      fieldErrors: { place: 'shifts.errors.alreadyOnShift' },
    });
  });

  it('falls back to a shared key for a message that is not a key', async () => {
    signIn('coordinator');
    const schema = z.object({ name: z.string().max(3, 'Too long, sorry') });
    const action = authorizedAction('programme.manage', schema, async () => undefined);
    expect((await action(idle, fd([['name', 'abcd']]))).fieldErrors).toEqual({ name: 'tooLong' });
  });

  it('gives back every tick of a checkbox group after an error, and one string for a single field', async () => {
    signIn('coordinator');
    const schema = z.object({ name: z.string().min(1), languages: z.array(z.string()) });
    const action = authorizedAction('programme.manage', schema, async () => undefined);
    const state = await action(idle, fd([['name', ''], ['languages', 'ar'], ['languages', 'prs']]));
    expect(state.status).toBe('error');
    expect(state.values).toEqual({ name: '', languages: ['ar', 'prs'] });
  });

  it('passes a file to the schema and the handler, refuses one that is too large, and never echoes it', async () => {
    signIn('coordinator');
    const schema = z.object({ note: z.string(), receipt: z.file('expenses.errors.receiptRequired').max(10, 'expenses.errors.receiptTooLarge') });
    const seen: File[] = [];
    const action = authorizedAction('programme.manage', schema, async ({ receipt }) => {
      seen.push(receipt);
      return { status: 'success', data: { size: receipt.size } };
    });
    const small = new File(['12345'], 'bon.png', { type: 'image/png' });
    expect(await action(idle, fd([['note', 'x'], ['receipt', small]]))).toEqual({ status: 'success', data: { size: 5 } });
    expect(seen[0]).toBeInstanceOf(File);
    expect(await seen[0]!.text()).toBe('12345');

    const big = new File(['x'.repeat(11)], 'bon.png', { type: 'image/png' });
    const refused = await action(idle, fd([['note', 'kept'], ['receipt', big]]));
    expect(refused).toMatchObject({ status: 'error', fieldErrors: { receipt: 'expenses.errors.receiptTooLarge' } });
    expect(refused.values).toEqual({ note: 'kept' });

    // No file chosen: the browser sends an empty, nameless file.
    const none = await action(idle, fd([['note', 'x'], ['receipt', new File([], '', { type: 'application/octet-stream' })]]));
    expect(none.fieldErrors).toEqual({ receipt: 'expenses.errors.receiptRequired' });
    expect(seen).toHaveLength(1);
  });

  it('turns an error on a declared hidden field into the form error', async () => {
    signIn('coordinator');
    const schema = z.object({ claimId: z.uuid('expenses.errors.claimNotFound'), reason: z.string().min(1) });
    const handler = vi.fn(async () => undefined);
    const hidden = authorizedAction('programme.manage', schema, handler, { formFields: ['claimId'] });
    expect(await hidden(idle, fd([['claimId', 'nope'], ['reason', 'x']]))).toMatchObject({
      status: 'error',
      formError: 'expenses.errors.claimNotFound',
    });
    expect((await hidden(idle, fd([['claimId', 'nope'], ['reason', 'x']]))).fieldErrors).toBeUndefined();
    // Without the option it stays a field error.
    const visible = authorizedAction('programme.manage', schema, handler);
    expect((await visible(idle, fd([['claimId', 'nope'], ['reason', 'x']]))).fieldErrors).toEqual({ claimId: 'expenses.errors.claimNotFound' });
    expect(handler).not.toHaveBeenCalled();
    // A valid id with a bad visible field is still the field's error.
    expect((await hidden(idle, fd([['claimId', ID], ['reason', '']]))).fieldErrors).toEqual({ reason: 'required' });
  });

  it('gives the handler the user’s own ambassador profile', async () => {
    signIn('ambassador');
    const seen: unknown[] = [];
    const action = authorizedAction(
      'ambassador.self',
      z.object({}),
      async (_i, ctx) => {
        seen.push(ctx.ambassador);
      },
      { profile: 'ambassador' },
    );
    expect(await action(idle, fd([]))).toEqual({ status: 'success' });
    expect(seen).toEqual([{ id: ids.ambassadorProfile, code: 'FAT01', status: 'active' }]);
  });

  it('gives the handler the user’s own association', async () => {
    signIn('association');
    const seen: unknown[] = [];
    const action = authorizedAction('association.self', z.object({}), async (_i, ctx) => void seen.push(ctx.association.id), {
      profile: 'association',
    });
    await action(idle, fd([]));
    expect(seen).toEqual([ids.associationProfile]);
  });

  it('refuses with errors.noProfile, values kept, when the user has no such profile', async () => {
    signIn('bareAmbassador');
    const handler = vi.fn(async () => undefined);
    const action = authorizedAction('ambassador.self', z.object({ shiftId: z.string() }), handler, { profile: 'ambassador' });
    expect(await action(idle, fd([['shiftId', ID]]))).toEqual({ status: 'error', formError: 'errors.noProfile', values: { shiftId: ID } });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('publicPost (a public form posted to a route handler)', () => {
  it('asks the gate: anonymous without a session cookie, without asking Auth.js; validates with the schema and keeps the values', async () => {
    session.current = null;
    const before = authCalls.n;
    const seen: unknown[] = [];
    const schema = z.object({ name: z.string().min(1, 'required') });
    const ok = await publicPost(schema, fd([['name', 'Amina']]), async (input, ctx) => {
      seen.push(ctx.user, input.name);
    });
    expect(ok).toEqual({ status: 'success' });
    expect(seen).toEqual([null, 'Amina']);
    expect(await publicPost(schema, fd([['name', '']]), async () => {})).toMatchObject({ status: 'error', fieldErrors: { name: 'required' }, values: { name: '' } });
    expect(authCalls.n).toBe(before);
  });
});
