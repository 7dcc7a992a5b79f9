import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, coachingAgreements, coachingReviews, leads, notifications, targetPeriods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { myContacts } from '@/lib/field/queries';
import { addAmbassador, addShift, amsterdam } from '@/lib/field/test-helpers';
import { countLeads, parseLeadListFilters } from '@/lib/leads/list/queries';
import { render } from '@/lib/notifications/templates';
import { myShifts } from '@/lib/shifts/queries';
import { periodDetail } from '@/lib/targets/queries';
import { saveCoachingSettings } from '../settings/mutations';
import { reviewDue } from './due';
import { recordReview } from './mutations';
import { dueReviews, openAgreements, ownAgreements, reviewFigures, reviewForm, reviewsOf } from './queries';
import { reviewSchema } from './schema';

let phoneSeq = 0;

/** Leads attributed to an ambassador, created at Amsterdam wall-clock times. */
async function addLead(h: DbHandle, s: { amb: string; source: 'ambassador' | 'public'; at: string; planSignedOn?: string; name?: string }) {
  await h.db.insert(leads).values({
    name: s.name ?? 'Test Persoon',
    phone: `+3162${String(++phoneSeq).padStart(7, '0')}`,
    preferredLanguage: 'ar',
    source: s.source,
    recruitedByAmbassadorId: s.amb,
    consentAt: amsterdam(s.at),
    consentVersion: 'test',
    status: s.planSignedOn ? 'plan_signed' : 'new',
    planSignedOn: s.planSignedOn ?? null,
    createdAt: amsterdam(s.at),
  });
}

const input = (raw: Record<string, unknown>) => reviewSchema.parse(raw);

describe.each(testDrivers)('coaching reviews on $name', ({ open }) => {
  let h: DbHandle;
  let coachId: string;
  let fatima: string;
  let fatimaUser: string;
  let ahmad: string;
  // 2026-12-14 (Monday) at noon in Amsterdam: the window of 14 days is 2026-12-01 … 2026-12-14.
  const NOW = amsterdam('2026-12-14T12:00');

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coach@test.nl', name: 'Coach Test', passwordHash: 'x', role: 'coach' }).returning({ id: users.id });
    coachId = u!.id;
    ({ ambassadorId: fatima, userId: fatimaUser } = await addAmbassador(h, 'Fatima', { startedOn: amsterdam('2026-11-01T09:00') }));
    ahmad = (await addAmbassador(h, 'Ahmad', { startedOn: amsterdam('2026-11-20T09:00') })).ambassadorId;
    await h.db.insert(targetPeriods).values({ name: 'H2 2026', startsOn: '2026-07-01', endsOn: '2026-12-31', groupTarget: 184 });
    // Inside the window: 3 field contacts (one at 00:30 on its first day, Amsterdam), 2 link sign-ups, 2 plans.
    await addLead(h, { amb: fatima, source: 'ambassador', at: '2026-12-01T00:30', name: 'Amina Bakri' });
    await addLead(h, { amb: fatima, source: 'ambassador', at: '2026-12-05T10:00', planSignedOn: '2026-12-10' });
    await addLead(h, { amb: fatima, source: 'ambassador', at: '2026-12-14T11:00' });
    await addLead(h, { amb: fatima, source: 'public', at: '2026-12-03T10:00', planSignedOn: '2026-12-12' });
    await addLead(h, { amb: fatima, source: 'public', at: '2026-12-13T23:30' });
    // Outside: the evening before the window (23:30 Amsterdam is 22:30 UTC), a plan signed before it, another ambassador's.
    await addLead(h, { amb: fatima, source: 'ambassador', at: '2026-11-30T23:30', planSignedOn: '2026-11-30' });
    await addLead(h, { amb: ahmad, source: 'ambassador', at: '2026-12-05T10:00', planSignedOn: '2026-12-06' });
    // Shifts: two attended in the window, one absent, one not yet marked, one attended before the window.
    await addShift(h, '2026-12-02', 'morning', [{ ambassadorId: fatima, attended: true }]);
    await addShift(h, '2026-12-09', 'afternoon', [{ ambassadorId: fatima, attended: true }, { ambassadorId: ahmad, attended: true }]);
    await addShift(h, '2026-12-10', 'morning', [{ ambassadorId: fatima, attended: false }]);
    await addShift(h, '2026-12-14', 'evening', [{ ambassadorId: fatima, attended: null }]);
    await addShift(h, '2026-11-28', 'morning', [{ ambassadorId: fatima, attended: true }]);
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('the prefilled figures', () => {
    it('equal what the lists and the targets show for the same window', async () => {
      const w = { from: '2026-12-01', to: '2026-12-14' };
      const f = await reviewFigures(h.db, fatima, w);
      expect(f).toMatchObject({ contacts: 3, signups: 2, plansSigned: 2, shiftsWorked: 2 });
      // The staff lead list with the same filters.
      expect(f.contacts).toBe(await countLeads(h.db, parseLeadListFilters({ ambassador: fatima, source: 'ambassador', ...w })));
      expect(f.signups).toBe(await countLeads(h.db, parseLeadListFilters({ ambassador: fatima, source: 'public', ...w })));
      // The ambassador's own contact list, counted over the window's Amsterdam days.
      const mine = (await myContacts(h.db, fatima)).rows.filter((c) => amsterdam(`${w.from}T00:00`) <= c.createdAt && c.createdAt < amsterdam('2026-12-15T00:00'));
      expect(f.contacts).toBe(mine.length);
      // The targets' result over a "period" that is the window.
      const asPeriod = { id: '00000000-0000-0000-0000-000000000000', name: 'w', startsOn: w.from, endsOn: w.to, groupTarget: 1, channel: null, pairRule: 'recruiter' as const, createdAt: new Date() };
      const detail = await periodDetail(h.db, asPeriod, w.to);
      expect(f.plansSigned).toBe(detail.rows.find((r) => r.ambassadorId === fatima)!.result);
      // The ambassador's own shift list.
      expect(f.shiftsWorked).toBe((await myShifts(h.db, fatima, w.from)).filter((s) => s.date <= w.to && s.attended === true).length);
    });

    it('sets the personal target pro rata for the window', async () => {
      const f = await reviewFigures(h.db, fatima, { from: '2026-12-01', to: '2026-12-14' });
      // 184 split over two active ambassadors = 92 over 184 days: 14 days make 7.
      expect(f).toMatchObject({ periodName: 'H2 2026', target: 92, targetProRata: 7 });
    });

    it('are the form’s prefill for the last 14 days of today in Amsterdam', async () => {
      const form = await reviewForm(h.db, fatima, NOW);
      expect(form!.figures).toMatchObject({ from: '2026-12-01', to: '2026-12-14', contacts: 3, signups: 2, plansSigned: 2, shiftsWorked: 2 });
      expect(await reviewForm(h.db, '00000000-0000-0000-0000-000000000000', NOW)).toBeNull();
    });
  });

  describe('due and overdue', () => {
    it('turns at midnight in Amsterdam, not in UTC', () => {
      const at = (instant: Date) => reviewDue({ lastReviewOn: '2026-03-15', activeSince: '2026-01-01', today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(instant), intervalDays: 14 });
      // Due on 2026-03-29 (the night the clocks go forward). 23:30 UTC on the 29th is already the 30th in Amsterdam.
      expect(at(new Date('2026-03-29T21:30:00Z'))).toMatchObject({ dueOn: '2026-03-29', state: 'due', daysOverdue: 0 });
      expect(at(new Date('2026-03-29T22:30:00Z'))).toMatchObject({ state: 'overdue', daysOverdue: 1 });
      expect(at(new Date('2026-03-25T12:00:00Z'))).toMatchObject({ state: 'upcoming' });
      expect(at(new Date('2026-03-26T12:00:00Z'))).toMatchObject({ state: 'due' });
    });

    it('lists the ambassadors whose review is due or overdue, never reviewed counting from their start', async () => {
      // Fatima started 2026-11-01 → due 2026-11-15, overdue on 2026-12-14; Ahmad started 2026-11-20 → due 2026-12-04.
      const { rows } = await dueReviews(h.db, NOW);
      expect(rows.map((r) => [r.name, r.dueOn, r.state])).toEqual([
        ['Fatima', '2026-11-15', 'overdue'],
        ['Ahmad', '2026-12-04', 'overdue'],
      ]);
      // On 2026-11-14 at 23:30 UTC it is already the 15th in Amsterdam: Fatima is due, not yet overdue.
      const early = await dueReviews(h.db, new Date('2026-11-14T23:30:00Z'));
      expect(early.rows.map((r) => [r.name, r.state])).toEqual([['Fatima', 'due']]);
    });

    it('follows the configured interval', async () => {
      await saveCoachingSettings(h.db, coachId, { reviewIntervalDays: 28, coachingHoursTarget: 10 });
      const { rows } = await dueReviews(h.db, NOW);
      expect(rows.map((r) => [r.name, r.dueOn])).toEqual([['Fatima', '2026-11-29']]);
      await saveCoachingSettings(h.db, coachId, { reviewIntervalDays: 14, coachingHoursTarget: 10 });
    });
  });

  describe('recording reviews', () => {
    it('stores the server’s figures, the agreements and the notes, audited without their text', async () => {
      const id = await recordReview(h.db, coachId, input({ ambassadorId: fatima, agreements: 'Twee diensten per week\n\n  Flyers bij de school  ', notes: 'Vertelde over zorgen thuis' }), NOW);
      const [r] = await h.db.select().from(coachingReviews).where(eq(coachingReviews.id, id));
      expect(r).toMatchObject({ reviewedOn: '2026-12-14', windowFrom: '2026-12-01', contacts: 3, signups: 2, plansSigned: 2, shiftsWorked: 2, targetProRata: 7 });
      expect((await openAgreements(h.db, fatima)).map((a) => a.text)).toEqual(['Twee diensten per week', 'Flyers bij de school']);
      const entries = await h.db.select().from(auditLog).where(eq(auditLog.action, 'coaching.review_recorded'));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ entityId: fatima, actorUserId: coachId });
      expect(JSON.stringify(entries[0])).not.toMatch(/zorgen|diensten|Fatima/);
      // Fatima gets the agreements in the outbox — never the coach's private notes.
      const told = await h.db.select().from(notifications).where(eq(notifications.template, 'reviewAgreements'));
      expect(told).toHaveLength(1);
      expect(told[0]!.recipient_user_id).toBe(fatimaUser);
      const msg = render('reviewAgreements', 'nl', told[0]!.params, { name: 'Fatima', user: true });
      expect(msg.text).toContain('- Twee diensten per week\n- Flyers bij de school');
      expect(msg.text).toContain('14 december 2026');
      expect(msg.text).toContain('/ambassador/agreements');
      expect(JSON.stringify(told[0]) + msg.text + msg.subject).not.toMatch(/zorgen thuis/);
      // Reviewed today: no longer due.
      expect((await dueReviews(h.db, NOW)).rows.map((r) => r.name)).toEqual(['Ahmad']);
    });

    it('carries the agreements to the next review, which ticks them off as done or not done', async () => {
      const open = await openAgreements(h.db, fatima);
      const later = amsterdam('2026-12-28T10:00');
      expect((await reviewForm(h.db, fatima, later))!.openAgreements.map((a) => a.text)).toEqual(['Twee diensten per week', 'Flyers bij de school']);
      await recordReview(h.db, coachId, input({ ambassadorId: fatima, agreements: 'Sollicitatiebrief schrijven', done: [open[0]!.id] }), later);
      const reviews = await reviewsOf(h.db, fatima);
      expect(reviews.map((r) => r.reviewedOn)).toEqual(['2026-12-28', '2026-12-14']);
      expect(reviews[1]!.agreements.map((a) => [a.text, a.outcome])).toEqual([
        ['Twee diensten per week', 'done'],
        ['Flyers bij de school', 'not_done'],
      ]);
      expect((await openAgreements(h.db, fatima)).map((a) => a.text)).toEqual(['Sollicitatiebrief schrijven']);
    });

    it('refuses an agreement id that is not one of this ambassador’s open agreements, and stores nothing', async () => {
      const [closed] = await h.db.select({ id: coachingAgreements.id }).from(coachingAgreements).where(eq(coachingAgreements.outcome, 'done'));
      const before = (await h.db.select({ n: count() }).from(coachingReviews))[0]!.n;
      for (const done of [[closed!.id], ['00000000-0000-0000-0000-000000000000']]) {
        const err = await recordReview(h.db, coachId, input({ ambassadorId: fatima, agreements: 'x', done }), NOW).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ActionError);
        expect((err as ActionError).key).toBe('coach.errors.notFound');
      }
      // The refused reviews left no message behind (rolled back with their cause).
      expect(await h.db.select().from(notifications).where(eq(notifications.template, 'reviewAgreements'))).toHaveLength(2);
      // Fatima's open agreement ticked in a review of Ahmad.
      const [mine] = await openAgreements(h.db, fatima);
      const err = await recordReview(h.db, coachId, input({ ambassadorId: ahmad, agreements: '', done: [mine!.id] }), NOW).catch((e: unknown) => e);
      expect((err as ActionError).key).toBe('coach.errors.notFound');
      expect((await h.db.select({ n: count() }).from(coachingReviews))[0]!.n).toBe(before);
    });

    it('refuses an ambassador who is not active, or does not exist', async () => {
      const stopped = (await addAmbassador(h, 'Gestopt', { status: 'stopped' })).ambassadorId;
      for (const id of [stopped, '00000000-0000-0000-0000-000000000000']) {
        const err = await recordReview(h.db, coachId, input({ ambassadorId: id, agreements: 'x' }), NOW).catch((e: unknown) => e);
        expect((err as ActionError).key).toBe('coach.errors.notActive');
      }
    });

    it('the ambassador reads their own agreements and never the notes', async () => {
      const own = await ownAgreements(h.db, fatima);
      expect(own.map((a) => [a.text, a.outcome])).toEqual([
        ['Sollicitatiebrief schrijven', null],
        ['Twee diensten per week', 'done'],
        ['Flyers bij de school', 'not_done'],
      ]);
      expect(JSON.stringify(own)).not.toContain('zorgen');
      expect(own.every((a) => !('notes' in a))).toBe(true);
      expect(await ownAgreements(h.db, ahmad)).toEqual([]);
    });
  });

  it('the form refuses more than 10 agreements or one over 300 characters', () => {
    const id = fatima;
    expect(reviewSchema.safeParse({ ambassadorId: id, agreements: Array.from({ length: 11 }, (_, i) => `a${i}`).join('\n') }).error?.issues[0]?.message).toBe('coach.errors.tooManyAgreements');
    expect(reviewSchema.safeParse({ ambassadorId: id, agreements: 'x'.repeat(301) }).error?.issues[0]?.message).toBe('coach.errors.agreementTooLong');
  });
});
