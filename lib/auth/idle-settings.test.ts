import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, installationSettings, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { getPublicPageSettings } from '@/lib/public-page/settings';
import { PUBLIC_PAGE_DEFAULTS } from '@/lib/public-page/defaults';
import { getSessionSettings, saveSessionSettings } from './idle-settings';
import { defaultStaffIdleMinutes, sessionEnded } from './timeouts';

describe.each(testDrivers)('session settings: stored ($name)', ({ open }) => {
  let h: DbHandle;
  let admin: string;
  const signedIn = 1_800_000_000;
  const ended = async (idleMinutes: number) =>
    sessionEnded({ at: signedIn, la: signedIn, staff: true }, signedIn + idleMinutes * 60, (await getSessionSettings(h.db)).staffIdleMinutes * 60);

  beforeAll(async () => {
    h = await open();
    const [a] = await h.db.insert(users).values({ email: 'admin@example.org', name: 'Beheerder', passwordHash: 'x', role: 'admin' }).returning({ id: users.id });
    admin = a!.id;
  });
  afterAll(async () => h?.close());

  it('uses STAFF_IDLE_MINUTES (30) until the administrator sets a limit, also on a fresh installation', async () => {
    expect(await getSessionSettings(h.db)).toEqual({ staffIdleMinutes: defaultStaffIdleMinutes() });
    expect(defaultStaffIdleMinutes()).toBe(Number(process.env.STAFF_IDLE_MINUTES ?? 30));
  });

  it('saves the administrator’s limit (creating the settings row if needed), audited, and staff sessions follow it', async () => {
    expect(await ended(45)).toBe(defaultStaffIdleMinutes() < 45);
    await saveSessionSettings(h.db, admin, { staffIdleMinutes: 60 });
    expect(await getSessionSettings(h.db)).toEqual({ staffIdleMinutes: 60 });
    expect(await ended(45)).toBe(false);
    expect(await ended(61)).toBe(true);
    const [row] = await h.db.select().from(installationSettings).where(eq(installationSettings.id, 'default'));
    expect(row?.updatedByUserId).toBe(admin);
    // The row this created leaves the public page's name to its default until the first run sets one.
    expect((await getPublicPageSettings(h.db)).municipalityName).toBe(PUBLIC_PAGE_DEFAULTS.municipalityName);
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.action, 'sessions.settings_saved'));
    expect(entries.map((e) => [e.actorUserId, e.details])).toEqual([[admin, { staffIdleMinutes: 60 }]]);
  });

  it('keeps the municipality’s name when saving, and a shorter limit applies too', async () => {
    await h.db.update(installationSettings).set({ municipalityName: 'Gemeente Voorbeeld' });
    await saveSessionSettings(h.db, admin, { staffIdleMinutes: 10 });
    const [row] = await h.db.select().from(installationSettings);
    expect(row?.municipalityName).toBe('Gemeente Voorbeeld');
    expect(await ended(11)).toBe(true);
  });

  it('falls back to the default for a stored value outside the range', async () => {
    await h.db.update(installationSettings).set({ staffIdleMinutes: 0 });
    expect((await getSessionSettings(h.db)).staffIdleMinutes).toBe(defaultStaffIdleMinutes());
  });
});
