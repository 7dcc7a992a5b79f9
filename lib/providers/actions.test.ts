import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { languageProviders, leads, providerCourses } from '@/db/schema';
import { memoryTestDb } from '@/db/testing';
import { type Role, can, type Permission } from '@/lib/auth/permissions';

/*
 * The provider's actions as a form post reaches them (the real action, the real data layer on
 * PGlite), with only the signed-in user put in place of the session: the gate's permission check
 * is the real one, and the provider comes from the account, never from the form.
 */
let h: DbHandle;
let current: { id: string; role: Role; providerId: string | null } = { id: '', role: 'provider', providerId: null };
vi.mock('@/lib/auth/gate', () => ({
  getCurrentUser: async () => current,
  requirePermission: async (permission: Permission) => {
    if (!can(current.role, permission)) throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;403'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    return current;
  },
}));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDb: () => h.db }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { confirmSignedAction, saveCourseAction, saveOwnCourseAction, confirmOfferAction } = await import('./actions');
const { createUser } = await import('@/lib/users/mutations');

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe('provider actions: a direct post', () => {
  let providerA: string;
  let providerB: string;
  let userA: string;
  let userB: string;
  let leadOfA: string;
  let unreferred: string;
  beforeAll(async () => {
    h = await memoryTestDb();
    const [pa, pb] = await h.db.insert(languageProviders).values([{ name: 'School A' }, { name: 'School B' }]).returning();
    providerA = pa!.id;
    providerB = pb!.id;
    userA = await createUser(h.db, { email: 'a@t.nl', name: 'A', role: 'provider', password: 'a-long-password', providerId: providerA });
    userB = await createUser(h.db, { email: 'b@t.nl', name: 'B', role: 'provider', password: 'a-long-password', providerId: providerB });
    const base = { phone: '+31611111111', preferredLanguage: 'ar', source: 'public' as const, consentAt: new Date(), consentVersion: 't', status: 'offer' as const };
    const [l1, l2] = await h.db.insert(leads).values([{ ...base, name: 'Van A', providerId: providerA }, { ...base, name: 'Van niemand' }]).returning();
    leadOfA = l1!.id;
    unreferred = l2!.id;
  });
  afterAll(async () => {
    await h?.close();
  });
  const lead = async (id: string) => (await h.db.select().from(leads).where(eq(leads.id, id)))[0]!;

  it('provider B posting a signed plan for provider A\'s resident is refused as not found, and nothing changes', async () => {
    current = { id: userB, role: 'provider', providerId: providerB };
    const res = await confirmSignedAction({ status: 'idle' }, form({ leadId: leadOfA, version: '1', planSignedOn: '2026-11-20' }));
    expect(res).toMatchObject({ status: 'error', formError: 'providers.errors.leadNotFound' });
    const res2 = await confirmSignedAction({ status: 'idle' }, form({ leadId: unreferred, version: '1', planSignedOn: '2026-11-20' }));
    expect(res2).toMatchObject({ status: 'error', formError: 'providers.errors.leadNotFound' });
    expect(await lead(leadOfA)).toMatchObject({ status: 'offer', version: 1, planSignedOn: null });
    expect(await lead(unreferred)).toMatchObject({ status: 'offer', version: 1 });
  });

  it.each(['caseworker', 'coordinator', 'ambassador', 'association', 'coach', 'admin'] as const)('a %s gets 403 and changes nothing', async (role) => {
    current = { id: userA, role, providerId: providerA };
    await expect(confirmSignedAction({ status: 'idle' }, form({ leadId: leadOfA, version: '1', planSignedOn: '2026-11-20' }))).rejects.toThrow(/403/);
    expect((await lead(leadOfA)).status).toBe('offer');
  });

  it('provider A confirms its own resident\'s signed plan', async () => {
    current = { id: userA, role: 'provider', providerId: providerA };
    const res = await confirmSignedAction({ status: 'idle' }, form({ leadId: leadOfA, version: '1', planSignedOn: '2026-11-20' }));
    expect(res).toMatchObject({ status: 'success', message: 'providers.confirmed' });
    expect(await lead(leadOfA)).toMatchObject({ status: 'plan_signed', planSignedOn: '2026-11-20', version: 2 });
    const again = await confirmSignedAction({ status: 'idle' }, form({ leadId: leadOfA, version: '2', planSignedOn: '2026-11-21' }));
    expect(again).toMatchObject({ status: 'error', formError: 'providers.errors.notForward' });
  });

  it('a course posted with another provider\'s id lands in the own catalogue; the project worker\'s catalogue action is 403 for a provider', async () => {
    current = { id: userA, role: 'provider', providerId: providerA };
    const fields = { name: 'Gekaapt', level: 'A1', place: 'x', schedule: 'x', placesLeft: '2', providerId: providerB };
    expect(await saveOwnCourseAction({ status: 'idle' }, form(fields))).toMatchObject({ status: 'success' });
    const [c] = await h.db.select().from(providerCourses).where(eq(providerCourses.name, 'Gekaapt'));
    expect(c!.providerId).toBe(providerA);
    await expect(saveCourseAction({ status: 'idle' }, form(fields))).rejects.toThrow(/403/);
    // …and it cannot be offered by provider B.
    current = { id: userB, role: 'provider', providerId: providerB };
    const [l] = await h.db.insert(leads).values({ name: 'Van B', phone: '+31622222222', preferredLanguage: 'tr', source: 'public', consentAt: new Date(), consentVersion: 't', status: 'intake', providerId: providerB }).returning();
    const res = await confirmOfferAction({ status: 'idle' }, form({ leadId: l!.id, version: '1', courseId: c!.id, offerOn: '2026-11-20' }));
    expect(res).toMatchObject({ status: 'error', fieldErrors: { courseId: 'providers.errors.courseNotFound' } });
  });

  it('an account of role provider without a provider gets the no-profile error', async () => {
    current = { id: userA, role: 'provider', providerId: null };
    const res = await confirmSignedAction({ status: 'idle' }, form({ leadId: leadOfA, version: '2', planSignedOn: '2026-11-20' }));
    expect(res).toMatchObject({ status: 'error', formError: 'errors.noProfile' });
  });
});
