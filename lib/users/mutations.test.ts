import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, associations, auditLog, languageProviders, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { verifyPassword } from '@/lib/auth/password';
import { verifyLogin } from '@/lib/auth/login';
import { createUser, endSessions, setPortalLocale, setUserActive, setUserRole } from './mutations';

const PASSWORD = 'Long-enough-pass-1';

async function actionError(p: Promise<unknown>): Promise<ActionError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ActionError);
  return e as ActionError;
}

describe.each(testDrivers)('user mutations on $name', ({ open }) => {
  let h: DbHandle;
  let adminId: string;
  let n = 0;
  beforeAll(async () => {
    h = await open();
    adminId = await createUser(h.db, { email: 'admin@gemeente.example', name: 'Admin', role: 'admin', password: PASSWORD });
  });
  afterAll(async () => {
    await h?.close();
  });

  const userRow = async (id: string) => (await h.db.select().from(users).where(eq(users.id, id)))[0]!;
  const auditOf = (id: string, action: string) =>
    h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, action)));
  const newCaseworker = () =>
    createUser(h.db, { email: `worker${++n}@gemeente.example`, name: `Worker ${n}`, role: 'caseworker', password: PASSWORD }, adminId);

  describe('createUser', () => {
    it('stores the e-mail lower-cased and trimmed, the name trimmed and the password hashed', async () => {
      const id = await createUser(h.db, { email: '  Sanne.Bakker@Gemeente.Example ', name: '  Sanne Bakker ', role: 'coordinator', password: PASSWORD }, adminId);
      const row = await userRow(id);
      expect(row).toMatchObject({ email: 'sanne.bakker@gemeente.example', name: 'Sanne Bakker', role: 'coordinator', active: true });
      expect(row.passwordHash).not.toContain(PASSWORD);
      expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);

      const entries = await auditOf(id, 'user.created');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actorUserId: adminId, entityType: 'user', details: { role: 'coordinator' } });
      expect(JSON.stringify(entries[0]).toLowerCase()).not.toContain('sanne');
    });

    it('refuses an e-mail address that is already taken, whatever its case', async () => {
      await createUser(h.db, { email: 'taken@gemeente.example', name: 'First', role: 'caseworker', password: PASSWORD });
      const err = await actionError(createUser(h.db, { email: 'TAKEN@Gemeente.example', name: 'Second', role: 'caseworker', password: PASSWORD }));
      expect(err.key).toBe('emailTaken');
      expect(err.fieldErrors).toEqual({ email: 'emailTaken' });
      const [{ n: rows }] = await h.db.select({ n: count() }).from(users).where(eq(users.email, 'taken@gemeente.example'));
      expect(rows).toBe(1);
    });

    it('refuses an ambassador account without an ambassador profile', async () => {
      const err = await actionError(createUser(h.db, { email: 'amb-none@gemeente.example', name: 'Amb', role: 'ambassador', password: PASSWORD }));
      expect(err.key).toBe('ambassadorProfileRequired');
      expect(await h.db.select().from(users).where(eq(users.email, 'amb-none@gemeente.example'))).toHaveLength(0);
    });

    it('refuses an association account without an association', async () => {
      const err = await actionError(createUser(h.db, { email: 'assoc-none@gemeente.example', name: 'As', role: 'association', password: PASSWORD }));
      expect(err.key).toBe('associationRequired');
    });

    it('links an ambassador account to its profile and an association account to its association', async () => {
      const [amb] = await h.db.insert(ambassadors).values({ displayName: 'Fatima', referralCode: 'MUTAMB1', status: 'active' }).returning();
      const [assoc] = await h.db.insert(associations).values({ name: 'Afghaanse Vereniging', community: 'Afghaans' }).returning();
      const ambUser = await createUser(h.db, { email: 'fatima@example.nl', name: 'Fatima', role: 'ambassador', password: PASSWORD, ambassadorId: amb!.id });
      const assocUser = await createUser(h.db, { email: 'wahid@example.nl', name: 'Wahid', role: 'association', password: PASSWORD, associationId: assoc!.id });
      expect(await userRow(ambUser)).toMatchObject({ role: 'ambassador', ambassadorId: amb!.id, associationId: null });
      expect(await userRow(assocUser)).toMatchObject({ role: 'association', associationId: assoc!.id, ambassadorId: null });
    });
  });

  describe('a language provider\'s account', () => {
    it('needs its provider, is linked to it, and a role change to provider needs one too', async () => {
      const err = await actionError(createUser(h.db, { email: 'prov-none@gemeente.example', name: 'P', role: 'provider', password: PASSWORD }));
      expect(err.key).toBe('providerRequired');
      const [p] = await h.db.insert(languageProviders).values({ name: 'Taalschool Test' }).returning();
      const id = await createUser(h.db, { email: 'school@example.nl', name: 'Marieke', role: 'provider', password: PASSWORD, providerId: p!.id });
      expect(await userRow(id)).toMatchObject({ role: 'provider', providerId: p!.id, associationId: null, ambassadorId: null });
      const cw = await newCaseworker();
      expect((await actionError(setUserRole(h.db, adminId, cw, 'provider'))).key).toBe('providerRequired');
      expect((await userRow(cw)).role).toBe('caseworker');
    });
  });

  describe('setUserActive', () => {
    it('deactivates and reactivates another account, with an audit entry each time', async () => {
      const id = await newCaseworker();
      await setUserActive(h.db, adminId, id, false);
      expect((await userRow(id)).active).toBe(false);
      await setUserActive(h.db, adminId, id, true);
      expect((await userRow(id)).active).toBe(true);
      const entries = await auditOf(id, 'user.updated');
      expect(entries.map((e) => e.details).sort((a, b) => Number(a!.active) - Number(b!.active))).toEqual([{ active: false }, { active: true }]);
      for (const e of entries) expect(e.actorUserId).toBe(adminId);
    });

    it('refuses the actor deactivating themselves', async () => {
      const err = await actionError(setUserActive(h.db, adminId, adminId, false));
      expect(err.key).toBe('cannotChangeSelf');
      expect((await userRow(adminId)).active).toBe(true);
      expect(await auditOf(adminId, 'user.updated')).toHaveLength(0);
    });

    it('reports an unknown user as notFound', async () => {
      const err = await actionError(setUserActive(h.db, adminId, '00000000-0000-4000-8000-000000000000', false));
      expect(err.key).toBe('notFound');
    });
  });

  describe('endSessions (logout)', () => {
    it("bumps the user's session version, so the old cookie no longer matches, and audits the logout", async () => {
      const id = await newCaseworker();
      const other = await newCaseworker();
      const email = (await userRow(id)).email;
      const before = await verifyLogin(h.db, { email, password: PASSWORD, ipHash: `logout-${id}` });
      expect(before.ok && before.user.sessionVersion).toBe(1);

      await endSessions(h.db, id);
      expect((await userRow(id)).sessionVersion).toBe(2);
      expect((await userRow(other)).sessionVersion).toBe(1);
      // A new login gets the new version; a cookie holding version 1 is refused by the gate.
      const after = await verifyLogin(h.db, { email, password: PASSWORD, ipHash: `logout-${id}` });
      expect(after.ok && after.user.sessionVersion).toBe(2);
      const entries = await auditOf(id, 'logout');
      expect(entries).toHaveLength(1);
      expect(entries[0]!.actorUserId).toBe(id);
    });
  });

  describe('setUserRole', () => {
    it('changes another user\'s role and records it', async () => {
      const id = await newCaseworker();
      await setUserRole(h.db, adminId, id, 'coordinator');
      expect((await userRow(id)).role).toBe('coordinator');
      const entries = await auditOf(id, 'user.updated');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actorUserId: adminId, details: { role: 'coordinator' } });
    });

    it('refuses the actor changing their own role', async () => {
      const err = await actionError(setUserRole(h.db, adminId, adminId, 'caseworker'));
      expect(err.key).toBe('cannotChangeSelf');
      expect((await userRow(adminId)).role).toBe('admin');
    });

    it('refuses the association role for a user without an association, and ambassador without a profile', async () => {
      const id = await newCaseworker();
      expect((await actionError(setUserRole(h.db, adminId, id, 'association'))).key).toBe('associationRequired');
      expect((await actionError(setUserRole(h.db, adminId, id, 'ambassador'))).key).toBe('ambassadorProfileRequired');
      expect((await userRow(id)).role).toBe('caseworker');
      expect(await auditOf(id, 'user.updated')).toHaveLength(0);
    });

    it('reports an unknown user as notFound', async () => {
      const err = await actionError(setUserRole(h.db, adminId, '00000000-0000-4000-8000-000000000000', 'coordinator'));
      expect(err.key).toBe('notFound');
    });
  });

  describe('setPortalLocale', () => {
    it('stores an ambassador\'s choice of Arabic, Dari or Turkish on the account', async () => {
      const [amb] = await h.db.insert(ambassadors).values({ displayName: 'Ahmad', referralCode: 'MUTAMB9', status: 'active' }).returning();
      const id = await createUser(h.db, { email: 'ahmad@example.nl', name: 'Ahmad', role: 'ambassador', password: PASSWORD, ambassadorId: amb!.id });
      expect((await userRow(id)).locale).toBeNull();
      for (const locale of ['ar', 'fa-AF', 'tr', 'nl']) {
        await setPortalLocale(h.db, { id, role: 'ambassador' }, locale);
        expect((await userRow(id)).locale).toBe(locale);
      }
    });

    it('offers staff Dutch and English only: Arabic is refused and nothing is stored', async () => {
      const id = await newCaseworker();
      await setPortalLocale(h.db, { id, role: 'caseworker' }, 'en');
      const err = await actionError(setPortalLocale(h.db, { id, role: 'caseworker' }, 'ar'));
      expect(err.key).toBe('invalidChoice');
      expect((await userRow(id)).locale).toBe('en');
    });
  });
});
