import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { expenseRates, installationSettings, neighbourhoods, targetPeriods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { verifyPassword } from '@/lib/auth/password';
import { completeFirstRun, needsFirstRun } from './mutations';

const input = {
  municipalityName: 'Gemeente Voorbeeld',
  adminName: 'Eerste Beheerder',
  adminEmail: 'Beheer@Voorbeeld.nl',
  password: 'een lang eerste wachtwoord',
  wijken: ['Nieuwe Wijk', 'Oude Haven'],
  rateCents: 750,
  period: { name: '2027 eerste helft', startsOn: '2027-01-01', endsOn: '2027-06-30', groupTarget: '60' },
};

describe.each(testDrivers)('first run on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('on an empty installation: creates the administrator, the settings, wijken, rate and period — once', async () => {
    expect(await needsFirstRun(h.db)).toBe(true);
    const id = await completeFirstRun(h.db, input);
    const [admin] = await h.db.select().from(users).where(eq(users.id, id));
    expect(admin).toMatchObject({ role: 'admin', email: 'beheer@voorbeeld.nl' });
    expect(await verifyPassword(admin!.passwordHash, input.password)).toBe(true);
    expect((await h.db.select().from(installationSettings))[0]!.municipalityName).toBe('Gemeente Voorbeeld');
    expect((await h.db.select().from(neighbourhoods).where(eq(neighbourhoods.code, 'oude-haven')))[0]!.name).toBe('Oude Haven');
    expect((await h.db.select().from(expenseRates)).some((r) => r.amountCents === 750)).toBe(true);
    expect((await h.db.select().from(targetPeriods))[0]).toMatchObject({ name: '2027 eerste helft', groupTarget: 60 });
    expect(await needsFirstRun(h.db)).toBe(false);

    const again = await completeFirstRun(h.db, { ...input, adminEmail: 'tweede@voorbeeld.nl' }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ActionError);
    expect((again as ActionError).key).toBe('setup.errors.alreadySetUp');
    expect(await h.db.select().from(users)).toHaveLength(1);
  });
});
