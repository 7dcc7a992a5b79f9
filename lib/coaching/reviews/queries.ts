import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, coachingAgreements, coachingReviews } from '@/db/schema';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { daysFrom, sqlInAmsterdam, todayLocal } from '@/lib/dates';
import { countLeads, parseLeadListFilters } from '@/lib/leads/list/queries';
import { myShifts } from '@/lib/shifts/queries';
import { currentPeriod, personalTargets, signedByAmbassador } from '@/lib/targets/queries';
import { getCoachingSettings } from '../settings/queries';
import { type ReviewDue, reviewDue, reviewWindow } from './due';

export interface ReviewFigures {
  from: string;
  to: string;
  /** Contacts the ambassador registered in the field (the staff list: source "ambassador", their name). */
  contacts: number;
  /** Sign-ups through their link (the staff list: source "public", attributed to them). */
  signups: number;
  /** Course plans signed in the window attributed to them (the figure of the targets). */
  plansSigned: number;
  /** Shifts in the window marked attended (their own shift list). */
  shiftsWorked: number;
  /** Personal target of the period around the window's last day, and its share for the window's days. */
  periodName: string | null;
  target: number | null;
  targetProRata: number | null;
}

/**
 * The figures of a review window. Each one is read with the query of the list it stands for, so
 * a review never tells a different story than the pages: the staff lead list's filter
 * (`countLeads`), the targets' count of signed plans (`signedByAmbassador`) and the ambassador's
 * own shift list (`myShifts`).
 */
export async function reviewFigures(db: DbOrTx, ambassadorId: string, window: { from: string; to: string }): Promise<ReviewFigures> {
  const { from, to } = window;
  const list = (source: 'ambassador' | 'public') => countLeads(db, parseLeadListFilters({ ambassador: ambassadorId, source, from, to }));
  const [contacts, signups, signed, shifts, period] = await Promise.all([
    list('ambassador'),
    list('public'),
    signedByAmbassador(db, { startsOn: from, endsOn: to }),
    myShifts(db, ambassadorId, from),
    currentPeriod(db, to),
  ]);
  let target: number | null = null;
  let targetProRata: number | null = null;
  if (period) {
    const { split } = await personalTargets(db, period);
    target = split.targets.get(ambassadorId)?.target ?? null;
    const overlapFrom = from > period.startsOn ? from : period.startsOn;
    const overlapTo = to < period.endsOn ? to : period.endsOn;
    const overlap = Math.max(0, daysFrom(overlapFrom, overlapTo) + 1);
    const periodDays = daysFrom(period.startsOn, period.endsOn) + 1;
    if (target !== null) targetProRata = Math.round((target * overlap * 10) / periodDays) / 10;
  }
  return {
    from,
    to,
    contacts,
    signups,
    plansSigned: signed.get(ambassadorId) ?? 0,
    shiftsWorked: shifts.filter((s) => s.date <= to && s.attended === true).length,
    periodName: period?.name ?? null,
    target,
    targetProRata,
  };
}

export interface ReviewOverviewRow extends ReviewDue {
  ambassadorId: string;
  name: string;
  lastReviewOn: string | null;
}

/**
 * Every active ambassador with the day their next review falls and whether it is due or overdue
 * (Amsterdam days), soonest first. `now` is the moment "today" is read from.
 */
export async function reviewOverview(db: DbOrTx, now = new Date()): Promise<{ today: string; intervalDays: number; rows: ReviewOverviewRow[] }> {
  const today = todayLocal(now);
  const [settings, rows] = await Promise.all([
    getCoachingSettings(db),
    db
      .select({
        ambassadorId: ambassadors.id,
        name: ambassadors.displayName,
        lastReviewOn: sql<string | null>`(select max(cr.reviewed_on)::text from coaching_reviews cr where cr.ambassador_id = ${ambassadors}.id)`,
        activeSince: sql<string>`(coalesce(${sqlInAmsterdam(ambassadors.startedOn)}, ${sqlInAmsterdam(ambassadors.createdAt)}))::date::text`,
      })
      .from(ambassadors)
      .where(ambassadorActiveSql()),
  ]);
  const out = rows.map(({ activeSince, ...r }) => ({
    ...r,
    ...reviewDue({ lastReviewOn: r.lastReviewOn, activeSince, today, intervalDays: settings.reviewIntervalDays }),
  }));
  out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
  return { today, intervalDays: settings.reviewIntervalDays, rows: out };
}

/** The reviews that are due or overdue (for the coach's start page and the coordinator). */
export async function dueReviews(db: DbOrTx, now = new Date()) {
  const all = await reviewOverview(db, now);
  return { ...all, rows: all.rows.filter((r) => r.state !== 'upcoming') };
}

export interface OpenAgreement {
  id: string;
  text: string;
  reviewedOn: string;
}

/** The ambassador's agreements not yet ticked off, oldest first: what the next review asks about. */
export async function openAgreements(db: DbOrTx, ambassadorId: string): Promise<OpenAgreement[]> {
  return db
    .select({ id: coachingAgreements.id, text: coachingAgreements.text, reviewedOn: coachingReviews.reviewedOn })
    .from(coachingAgreements)
    .innerJoin(coachingReviews, eq(coachingAgreements.reviewId, coachingReviews.id))
    .where(and(eq(coachingAgreements.ambassadorId, ambassadorId), isNull(coachingAgreements.outcome)))
    .orderBy(asc(coachingReviews.reviewedOn), asc(coachingReviews.createdAt), asc(coachingAgreements.position));
}

/** Everything the review form needs: the active ambassador, the window's figures and the open agreements; null when not active. */
export async function reviewForm(db: DbOrTx, ambassadorId: string, now = new Date()) {
  const [amb] = await db
    .select({ id: ambassadors.id, name: ambassadors.displayName })
    .from(ambassadors)
    .where(and(eq(ambassadors.id, ambassadorId), ambassadorActiveSql()))
    .limit(1);
  if (!amb) return null;
  const settings = await getCoachingSettings(db);
  const window = reviewWindow(todayLocal(now), settings.reviewIntervalDays);
  const [figures, open] = await Promise.all([reviewFigures(db, ambassadorId, window), openAgreements(db, ambassadorId)]);
  return { ambassador: amb, figures, openAgreements: open };
}

export interface ReviewRecord {
  id: string;
  reviewedOn: string;
  windowFrom: string;
  windowTo: string;
  contacts: number;
  signups: number;
  plansSigned: number;
  shiftsWorked: number;
  targetProRata: number | null;
  /** The coach's private notes: for coaching pages only. */
  notes: string | null;
  agreements: { id: string; text: string; outcome: 'done' | 'not_done' | null }[];
}

/** An ambassador's reviews, newest first, with notes and agreements: for the coaching pages only. */
export async function reviewsOf(db: DbOrTx, ambassadorId: string): Promise<ReviewRecord[]> {
  const reviews = await db
    .select({
      id: coachingReviews.id,
      reviewedOn: coachingReviews.reviewedOn,
      windowFrom: coachingReviews.windowFrom,
      windowTo: coachingReviews.windowTo,
      contacts: coachingReviews.contacts,
      signups: coachingReviews.signups,
      plansSigned: coachingReviews.plansSigned,
      shiftsWorked: coachingReviews.shiftsWorked,
      targetProRata: coachingReviews.targetProRata,
      notes: coachingReviews.notes,
    })
    .from(coachingReviews)
    .where(eq(coachingReviews.ambassadorId, ambassadorId))
    .orderBy(desc(coachingReviews.reviewedOn), desc(coachingReviews.createdAt));
  const agreements = reviews.length
    ? await db
        .select({ id: coachingAgreements.id, reviewId: coachingAgreements.reviewId, text: coachingAgreements.text, outcome: coachingAgreements.outcome })
        .from(coachingAgreements)
        .where(and(eq(coachingAgreements.ambassadorId, ambassadorId), inArray(coachingAgreements.reviewId, reviews.map((r) => r.id))))
        .orderBy(asc(coachingAgreements.position))
    : [];
  return reviews.map((r) => ({ ...r, agreements: agreements.filter((a) => a.reviewId === r.id).map(({ reviewId: _r, ...a }) => a) }));
}

export interface OwnAgreement {
  id: string;
  text: string;
  outcome: 'done' | 'not_done' | null;
  reviewedOn: string;
}

/**
 * The ambassador's own agreements (open first, then the ticked-off ones, newest review first).
 * Reads only the agreement's text and outcome and the review's date: never the coach's notes.
 */
export async function ownAgreements(db: DbOrTx, ambassadorId: string): Promise<OwnAgreement[]> {
  return db
    .select({ id: coachingAgreements.id, text: coachingAgreements.text, outcome: coachingAgreements.outcome, reviewedOn: coachingReviews.reviewedOn })
    .from(coachingAgreements)
    .innerJoin(coachingReviews, eq(coachingAgreements.reviewId, coachingReviews.id))
    .where(eq(coachingAgreements.ambassadorId, ambassadorId))
    .orderBy(sql`${coachingAgreements.outcome} is not null`, desc(coachingReviews.reviewedOn), desc(coachingReviews.createdAt), asc(coachingAgreements.position));
}
