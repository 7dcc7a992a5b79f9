import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import {
  ambassadorClothing,
  ambassadorInterviews,
  ambassadors,
  coachingAgreements,
  coachingReviews,
  coachingSessions,
  events,
  expenseClaims,
  leads,
  neighbourhoods,
  organization,
  receipts,
  referrals,
  service,
  shiftAssignments,
  shifts,
  taxonomy_term,
  trainingAttendance,
  trainingCertificates,
  trainingModules,
  trainingSessions,
  users,
} from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { maskCount } from '@/lib/diversity/queries';
import { corpsList } from '@/lib/ambassadors/queries';
import { corpsListHref, parseCorpsFilters } from '@/lib/ambassadors/schema';
import { listClaims } from '@/lib/expenses/queries';
import { expenseQueueHref, parseQueueFilters } from '@/lib/expenses/schema';
import { evaluationFigures } from './figures';
import { referralsByThemeAndWijk } from './referrals';

/**
 * The evaluation's own figures and the referrals by theme and wijk: each equals a direct count over
 * the same rows (rows outside the period are there to be left out).
 */
describe.each(testDrivers)('evaluation figures on $name', ({ open }) => {
  let h: DbHandle;
  const p = { preset: 'custom' as const, from: '2026-07-01', to: '2026-12-31' };
  const today = '2026-12-31';
  const inside = new Date('2026-09-01T10:00:00Z');
  const before = new Date('2026-03-01T10:00:00Z');
  let seq = 0;
  const amb = async (over: Partial<typeof ambassadors.$inferInsert> = {}) => {
    const [a] = await h.db
      .insert(ambassadors)
      .values({ displayName: `Amb ${++seq}`, referralCode: `REF-${seq}`, status: 'active', createdAt: inside, ...over })
      .returning({ id: ambassadors.id });
    return a!.id;
  };
  const lead = (ambassadorId: string | null, status: string, createdAt = inside) =>
    h.db.insert(leads).values({
      name: `Lead ${++seq}`,
      phone: `+316190${String(80000 + seq)}`,
      preferredLanguage: 'ar',
      source: 'desk',
      status: status as never,
      recruitedByAmbassadorId: ambassadorId,
      consentAt: createdAt,
      consentVersion: 't',
      createdAt,
    });
  let user: string;
  let afghan: string[] = [];
  let small: string;
  let none: string;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@example.org', name: 'Co', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    user = u!.id;
    // The corps: five Afghan ambassadors (a group shown by name), one Eritrean (a small group), one not recorded.
    afghan = [];
    for (let i = 0; i < 5; i++) afghan.push(await amb({ countryOfOrigin: i === 0 ? ' Afghaans' : 'afghaans', source: i < 2 ? 'survey' : 'manual', hasChildren: i === 0 }));
    small = await amb({ countryOfOrigin: 'Eritrees', source: 'provider' });
    none = await amb({ source: 'survey', status: 'candidate' });
    await amb({ status: 'stopped', stopReasonCode: 'paid_work', stoppedOn: inside, createdAt: before });
    await amb({ status: 'stopped', stopReasonCode: 'moved', stoppedOn: before, createdAt: before, source: 'survey' });

    // Sign-ups recruited by them: in the period and one before.
    await lead(afghan[0]!, 'plan_signed');
    await lead(afghan[1]!, 'new');
    for (const a of afghan.slice(2)) await lead(a, 'new');
    await lead(small, 'started');
    await lead(small, 'new');
    await lead(none, 'new');
    await lead(afghan[0]!, 'plan_signed', before);
    await lead(null, 'plan_signed');

    await h.db.insert(ambassadorInterviews).values([
      { ambassadorId: none, heldOn: '2026-08-01', panel: 'x', outcome: 'suitable' },
      { ambassadorId: small, heldOn: '2026-02-01', panel: 'x', outcome: 'doubt' },
    ]);

    // Tasks: a market with two shifts in the period (one outside), assignments, attendance.
    const [market] = await h.db.insert(events).values({ title: 'Markt', kind: 'market', startsOn: '2026-06-20', endsOn: '2026-07-10', place: 'Plein' }).returning({ id: events.id });
    const [s1] = await h.db.insert(shifts).values({ eventId: market!.id, date: '2026-07-02', dagdeel: 'morning', places: 2 }).returning({ id: shifts.id });
    const [s2] = await h.db.insert(shifts).values({ eventId: market!.id, date: '2026-07-03', dagdeel: 'morning', places: 3 }).returning({ id: shifts.id });
    await h.db.insert(shifts).values({ eventId: market!.id, date: '2026-06-21', dagdeel: 'morning', places: 2 });
    await h.db.insert(shiftAssignments).values([
      { shiftId: s1!.id, ambassadorId: afghan[0]!, date: '2026-07-02', dagdeel: 'morning', attended: true },
      { shiftId: s1!.id, ambassadorId: afghan[1]!, date: '2026-07-02', dagdeel: 'morning', attended: false },
      { shiftId: s2!.id, ambassadorId: afghan[0]!, date: '2026-07-03', dagdeel: 'morning', attended: true },
    ]);
    // Allowance claims for those shifts.
    const [r] = await h.db.insert(receipts).values({ ambassadorId: afghan[0]!, contentType: 'image/png', size: 1, sha256: 'x', data: Buffer.from('x') }).returning({ id: receipts.id });
    await h.db.insert(expenseClaims).values([
      { ambassadorId: afghan[0]!, shiftId: s1!.id, amountCents: 695, status: 'paid', receiptId: r!.id, paidAt: inside },
      { ambassadorId: afghan[0]!, shiftId: s2!.id, amountCents: 695, status: 'submitted', receiptId: r!.id },
    ]);

    // Training.
    const [m] = await h.db.insert(trainingModules).values({ nameNl: 'Gesprek', nameEn: 'Talk' }).returning({ id: trainingModules.id });
    const [ts] = await h.db.insert(trainingSessions).values({ moduleId: m!.id, date: '2026-07-05', dagdeel: 'morning', room: 'A', trainer: 'T' }).returning({ id: trainingSessions.id });
    await h.db.insert(trainingSessions).values({ moduleId: m!.id, date: '2026-05-05', dagdeel: 'morning', room: 'A', trainer: 'T' });
    await h.db.insert(trainingAttendance).values([
      { sessionId: ts!.id, ambassadorId: afghan[0]!, attended: true },
      { sessionId: ts!.id, ambassadorId: afghan[1]!, attended: true },
      { sessionId: ts!.id, ambassadorId: small, attended: false },
    ]);
    await h.db.insert(trainingCertificates).values([
      { ambassadorId: afghan[0]!, code: 'c1', holderName: 'x', issuedOn: '2026-07-06' },
      { ambassadorId: afghan[1]!, code: 'c2', holderName: 'x', issuedOn: '2026-01-06' },
    ]);

    // Pass and clothing.
    await h.db.update(ambassadors).set({ passIssuedOn: '2026-07-01', passExpiresOn: '2027-07-01' }).where(eq(ambassadors.id, afghan[0]!));
    await h.db.update(ambassadors).set({ passIssuedOn: '2025-07-01', passExpiresOn: '2026-07-01' }).where(eq(ambassadors.id, afghan[1]!));
    await h.db.insert(ambassadorClothing).values([
      { ambassadorId: afghan[0]!, item: 'polo', issuedOn: '2026-07-01' },
      { ambassadorId: afghan[0]!, item: 'rain_jacket', issuedOn: '2026-01-01' },
    ]);

    // Coaching: two conversations in the period (90 minutes, one ambassador), one before; a review with agreements.
    await h.db.insert(coachingSessions).values([
      { ambassadorId: afghan[0]!, date: '2026-07-10', minutes: 60, topic: 'job_applications' },
      { ambassadorId: afghan[0]!, date: '2026-08-10', minutes: 30, topic: 'benefits' },
      { ambassadorId: small, date: '2026-05-10', minutes: 45, topic: 'benefits' },
    ]);
    const [rv1] = await h.db
      .insert(coachingReviews)
      .values({ ambassadorId: afghan[0]!, reviewedOn: '2026-07-01', windowFrom: '2026-06-17', windowTo: '2026-06-30', contacts: 0, signups: 0, plansSigned: 0, shiftsWorked: 0 })
      .returning({ id: coachingReviews.id });
    const [rv2] = await h.db
      .insert(coachingReviews)
      .values({ ambassadorId: afghan[0]!, reviewedOn: '2026-07-15', windowFrom: '2026-07-01', windowTo: '2026-07-14', contacts: 0, signups: 0, plansSigned: 0, shiftsWorked: 0 })
      .returning({ id: coachingReviews.id });
    await h.db.insert(coachingAgreements).values([
      { ambassadorId: afghan[0]!, reviewId: rv1!.id, position: 1, text: 'a', outcome: 'done', checkedInReviewId: rv2!.id },
      { ambassadorId: afghan[0]!, reviewId: rv1!.id, position: 2, text: 'b', outcome: 'not_done', checkedInReviewId: rv2!.id },
      { ambassadorId: afghan[0]!, reviewId: rv2!.id, position: 1, text: 'c' },
    ]);

    // The social map: a health theme with a sub-theme, a money theme; referrals in and before the period.
    const [wijk] = await h.db.insert(neighbourhoods).values({ code: 'testwijk', name: 'Testwijk' }).returning({ id: neighbourhoods.id });
    const [zorg] = await h.db.insert(taxonomy_term).values({ code: 'zorg', name: 'Zorg en gezondheid', description: '' }).returning({ id: taxonomy_term.id });
    const [huisarts] = await h.db.insert(taxonomy_term).values({ code: 'zorg.huisarts', name: 'Huisarts', description: '', parent_id: zorg!.id }).returning({ id: taxonomy_term.id });
    const [geld] = await h.db.insert(taxonomy_term).values({ code: 'geld', name: 'Geldzaken', description: '' }).returning({ id: taxonomy_term.id });
    const [org] = await h.db.insert(organization).values({ name: 'Org', description: '' }).returning({ id: organization.id });
    const [svc] = await h.db.insert(service).values({ organization_id: org!.id, name: 'Dienst' }).returning({ id: service.id });
    const ref = (term: string | null, wijkId: string | null, at = inside) => ({
      service_id: svc!.id,
      first_name: 'X',
      phone: '+31619000000',
      consent_at: at,
      referred_by_user_id: user,
      taxonomy_term_id: term,
      neighbourhood_id: wijkId,
      contact_preference: 'phone' as const,
      created_at: at,
    });
    await h.db.insert(referrals).values([
      ref(huisarts!.id, wijk!.id),
      ref(zorg!.id, null),
      ref(geld!.id, wijk!.id),
      ...Array.from({ length: 5 }, () => ref(geld!.id, wijk!.id)),
      ref(geld!.id, wijk!.id, before),
      ref(null, null),
    ]);
  });
  afterAll(async () => {
    await h?.close();
  });

  const direct = async (q: ReturnType<typeof sql>) => {
    const r = (await h.db.execute(q)) as unknown as { rows?: { n: unknown }[] } | { n: unknown }[];
    const rows = Array.isArray(r) ? r : r.rows!;
    return Number(rows[0]!.n);
  };
  const inPeriod = (col: string) => sql.raw(`${col} >= '2026-06-30T22:00:00Z' and ${col} < '2026-12-31T23:00:00Z'`);

  it('counts the referrals by theme (sub-themes rolled up, health shown as "<5") and by wijk', async () => {
    const r = await referralsByThemeAndWijk(h.db, p);
    const theme = (k: string) => r.themes.find((x) => x.key === k)!;
    expect(theme('zorg')).toMatchObject({ count: 2, special: true });
    expect(maskCount(theme('zorg').count)).toBe('<5');
    expect(theme('geld')).toMatchObject({ count: 6, special: false });
    expect(theme('none').count).toBe(1);
    const total = await direct(sql`select count(*) as n from referrals where ${inPeriod('created_at')}`);
    expect(r.themes.reduce((s, x) => s + x.count, 0)).toBe(total);
    expect(r.wijken.find((x) => x.key === 'testwijk')!.count).toBe(
      await direct(sql`select count(*) as n from referrals join neighbourhoods w on w.id = referrals.neighbourhood_id where w.code = 'testwijk' and ${inPeriod('referrals.created_at')}`),
    );
    expect(r.wijken.find((x) => x.key === 'none')!.count).toBe(2);
  });

  it('fills each evaluation section from the rows it counts', async () => {
    const f = await evaluationFigures(h.db, p, today);
    // Profile: the corps by stage now.
    for (const s of f.corps.byStatus) expect(s.count).toBe(await h.db.$count(ambassadors, eq(ambassadors.status, s.key as never)));
    expect(f.corps.activeWithChildren).toBe(1);
    // Recruitment: candidates of the period by source, survey-sourced included.
    const src = (k: string) => f.recruitment.bySource.find((x) => x.key === k)!;
    expect(src('survey')).toEqual({ key: 'survey', count: 3, active: 2 });
    expect(src('survey').count).toBe(await direct(sql`select count(*) as n from ambassadors where source = 'survey' and ${inPeriod('created_at')}`));
    expect(src('provider').count).toBe(1);
    expect(f.recruitment.interviews.find((x) => x.key === 'suitable')!.count).toBe(1);
    expect(f.recruitment.interviews.find((x) => x.key === 'doubt')!.count).toBe(0);
    // Tasks and places.
    expect(f.tasks.find((x) => x.kind === 'market')).toEqual({ kind: 'market', events: 1, shifts: 2, places: 5, assigned: 3, attended: 2 });
    expect(f.tasks.find((x) => x.kind === 'market')!.attended).toBe(
      await direct(sql`select count(*) as n from shift_assignments where attended and date between '2026-07-01' and '2026-12-31'`),
    );
    // Training.
    expect(f.training).toEqual({ sessions: 1, present: 2, absent: 1, trained: 2, certificatesIssued: 1, certificatesValid: 2 });
    // Allowance: claims for the period's dagdelen by status.
    expect(f.allowance.find((x) => x.key === 'paid')).toEqual({ key: 'paid', count: 1, cents: 695 });
    expect(f.allowance.find((x) => x.key === 'submitted')).toEqual({ key: 'submitted', count: 1, cents: 695 });
    // Pass and clothing.
    expect(f.passClothing.passesIssued).toBe(await h.db.$count(ambassadors, and(gte(ambassadors.passIssuedOn, p.from), lte(ambassadors.passIssuedOn, p.to))));
    expect(f.passClothing.passesIssued).toBe(1);
    expect(f.passClothing.passesValid).toBe(1);
    expect(f.passClothing.clothing).toEqual([
      { key: 'polo', count: 1 },
      { key: 'rain_jacket', count: 0 },
    ]);
    // Coaching intensity.
    expect(f.coaching).toMatchObject({ sessions: 2, minutes: 90, coached: 1, reviews: 2, reviewed: 1, agreementsDone: 1, agreementsNotDone: 1 });
    expect(f.coaching.minutes).toBe(await direct(sql`select coalesce(sum(minutes), 0) as n from coaching_sessions where date between '2026-07-01' and '2026-12-31'`));
    // Results: stopped in the period, by reason.
    expect(f.stopped.find((x) => x.key === 'paid_work')!.count).toBe(1);
    expect(f.stopped.find((x) => x.key === 'moved')!.count).toBe(0);
    expect(await h.db.$count(ambassadors, isNotNull(ambassadors.stopReasonCode))).toBe(2);
  });

  it('links each corps and allowance figure to a list that shows exactly what it counts', async () => {
    const f = await evaluationFigures(h.db, p, today);
    const listed = async (href: string) => (await corpsList(h.db, parseCorpsFilters(new URL(href, 'http://x').searchParams))).length;
    for (const s of f.corps.byStatus) expect(await listed(corpsListHref({ status: s.key as never })), s.key).toBe(s.count);
    for (const s of f.recruitment.bySource) {
      expect(await listed(corpsListHref({ source: s.key as never, cameFrom: p.from, cameTo: p.to })), s.key).toBe(s.count);
      expect(await listed(corpsListHref({ source: s.key as never, cameFrom: p.from, cameTo: p.to, status: 'active' })), s.key).toBe(s.active);
    }
    for (const s of f.stopped) {
      expect(await listed(corpsListHref({ status: 'stopped', reason: s.key as never, stoppedFrom: p.from, stoppedTo: p.to })), s.key).toBe(s.count);
    }
    expect(f.stopped.reduce((a, s) => a + s.count, 0)).toBeGreaterThan(0);
    for (const c of f.allowance) {
      const href = expenseQueueHref({ status: c.key as never, from: p.from, to: p.to });
      expect((await listClaims(h.db, parseQueueFilters(new URL(href, 'http://x').searchParams))).total, c.key).toBe(c.count);
    }
    expect(f.allowance.reduce((a, c) => a + c.count, 0)).toBeGreaterThan(0);
  });

  it('shows results by background only aggregated: groups under 5 added up, never by name', async () => {
    const f = await evaluationFigures(h.db, p, today);
    const afghanRow = f.culture.find((r) => r.group === 'background')!;
    expect(afghanRow.label?.toLowerCase()).toBe('afghaans');
    expect(afghanRow).toMatchObject({ ambassadors: 5, contacts: 5, signed: 1 });
    expect(f.culture.some((r) => r.label === 'Eritrees')).toBe(false);
    const smallRow = f.culture.find((r) => r.group === 'small')!;
    expect(smallRow).toMatchObject({ ambassadors: 1, contacts: 2, signed: 1 });
    expect(maskCount(smallRow.ambassadors)).toBe('<5');
    expect(f.culture.at(-1)).toMatchObject({ group: 'none', ambassadors: 1, contacts: 1 });
    // Every recruited sign-up of the period is in one row.
    const recruited = await direct(sql`select count(*) as n from leads where recruited_by_ambassador_id is not null and merged_into_id is null and ${inPeriod('created_at')}`);
    expect(f.culture.reduce((s, r) => s + r.contacts, 0)).toBe(recruited);
  });
});
