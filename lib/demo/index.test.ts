import { and, count, eq, gte, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, associations, leadEvents, leads, providerCourses, surveys, users } from '@/db/schema';
import { DEFAULT_SURVEY_KEY } from './survey';
import { loadSurvey } from '@/lib/survey/queries';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { memoryTestDb } from '@/db/testing';
import { verifyPassword } from '@/lib/auth/password';
import { normalizePhone } from '@/lib/phone';
import { DEMO_PASSWORD } from './data';
import { ambassadorProgress, corpsProgress, hasCompletedRequiredTraining, hasCompletedSocialMap } from '../../lib/training/queries';
import { countLeads, DEMO_ACCOUNTS, seedDemo, userIdByEmail } from './index';
import { claimableDagdelenOf } from '@/lib/expenses/queries';
import { weekSlots } from '@/lib/intake/queries';
import { weekStartOf } from '@/lib/dates';

const EXPECTED_ROLES: Record<string, string> = {
  'admin@wijkwerf.test': 'admin',
  'coordinator@wijkwerf.test': 'coordinator',
  'caseworker@wijkwerf.test': 'caseworker',
  'ambassador@wijkwerf.test': 'ambassador',
  'ambassador2@wijkwerf.test': 'ambassador',
  'association@wijkwerf.test': 'association',
  'association2@wijkwerf.test': 'association',
  'coach@wijkwerf.test': 'coach',
  'provider@wijkwerf.test': 'provider',
  'provider2@wijkwerf.test': 'provider',
};

describe('seedDemo (PGlite)', () => {
  let h: DbHandle;
  let first: boolean;
  const now = new Date('2026-11-15T12:00:00Z');

  beforeAll(async () => {
    h = await memoryTestDb();
    first = await seedDemo(h.db, now);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads into an empty database and says so', () => {
    expect(first).toBe(true);
  });

  it('has 23 ambassadors, two of them stopped with a reason, plus three candidates in the pipeline', async () => {
    const all = await h.db.select().from(ambassadors);
    expect(all.filter((a) => ['candidate', 'interview', 'vog', 'training'].includes(a.status))).toHaveLength(3);
    const rows = all.filter((a) => a.status === 'active' || a.status === 'stopped');
    expect(rows).toHaveLength(23);
    const stopped = rows.filter((a) => a.status === 'stopped');
    expect(stopped).toHaveLength(2);
    for (const a of stopped) {
      expect(a.stopReason).toBeTruthy();
      expect(a.stoppedOn).not.toBeNull();
      expect(a.stopReasonCode).toBe('paid_work');
    }
    // Every active ambassador has a VOG, so the demo can schedule them.
    expect(rows.filter((a) => a.status === 'active' && !a.vogReceivedOn)).toHaveLength(0);
    expect(rows.filter((a) => a.status === 'active')).toHaveLength(21);
    expect(new Set(rows.map((a) => a.referralCode)).size).toBe(23);
  });

  it("has the default participant survey, open, in each of the public site's nine languages, with a skip rule", async () => {
    const [row] = await h.db.select().from(surveys).where(eq(surveys.key, DEFAULT_SURVEY_KEY));
    expect(row!.status).toBe('open');
    const def = (await loadSurvey(h.db, row!.id))!;
    expect(def.sections.map((s) => s.title.ar)).toEqual(['قبل الدورة', 'أثناء الدورة', 'بعد الدورة']);
    expect(def.sections.map((s) => s.title.pl)).toEqual(['Przed kursem', 'W trakcie kursu', 'Po kursie']);
    const questions = def.sections.flatMap((s) => s.questions);
    // Every text the respondent reads exists in every public language; beyond nl and en it is not
    // the English text (which a missing translation would fall back to).
    const texts = [row!.title, row!.intro, ...def.sections.map((s) => s.title), ...questions.flatMap((q) => [q.text, ...q.options.map((o) => o.label)])];
    for (const locale of PUBLIC_LOCALES) {
      const missing = texts.filter((t) => !t[locale]?.trim() || (locale !== 'nl' && locale !== 'en' && t[locale] === t.en));
      expect(missing.map((t) => t.nl), locale).toEqual([]);
    }
    expect(questions.filter((q) => q.showIf)).toHaveLength(1);
  });

  it('has an intake calendar with bookings this week, and an intake the demo ambassador went along to and can claim', async () => {
    const week = await weekSlots(h.db, weekStartOf('2026-11-15'));
    expect(week.length).toBeGreaterThan(0);
    const [u] = await h.db.select({ ambassadorId: users.ambassadorId }).from(users).where(eq(users.email, 'ambassador@wijkwerf.test'));
    const claimable = await claimableDagdelenOf(h.db, u!.ambassadorId!, now);
    expect(claimable.filter((c) => c.intakeEscortId !== null)).toHaveLength(1);
  });

  it('has an Afghan association', async () => {
    const rows = await h.db.select().from(associations);
    expect(rows.some((a) => a.community === 'Afghaans' && /afghaan/i.test(a.name))).toBe(true);
  });

  it('creates the ten demo accounts with their roles and the demo password', async () => {
    const rows = await h.db.select().from(users);
    expect(Object.fromEntries(rows.map((u) => [u.email, u.role]))).toEqual(EXPECTED_ROLES);
    expect(DEMO_ACCOUNTS).toHaveLength(10);
    expect(rows.every((u) => u.active)).toBe(true);
    expect(await verifyPassword(rows[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await userIdByEmail(h.db, 'coordinator@wijkwerf.test')).toBe(rows.find((u) => u.role === 'coordinator')!.id);
  });

  it('links each provider account to a different language provider, each with its own courses and residents at "offer"', async () => {
    const rows = await h.db.select().from(users);
    const [p1, p2] = ['provider@wijkwerf.test', 'provider2@wijkwerf.test'].map((e) => rows.find((u) => u.email === e)!.providerId);
    expect(p1).toBeTruthy();
    expect(p2).toBeTruthy();
    expect(p1).not.toBe(p2);
    for (const providerId of [p1!, p2!]) {
      const [courses] = await h.db.select({ n: count() }).from(providerCourses).where(eq(providerCourses.providerId, providerId));
      expect(courses!.n).toBeGreaterThan(0);
      const [offers] = await h.db.select({ n: count() }).from(leads).where(and(eq(leads.providerId, providerId), eq(leads.status, 'offer')));
      expect(offers!.n).toBeGreaterThanOrEqual(4);
    }
  });

  it('links each ambassador account to its own ambassador and each association account to a different association', async () => {
    const rows = await h.db.select().from(users);
    const byEmail = (e: string) => rows.find((u) => u.email === e)!;
    const amb1 = byEmail('ambassador@wijkwerf.test');
    const amb2 = byEmail('ambassador2@wijkwerf.test');
    expect(amb1.ambassadorId).toBeTruthy();
    expect(amb2.ambassadorId).toBeTruthy();
    expect(amb1.ambassadorId).not.toBe(amb2.ambassadorId);
    const linked = await h.db.select().from(ambassadors).where(eq(ambassadors.id, amb1.ambassadorId!));
    expect(linked[0]).toMatchObject({ displayName: amb1.name, status: 'active' });

    const as1 = byEmail('association@wijkwerf.test');
    const as2 = byEmail('association2@wijkwerf.test');
    expect(as1.associationId).toBeTruthy();
    expect(as2.associationId).toBeTruthy();
    expect(as1.associationId).not.toBe(as2.associationId);
    const [afghan] = await h.db.select().from(associations).where(eq(associations.id, as1.associationId!));
    expect(afghan!.community).toBe('Afghaans');

    for (const staff of rows.filter((u) => ['admin', 'coordinator', 'caseworker'].includes(u.role))) {
      expect(staff.ambassadorId).toBeNull();
      expect(staff.associationId).toBeNull();
    }
  });

  it('has at least 61 ambassador-recruited leads from the first half of 2010, each credited to an ambassador', async () => {
    const h1 = and(
      eq(leads.source, 'ambassador'),
      gte(leads.createdAt, new Date('2010-01-01T00:00:00Z')),
      lt(leads.createdAt, new Date('2010-07-01T00:00:00Z')),
    );
    const rows = await h.db.select().from(leads).where(h1);
    expect(rows.length).toBeGreaterThanOrEqual(61);
    expect(rows.every((l) => l.recruitedByAmbassadorId !== null)).toBe(true);
  });

  it('gives every lead a valid E.164 phone number and a history that starts with its creation', async () => {
    const rows = await h.db.select({ id: leads.id, phone: leads.phone }).from(leads);
    expect(rows.length).toBeGreaterThan(61);
    for (const { phone } of rows) {
      expect(phone).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(normalizePhone(phone)).toBe(phone);
    }
    const [{ n: created }] = await h.db.select({ n: count() }).from(leadEvents).where(eq(leadEvents.kind, 'created'));
    expect(created).toBe(rows.length);
  });

  it('has recent leads so the current period shows activity, none after "now"', async () => {
    const recent = await h.db
      .select({ n: count() })
      .from(leads)
      .where(gte(leads.createdAt, new Date(now.getTime() - 120 * 24 * 3600 * 1000)));
    expect(recent[0]!.n).toBeGreaterThan(0);
    const future = await h.db.select({ n: count() }).from(leads).where(gte(leads.createdAt, new Date(now.getTime() + 1000)));
    expect(future[0]!.n).toBe(0);
  });

  it('does nothing the second time', async () => {
    const counts = async () => ({
      leads: await countLeads(h.db),
      users: (await h.db.select({ n: count() }).from(users))[0]!.n,
      ambassadors: (await h.db.select({ n: count() }).from(ambassadors))[0]!.n,
      associations: (await h.db.select({ n: count() }).from(associations))[0]!.n,
      events: (await h.db.select({ n: count() }).from(leadEvents))[0]!.n,
    });
    const before = await counts();
    expect(await seedDemo(h.db, now)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});

describe('seedDemo: training', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await memoryTestDb();
    await seedDemo(h.db, new Date('2026-11-15T12:00:00Z'));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the demo ambassador accounts completed the required modules and the social map, and hold a valid certificate', async () => {
    for (const email of ['ambassador@wijkwerf.test', 'ambassador2@wijkwerf.test']) {
      const [u] = await h.db.select({ ambassadorId: users.ambassadorId }).from(users).where(eq(users.email, email));
      expect(await hasCompletedRequiredTraining(h.db, u!.ambassadorId!)).toBe(true);
      expect(await hasCompletedSocialMap(h.db, u!.ambassadorId!)).toBe(true);
      expect((await ambassadorProgress(h.db, u!.ambassadorId!)).certificate?.revokedAt).toBeNull();
    }
    const corps = await corpsProgress(h.db);
    const complete = corps.rows.filter((r) => r.progress.complete).length;
    expect(complete).toBe(corps.rows.length - 2);
    expect(corps.rows.filter((r) => !r.progress.socialMapDone).length).toBeGreaterThan(0);
  });
});
