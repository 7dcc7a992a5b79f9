import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, languageProviders, notifications, userInvites, users } from '@/db/schema';
import { render } from '@/lib/notifications/templates';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { verifyPassword } from '@/lib/auth/password';
import { INVITE_DAYS, acceptInvite, createInvite, findInvite, hashInviteToken, resendInvite, revokeInvite } from './invites';
import { listAccounts, listOpenInvites } from './queries';

async function errorKey(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
}

const DAY = 24 * 3600 * 1000;

describe.each(testDrivers)('invites on $name', ({ open }) => {
  let h: DbHandle;
  let adminId: string;
  let n = 0;
  const newAmbassador = async () => {
    const [a] = await h.db.insert(ambassadors).values({ displayName: 'Yasmin', status: 'active', referralCode: `INV${++n}` }).returning({ id: ambassadors.id });
    return a!.id;
  };
  const invite = async (now = new Date()) =>
    createInvite(h.db, adminId, { email: `Yasmin${++n}@Example.nl`, name: 'Yasmin', role: 'ambassador', ambassadorId: await newAmbassador() }, now);

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coord@inv.test', name: 'Marco', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    adminId = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores only a hash of the token, valid for 7 days', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const { token, expiresAt } = await invite(now);
    expect(expiresAt.getTime() - now.getTime()).toBe(INVITE_DAYS * DAY);
    const rows = await h.db.select().from(userInvites);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.some((r) => r.tokenHash === hashInviteToken(token))).toBe(true);
  });

  it('puts the e-mail with the link in the outbox, to the invitee’s address, with the invite', async () => {
    const { token } = await invite();
    const [row] = await h.db.select().from(notifications).where(eq(notifications.template, 'invite')).orderBy(desc(notifications.created_at)).limit(1);
    expect(row!.recipient_address).toMatch(/^yasmin\d+@example\.nl$/);
    expect(render('invite', row!.locale, row!.params, { user: false }).text).toContain(`/invite/${token}`);
  });

  it('an invite for a language provider\'s account needs the provider and gives the account that provider', async () => {
    expect(await errorKey(createInvite(h.db, adminId, { email: 'school@example.nl', name: 'School', role: 'provider' }))).toBe('invite.errors.profileRequired');
    const [p] = await h.db.insert(languageProviders).values({ name: `Taalschool ${++n}` }).returning();
    const { token } = await createInvite(h.db, adminId, { email: 'school@example.nl', name: 'School', role: 'provider', providerId: p!.id });
    const userId = await acceptInvite(h.db, { token, password: 'een-lang-wachtwoord' });
    const [u] = await h.db.select().from(users).where(eq(users.id, userId));
    expect(u).toMatchObject({ role: 'provider', providerId: p!.id });
  });

  it('sets the password once: the account signs in with it, and the link then stops working', async () => {
    const { token } = await invite();
    const found = await findInvite(h.db, token);
    expect(found).toMatchObject({ valid: true, role: 'ambassador' });
    const userId = await acceptInvite(h.db, { token, password: 'een-lang-wachtwoord' });
    const [u] = await h.db.select().from(users).where(eq(users.id, userId));
    expect(u!.role).toBe('ambassador');
    expect(u!.email).toMatch(/^yasmin\d+@example\.nl$/);
    expect(u!.passwordHash).not.toContain('een-lang-wachtwoord');
    expect(await verifyPassword(u!.passwordHash, 'een-lang-wachtwoord')).toBe(true);
    expect((await findInvite(h.db, token)).valid).toBe(false);
    expect(await errorKey(acceptInvite(h.db, { token, password: 'nog-een-wachtwoord' }))).toBe('invite.errors.inviteInvalid');
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, 'invite.accepted'));
    expect(JSON.stringify(audits)).not.toMatch(/yasmin|wachtwoord/i);
  });

  it('refuses an expired link, a wrong token and a too short password', async () => {
    const created = new Date('2026-11-01T10:00:00Z');
    const { token } = await invite(created);
    const later = new Date(created.getTime() + INVITE_DAYS * DAY + 1000);
    expect((await findInvite(h.db, token, later)).valid).toBe(false);
    expect(await errorKey(acceptInvite(h.db, { token, password: 'een-lang-wachtwoord' }, later))).toBe('invite.errors.inviteInvalid');
    expect(await errorKey(acceptInvite(h.db, { token: 'x'.repeat(43), password: 'een-lang-wachtwoord' }))).toBe('invite.errors.inviteInvalid');
    const fresh = await invite();
    expect(await errorKey(acceptInvite(h.db, { token: fresh.token, password: 'kort' }))).toBe('invalidForm');
    expect((await findInvite(h.db, fresh.token)).valid).toBe(true);
  });

  it('a newer invite for the same ambassador revokes the older one; an address with an account is refused', async () => {
    const ambassadorId = await newAmbassador();
    const first = await createInvite(h.db, adminId, { email: 'twice@example.nl', name: 'T', role: 'ambassador', ambassadorId });
    const second = await createInvite(h.db, adminId, { email: 'twice@example.nl', name: 'T', role: 'ambassador', ambassadorId });
    expect((await findInvite(h.db, first.token)).valid).toBe(false);
    expect((await findInvite(h.db, second.token)).valid).toBe(true);
    await acceptInvite(h.db, { token: second.token, password: 'een-lang-wachtwoord' });
    expect(await errorKey(createInvite(h.db, adminId, { email: 'twice@example.nl', name: 'T', role: 'ambassador', ambassadorId: await newAmbassador() }))).toBe('invite.errors.emailTaken');
    expect(await errorKey(createInvite(h.db, adminId, { email: 'other@example.nl', name: 'T', role: 'ambassador', ambassadorId }))).toBe('invite.errors.hasAccount');
  });

  it('resend gives a new link and kills the old one; revoke kills it; a coordinator cannot touch a staff invite', async () => {
    const first = await createInvite(h.db, adminId, { email: 'staff-new@example.nl', name: 'S', role: 'caseworker' });
    const [row] = await h.db.select().from(userInvites).where(eq(userInvites.tokenHash, hashInviteToken(first.token)));
    expect(await errorKey(resendInvite(h.db, adminId, row!.id, ['ambassador', 'association']))).toBe('notFound');
    expect(await errorKey(revokeInvite(h.db, adminId, row!.id, ['ambassador', 'association']))).toBe('notFound');
    const second = await resendInvite(h.db, adminId, row!.id, ['caseworker']);
    expect((await findInvite(h.db, first.token)).valid).toBe(false);
    expect((await findInvite(h.db, second.token)).valid).toBe(true);
    const open = await listOpenInvites(h.db, ['caseworker']);
    expect(open.map((i) => i.email)).toEqual(['staff-new@example.nl']);
    await revokeInvite(h.db, adminId, open[0]!.id, ['caseworker']);
    expect((await findInvite(h.db, second.token)).valid).toBe(false);
    expect(await listOpenInvites(h.db, ['caseworker'])).toEqual([]);
  });

  it('the account list shows only the given roles, searchable, with the second-factor status', async () => {
    const all = await listAccounts(h.db, ['ambassador', 'coordinator']);
    expect(all.some((a) => a.role === 'coordinator' && a.twoFactorOn === false && a.lastSignInAt === null)).toBe(true);
    const ambassadorsOnly = await listAccounts(h.db, ['ambassador'], { q: 'EXAMPLE.nl' });
    expect(ambassadorsOnly.length).toBeGreaterThan(0);
    expect(ambassadorsOnly.every((a) => a.role === 'ambassador')).toBe(true);
    expect(await listAccounts(h.db, ['ambassador'], { q: '%' })).toEqual([]);
  });
});

