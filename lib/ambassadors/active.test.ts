import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db, DbHandle } from '@/db/client';
import { ambassadors, leads, shiftAssignments } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { signupSchema } from '@/lib/leads/signup/schema';
import { submitSignup } from '@/lib/leads/signup/mutations';
import { signUp } from '@/lib/shifts/mutations';
import { ambassadorByCalendarToken, calendarTokenOf, suggestionsForShifts } from '@/lib/shifts/queries';
import { setUserActive } from '@/lib/users/mutations';
import { isAmbassadorActive } from './eligibility';
import { registerFieldContact } from '@/lib/field/mutations';
import { ambassadorProfile } from '@/lib/field/queries';
import { fieldContactSchema } from '@/lib/field/schema';
import { addAmbassador, addShift, amsterdam } from '@/lib/field/test-helpers';

// The calendar route handler reads the app's database handle; point it at the test database.
let currentDb: Db;
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: () => currentDb,
}));
const { GET: calendarGET } = await import('@/app/api/calendar/[token]/route');

let n = 0;
const phone = () => `06 5${String(1000000 + ++n * 53).slice(-7)}`;
const contact = () =>
  fieldContactSchema.parse({ name: 'Amina El Idrissi', phone: phone(), language: 'ar', neighbourhood: 'meerzicht', wants: 'course', consent: 'on' });
const publicSignup = (ref: string) =>
  signupSchema.parse({ name: 'Hassan Öztürk', phone: phone(), email: '', language: 'tr', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', ref });

async function errorKey(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
}

/**
 * Stopping an ambassador or deactivating their account cuts every path that acts on their
 * behalf: the calendar feed, ?ref= attribution, registering contacts and signing up for shifts.
 */
describe.each(testDrivers)('an ambassador who is no longer active, on $name', ({ open }) => {
  let h: DbHandle;
  let adminId: string;
  const NOW = amsterdam('2026-12-02T10:00');

  beforeAll(async () => {
    h = await open();
    currentDb = h.db;
    adminId = (await addAmbassador(h, 'Beheerder')).userId; // any other user can be the actor
  });
  afterAll(async () => {
    await h?.close();
  });

  const causes = [
    {
      name: 'account deactivated by the administrator',
      apply: async (a: { userId: string; ambassadorId: string }) => setUserActive(h.db, adminId, a.userId, false),
    },
    {
      name: 'ambassador stopped (account still active)',
      apply: async (a: { userId: string; ambassadorId: string }) => {
        await h.db.update(ambassadors).set({ status: 'stopped', stoppedOn: new Date(), stopReason: 'Betaald werk' }).where(eq(ambassadors.id, a.ambassadorId));
      },
    },
  ];

  async function feed(token: string) {
    const res = await calendarGET(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
  }

  describe.each(causes)('$name', ({ apply }) => {
    let a: { userId: string; ambassadorId: string };
    let code: string;
    let token: string;

    beforeAll(async () => {
      a = await addAmbassador(h, 'Samira');
      code = (await h.db.select({ code: ambassadors.referralCode }).from(ambassadors).where(eq(ambassadors.id, a.ambassadorId)))[0]!.code;
      token = (await calendarTokenOf(h.db, a.ambassadorId))!;
    });

    it('works while active, then is refused on every path once this happens', async () => {
      // Before: everything works (so the refusals below are caused by the change).
      expect(await isAmbassadorActive(h.db, a.ambassadorId)).toBe(true);
      expect((await feed(token)).status).toBe(200);
      expect((await ambassadorProfile(h.db, a.ambassadorId))?.active).toBe(true);
      await apply(a);
      expect(await isAmbassadorActive(h.db, a.ambassadorId)).toBe(false);
      // The ambassador area reads the same rule to show the "stopped" notice instead of the forms.
      expect((await ambassadorProfile(h.db, a.ambassadorId))?.active).toBe(false);
    });

    it('the calendar feed answers the same plain 404 as an unknown token', async () => {
      expect(await ambassadorByCalendarToken(h.db, token)).toBeNull();
      const gone = await feed(token);
      const unknown = await feed('b'.repeat(64));
      expect(gone.status).toBe(404);
      expect(gone).toEqual(unknown);
      expect(gone.body).not.toContain('VCALENDAR');
    });

    it('the ?ref= code no longer attributes, but the resident is still signed up', async () => {
      const input = publicSignup(code);
      const out = await submitSignup(h.db, input);
      expect(out.kind).toBe('created');
      const [lead] = await h.db.select().from(leads).where(eq(leads.phone, input.phone));
      expect(lead).toBeDefined();
      expect(lead!.recruitedByAmbassadorId).toBeNull();
    });

    it('registering a contact is refused and stores nothing', async () => {
      const input = contact();
      expect(await errorKey(registerFieldContact(h.db, a, input, { now: NOW }))).toBe('fieldContact.errors.notActive');
      expect(await h.db.select().from(leads).where(eq(leads.phone, input.phone))).toHaveLength(0);
    });

    it('signing up for a shift is refused, and the coordinator is no longer offered them for a shift', async () => {
      const shiftId = await addShift(h, '2026-12-20', 'morning', []);
      expect(await errorKey(signUp(h.db, a, shiftId, NOW))).toBe('shifts.errors.notActive');
      expect(await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.shiftId, shiftId))).toHaveLength(0);
      const event = { kind: 'market' as const, targetLanguages: [] as string[], targetGroup: null, neighbourhoodId: null, startsOn: '2026-12-20', endsOn: '2026-12-20' };
      const offered = (await suggestionsForShifts(h.db, event, [{ id: shiftId, date: '2026-12-20', dagdeel: 'morning' }])).get(shiftId)!;
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.map((o) => o.id)).not.toContain(a.ambassadorId);
    });
  });

  it('an active ambassador with an active account keeps all of it, and an ambassador without any account is judged on the status', async () => {
    const a = await addAmbassador(h, 'Fatima');
    const [code] = await h.db.select({ code: ambassadors.referralCode }).from(ambassadors).where(eq(ambassadors.id, a.ambassadorId));
    const input = publicSignup(code!.code);
    await submitSignup(h.db, input);
    const [lead] = await h.db.select().from(leads).where(eq(leads.phone, input.phone));
    expect(lead!.recruitedByAmbassadorId).toBe(a.ambassadorId);
    expect(await errorKey(registerFieldContact(h.db, a, contact(), { now: NOW }))).toBeNull();
    const shiftId = await addShift(h, '2026-12-21', 'morning', []);
    expect(await errorKey(signUp(h.db, a, shiftId, NOW))).toBeNull();

    const [noAccount] = await h.db
      .insert(ambassadors)
      .values({ displayName: 'Zonder account', status: 'active', referralCode: `NOACC${Date.now().toString(36)}` })
      .returning({ id: ambassadors.id });
    expect(await isAmbassadorActive(h.db, noAccount!.id)).toBe(true);
  });

  it('reactivating the account restores the ambassador', async () => {
    const a = await addAmbassador(h, 'Rania');
    await setUserActive(h.db, adminId, a.userId, false);
    expect(await isAmbassadorActive(h.db, a.ambassadorId)).toBe(false);
    await setUserActive(h.db, adminId, a.userId, true);
    expect(await isAmbassadorActive(h.db, a.ambassadorId)).toBe(true);
  });
});
