import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, installationSettings, users } from '@/db/schema';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { CITY_PHONE } from '@/lib/public-page/defaults';
import { OFFICER_DEFAULTS } from '@/lib/privacy/defaults';
import { testDrivers } from '@/db/testing';
import { PUBLIC_PAGE_DEFAULTS, cityOf } from './defaults';
import { publicPageSettingsSchema } from './schema';
import { getPublicPageSettings, savePublicPageSettings } from './settings';

const VALID = {
  municipalityName: 'Gemeente Voorbeeld',
  logoPath: '/logos/neutral.svg',
  phone: '079 346 8000',
  cost: 'contribution',
  lessonDays: ['mon', 'wed'],
  lessonTimes: 'evening',
  lessonPlace: 'Bibliotheek Forum',
  childcare: 'yes',
};

describe('public-page settings: validation', () => {
  it('accepts a full form; a single ticked box becomes a list', () => {
    const r = publicPageSettingsSchema.safeParse(VALID);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ lessonDays: ['mon', 'wed'], lessonTimes: ['evening'], phone: '079 346 8000' });
  });

  it('accepts the city’s short number as typed', () => {
    expect(publicPageSettingsSchema.safeParse({ ...VALID, phone: '14 079' }).data?.phone).toBe('14 079');
  });

  it.each([
    ['logoPath', { logoPath: 'https://evil.example/logo.png' }, 'publicPageSettings.errors.logoPath'],
    ['logoPath', { logoPath: '/logos/../../etc/passwd.svg' }, 'publicPageSettings.errors.logoPath'],
    ['logoPath', { logoPath: '/logos/logo.gif' }, 'publicPageSettings.errors.logoPath'],
    ['phone', { phone: '12' }, 'phoneInvalid'],
    ['lessonDays', { lessonDays: undefined }, 'publicPageSettings.errors.lessonDays'],
    ['lessonDays', { lessonDays: ['sun'] }, 'invalidChoice'],
    ['lessonTimes', { lessonTimes: undefined }, 'publicPageSettings.errors.lessonTimes'],
    ['cost', { cost: 'cheap' }, 'invalidChoice'],
    ['childcare', { childcare: undefined }, 'choiceRequired'], // a select says "Kies een optie",
    ['municipalityName', { municipalityName: '  ' }, 'required'],
  ])('refuses a wrong %s', (field, change, key) => {
    const r = publicPageSettingsSchema.safeParse({ ...VALID, ...change });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)[field]).toBe(key);
  });

  it('keeps one source for the city’s number: the public page and the privacy officer default to CITY_PHONE', () => {
    expect(PUBLIC_PAGE_DEFAULTS.phone).toBe(CITY_PHONE);
    expect(OFFICER_DEFAULTS.phone).toBe(CITY_PHONE);
  });
});

describe.each(testDrivers)('public-page settings: stored ($name)', ({ open }) => {
  let h: DbHandle;
  let admin: string;

  beforeAll(async () => {
    h = await open();
    const [a] = await h.db.insert(users).values({ email: 'admin@example.org', name: 'Beheerder', passwordHash: 'x', role: 'admin' }).returning({ id: users.id });
    admin = a!.id;
  });
  afterAll(async () => h?.close());

  it('shows the pilot’s defaults before anything is saved', async () => {
    expect(await getPublicPageSettings(h.db)).toEqual(PUBLIC_PAGE_DEFAULTS);
    expect(PUBLIC_PAGE_DEFAULTS).toMatchObject({ phone: '14 079', cost: 'free', lessonPlace: 'Meerzicht, Zoetermeer' });
  });

  it('keeps the name set at the first run and the defaults for the rest', async () => {
    await h.db.insert(installationSettings).values({ id: 'default', municipalityName: 'Gemeente Eerste' });
    expect(await getPublicPageSettings(h.db)).toEqual({ ...PUBLIC_PAGE_DEFAULTS, municipalityName: 'Gemeente Eerste' });
  });

  it('saves every value, audits who saved without the values, and reads them back', async () => {
    const saved = publicPageSettingsSchema.parse(VALID);
    await savePublicPageSettings(h.db, admin, saved);
    expect(await getPublicPageSettings(h.db)).toEqual({ ...VALID, lessonTimes: ['evening'] });
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.action, 'publicPage.settings_saved'));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorUserId).toBe(admin);
    expect(JSON.stringify(entries[0]!.details ?? {})).not.toContain('079 346 8000');
  });

  it('falls back to the default for a stored value that no longer reads as valid', async () => {
    await h.db.update(installationSettings).set({ publicPage: { logoPath: 'javascript:alert(1)', cost: 'weird', lessonDays: 'mon' } });
    const s = await getPublicPageSettings(h.db);
    expect(s.logoPath).toBe(PUBLIC_PAGE_DEFAULTS.logoPath);
    expect(s.cost).toBe(PUBLIC_PAGE_DEFAULTS.cost);
    expect(s.lessonDays).toEqual(PUBLIC_PAGE_DEFAULTS.lessonDays);
  });
});

describe('the place name on the ambassador pass', () => {
  it('is the municipality\'s name without "Gemeente", so the pass reads "Ambassadeur gemeente Voorbeeld"', () => {
    expect(cityOf('Gemeente Voorbeeld')).toBe('Voorbeeld');
    expect(cityOf('  gemeente  Zoetermeer ')).toBe('Zoetermeer');
    expect(cityOf('Súdwest-Fryslân')).toBe('Súdwest-Fryslân');
  });
});
