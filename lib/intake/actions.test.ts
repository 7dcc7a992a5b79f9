import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, intakeEscorts, leads, users } from '@/db/schema';
import { memoryTestDb } from '@/db/testing';
import { type Permission, type Role, can } from '@/lib/auth/permissions';

/*
 * The checklist action as a form post reaches it (the real action and data layer on PGlite), with
 * only the signed-in user put in place of the session: the gate's permission check is the real one.
 */
let h: DbHandle;
let current: { id: string; role: Role } = { id: '', role: 'coach' };
vi.mock('@/lib/auth/gate', () => ({
  getCurrentUser: async () => current,
  requirePermission: async (permission: Permission) => {
    if (!can(current.role, permission)) throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;403'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    return current;
  },
}));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: () => h.db }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { saveChecklistAction } = await import('./actions');

const ALL = ['id', 'residencePermit', 'addressProof', 'diplomas'];
const form = (leadId: string, items: string[]) => {
  const fd = new FormData();
  fd.set('leadId', leadId);
  for (const i of items) fd.append('items', i);
  return fd;
};

describe('the intake checklist action: a direct post', () => {
  let userId: string;
  let escorted: string;
  let unescorted: string;
  beforeAll(async () => {
    h = await memoryTestDb();
    const [u] = await h.db.insert(users).values({ email: 'c@t.nl', name: 'C', passwordHash: 'x', role: 'coach' }).returning({ id: users.id });
    userId = u!.id;
    const [a] = await h.db.insert(ambassadors).values({ displayName: 'Fatima', status: 'active', languages: ['ar'], referralCode: 'ACT01' }).returning({ id: ambassadors.id });
    // The intake is three days from the real now: the action reads the clock itself.
    const startsAt = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    const base = { phone: '+31611111111', preferredLanguage: 'ar', source: 'public' as const, consentAt: new Date(), consentVersion: 't', intakeAt: startsAt, intakePlace: 'Publieksplein', intakeAccompanied: true };
    const [l1, l2] = await h.db.insert(leads).values([{ ...base, name: 'Amina El Idrissi' }, { ...base, phone: '+31622222222', name: 'Samir Haddou' }]).returning();
    escorted = l1!.id;
    unescorted = l2!.id;
    await h.db.insert(intakeEscorts).values({ leadId: escorted, ambassadorId: a!.id, startsAt, date: '2026-12-04', dagdeel: 'morning', place: 'Publieksplein', status: 'accepted' });
  });
  afterAll(async () => {
    await h?.close();
  });
  const checklist = async (id: string) => (await h.db.select({ c: leads.intakeChecklist }).from(leads).where(eq(leads.id, id)))[0]!.c;

  it.each(['ambassador', 'association', 'provider', 'admin'] as const)('a %s gets 403 and nothing is ticked', async (role) => {
    current = { id: userId, role };
    await expect(saveChecklistAction({ status: 'idle' }, form(escorted, ALL))).rejects.toThrow(/403/);
    expect(await checklist(escorted)).toEqual([]);
  });

  it('a coach is refused for a lead no ambassador goes along with, and nothing changes', async () => {
    current = { id: userId, role: 'coach' };
    expect(await saveChecklistAction({ status: 'idle' }, form(unescorted, ALL))).toMatchObject({ status: 'error', formError: 'leadNotFound' });
    expect(await checklist(unescorted)).toEqual([]);
  });

  it('a coach ticks all four for an intake an ambassador goes along to', async () => {
    current = { id: userId, role: 'coach' };
    expect(await saveChecklistAction({ status: 'idle' }, form(escorted, ALL))).toMatchObject({ status: 'success' });
    expect(await checklist(escorted)).toEqual(ALL);
  });

  it('a caseworker still ticks any lead', async () => {
    current = { id: userId, role: 'caseworker' };
    expect(await saveChecklistAction({ status: 'idle' }, form(unescorted, ['id']))).toMatchObject({ status: 'success' });
    expect(await checklist(unescorted)).toEqual(['id']);
  });
});
