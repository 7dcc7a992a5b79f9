import { redirect } from 'next/navigation';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('@/lib/auth/gate', () => ({
  getCurrentUser: async () => null,
  requirePermission: async () => ({ id: 'u1', role: 'coordinator' }),
}));

const { ActionError, publicAction } = await import('./index');

function duplicatePhone() {
  return Object.assign(new Error('duplicate key value violates unique constraint "leads_phone_key"'), {
    name: 'PostgresError',
    code: '23505',
    detail: 'Key (phone)=(+31612345678) already exists.',
    constraint_name: 'leads_phone_key',
  });
}

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe('actions: an unexpected (database) error never carries its text into the log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs the code only, and what is rethrown (and logged by Next.js) has no row values', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const action = publicAction(z.object({ phone: z.string() }), async () => {
      throw duplicatePhone();
    });
    const thrown = await action({ status: 'idle' }, form({ phone: '+31612345678' })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect(String((thrown as Error).message)).not.toMatch(/\+316|duplicate key/);
    expect((thrown as Error & { detail?: string }).detail).toBeUndefined();
    expect((thrown as Error).cause).toBeUndefined();
    expect(logged).toEqual(['[action] PostgresError code=23505 constraint=leads_phone_key']);
  });

  it('a database that went away (a restart) is the form error "try again", with what was typed', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const restarting = publicAction(z.object({ name: z.string() }), async () => {
      throw Object.assign(new Error('Failed query: insert into "leads" … params: Anna'), {
        cause: Object.assign(new Error('terminating connection due to administrator command'), { name: 'PostgresError', code: '57P01' }),
      });
    });
    expect(await restarting({ status: 'idle' }, form({ name: 'Anna' }))).toEqual({ status: 'error', formError: 'tryAgain', values: { name: 'Anna' } });
    expect(logged).toEqual(['[action] Error <- PostgresError code=57P01']);
  });

  it('keeps ActionError as a form error with the typed values, and lets redirect() through', async () => {
    const failing = publicAction(z.object({ name: z.string() }), async () => {
      throw new ActionError('conflict');
    });
    expect(await failing({ status: 'idle' }, form({ name: 'Anna' }))).toMatchObject({ status: 'error', formError: 'conflict', values: { name: 'Anna' } });
    const redirecting = publicAction(z.object({}), async () => redirect('/elders'));
    const e = await redirecting({ status: 'idle' }, form({})).catch((x: unknown) => x);
    expect(String((e as { digest?: string }).digest)).toContain('NEXT_REDIRECT');
  });
});
