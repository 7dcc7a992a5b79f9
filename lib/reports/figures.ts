import 'server-only';
import { and, count, countDistinct, eq, gte, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '@/db/client';
import {
  ambassadorClothing,
  ambassadorInterviews,
  ambassadors,
  coachingAgreements,
  coachingReviews,
  coachingSessions,
  events,
  expenseClaims,
  meetings,
  shiftAssignments,
  shifts,
  trainingAttendance,
  trainingCertificates,
  trainingSessions,
} from '@/db/schema';
import { SMALL_COUNT } from '@/lib/diversity/queries';
import { periodRows } from '@/lib/leads/counts';
import { AMBASSADOR_STATUSES, CANDIDATE_SOURCES, INTERVIEW_OUTCOMES, STOP_REASONS } from '@/lib/ambassadors/lifecycle';
import { COACHING_TOPICS } from '@/lib/coaching/log/schema';
import { CLAIM_STATUSES } from '@/lib/expenses/schema';
import { EVENT_KINDS } from '@/lib/shifts/schema';
import type { ReportPeriod } from './period';
import { type CountRow, onPeriodDays } from './referrals';

export type { CountRow };

/**
 * The evaluation report's figures beyond the leads (issue #13): the corps, the recruitment of
 * ambassadors, tasks and places, training, allowances, pass and clothing, coaching, the culture of
 * results. Counts only, plain JSON (a published version freezes them). An ambassador's background (special-category data) leaves this module
 * grouped, and a background of fewer than 5 ambassadors only added up with the other small ones.
 */

/** A date column on one of the period's days. */
const dateIn = (col: Parameters<typeof gte>[0], p: ReportPeriod) => and(gte(col, p.from), lte(col, p.to))!;

/** Group rows by a key, with every key of `keys` present (0 when none). */
const complete = (keys: readonly string[], rows: { k: string | null; n: number }[]): CountRow[] => {
  const m = new Map(rows.map((r) => [r.k ?? 'none', r.n]));
  const out = keys.map((k) => ({ key: k, count: m.get(k) ?? 0 }));
  for (const [k, n] of m) if (!keys.includes(k)) out.push({ key: k, count: n });
  return out;
};


export interface TaskRow {
  kind: string;
  events: number;
  shifts: number;
  places: number;
  assigned: number;
  attended: number;
}

export interface CultureRow {
  /** The background as recorded (grouped, trimmed), or null for "smaller groups together" / not recorded. */
  label: string | null;
  group: 'background' | 'small' | 'none';
  ambassadors: number;
  contacts: number;
  signed: number;
}

export interface BackgroundRow {
  /** The background as most of its sign-ups' ambassadors spell it (trimmed), or null when not recorded. */
  label: string | null;
  ambassadors: number;
  contacts: number;
  signed: number;
}

/**
 * The period's sign-ups ("contacts") and, of them, plans signed (at or past "plan signed" now) by
 * the recruiting ambassador's background, with how many ambassadors recruited them; spellings
 * that differ only in case and spaces together, named by the spelling most of the sign-ups have
 * (of equals the first in order, as SQL's mode() chooses).
 * From the summary `r_ambassador` (per sign-up day and month, key ambassador id:signed), joined
 * with the ambassadors: the cost depends on the period's days and the corps, not on the leads.
 */
async function backgroundRows(db: DbOrTx, p: ReportPeriod): Promise<BackgroundRow[]> {
  const rows = rowsOf<{ label: string | null; ambassadors: unknown; contacts: unknown; signed: unknown }>(
    await db.execute(sql`with per as (
        select split_part(key, ':', 1) as id, sum(n) as n, coalesce(sum(n) filter (where split_part(key, ':', 2) = '1'), 0) as s
        from lead_counts where ${periodRows(['r_ambassador'], p.from, p.to)}
        group by 1 having sum(n) <> 0
      ), spelled as (
        select lower(nullif(trim(a.country_of_origin), '')) as grp, trim(a.country_of_origin) as label,
          count(*) as ambassadors, sum(per.n) as contacts, sum(per.s) as signed
        from per join ${ambassadors} a on a.id = per.id::uuid
        group by 1, 2
      )
      select (array_agg(label order by contacts desc, label))[1] as label,
        sum(ambassadors)::int as ambassadors, sum(contacts)::int as contacts, sum(signed)::int as signed
      from spelled group by grp`),
  );
  const int = (v: unknown) => Number(v ?? 0);
  return rows.map((r) => ({ label: r.label?.trim() ? r.label.trim() : null, ambassadors: int(r.ambassadors), contacts: int(r.contacts), signed: int(r.signed) }));
}

/**
 * The backgrounds as the report shows them: a background of fewer than 5 ambassadors (SMALL_COUNT)
 * not on its own but added up with the other small ones; by name, not recorded last.
 */
export function groupBackgrounds(rows: BackgroundRow[]): CultureRow[] {
  const cultureRows: CultureRow[] = [];
  const small: CultureRow = { label: null, group: 'small', ambassadors: 0, contacts: 0, signed: 0 };
  for (const r of rows) {
    if (r.label === null) cultureRows.push({ ...r, group: 'none' });
    else if (r.ambassadors >= SMALL_COUNT) cultureRows.push({ ...r, group: 'background' });
    else {
      small.ambassadors += r.ambassadors;
      small.contacts += r.contacts;
      small.signed += r.signed;
    }
  }
  cultureRows.sort((a, b) => (a.group === 'none' ? 1 : b.group === 'none' ? -1 : (a.label ?? '').localeCompare(b.label ?? '', 'nl')));
  if (small.ambassadors) cultureRows.splice(cultureRows.findIndex((r) => r.group === 'none') === -1 ? cultureRows.length : cultureRows.findIndex((r) => r.group === 'none'), 0, small);
  return cultureRows;
}

/** The evaluation's figures for a period (see the module comment). */
export async function evaluationFigures(db: DbOrTx, p: ReportPeriod, today: string) {
  const [
    corps,
    children,
    sources,
    sourcesActive,
    interviews,
    tasks,
    trainingSessionsN,
    attendance,
    certIssued,
    certValid,
    claims,
    passIssued,
    passValid,
    clothing,
    coachingTopics,
    coachingTotals,
    reviews,
    agreements,
    stopped,
    culture,
  ] = await Promise.all([
    db.select({ k: ambassadors.status, n: count() }).from(ambassadors).groupBy(ambassadors.status),
    db.select({ n: count() }).from(ambassadors).where(and(eq(ambassadors.status, 'active'), eq(ambassadors.hasChildren, true))),
    // Candidates who came in on the period's days, by where they came from (the survey, a provider's nomination, by hand).
    db.select({ k: ambassadors.source, n: count() }).from(ambassadors).where(onPeriodDays(ambassadors.createdAt, p)).groupBy(ambassadors.source),
    db
      .select({ k: ambassadors.source, n: count() })
      .from(ambassadors)
      .where(and(onPeriodDays(ambassadors.createdAt, p), eq(ambassadors.status, 'active')))
      .groupBy(ambassadors.source),
    db.select({ k: ambassadorInterviews.outcome, n: count() }).from(ambassadorInterviews).where(dateIn(ambassadorInterviews.heldOn, p)).groupBy(ambassadorInterviews.outcome),
    // Events on the period's days by kind, with their shifts, places and who worked them.
    db.execute(sql`select e.kind::text as kind,
        count(distinct e.id)::int as events,
        count(distinct s.id)::int as shifts,
        coalesce((select sum(s2.places) from ${shifts} s2 join ${events} e2 on e2.id = s2.event_id
          where e2.kind = e.kind and s2.date between ${p.from}::date and ${p.to}::date), 0)::int as places,
        count(a.shift_id)::int as assigned,
        count(a.shift_id) filter (where a.attended)::int as attended
      from ${events} e
      left join ${shifts} s on s.event_id = e.id and s.date between ${p.from}::date and ${p.to}::date
      left join ${shiftAssignments} a on a.shift_id = s.id
      where e.starts_on <= ${p.to}::date and e.ends_on >= ${p.from}::date
      group by e.kind`),
    db.select({ n: count() }).from(trainingSessions).where(dateIn(trainingSessions.date, p)),
    db
      .select({ present: sql<number>`count(*) filter (where ${trainingAttendance.attended})`.mapWith(Number), absent: sql<number>`count(*) filter (where not ${trainingAttendance.attended})`.mapWith(Number), people: sql<number>`count(distinct ${trainingAttendance.ambassadorId}) filter (where ${trainingAttendance.attended})`.mapWith(Number) })
      .from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
      .where(dateIn(trainingSessions.date, p)),
    db.select({ n: count() }).from(trainingCertificates).where(dateIn(trainingCertificates.issuedOn, p)),
    db.select({ n: count() }).from(trainingCertificates).where(isNull(trainingCertificates.revokedAt)),
    // Allowance claims for the dagdelen of the period (a shift's or a meeting's date), by status.
    db.execute(sql`select c.status::text as k, count(*)::int as n, coalesce(sum(c.amount_cents), 0)::int as cents
      from ${expenseClaims} c
      left join ${shifts} s on s.id = c.shift_id
      left join ${meetings} m on m.id = c.meeting_id
      where coalesce(s.date, m.date) between ${p.from}::date and ${p.to}::date
      group by c.status`),
    db.select({ n: count() }).from(ambassadors).where(dateIn(ambassadors.passIssuedOn, p)),
    db
      .select({ n: count() })
      .from(ambassadors)
      .where(and(isNotNull(ambassadors.passIssuedOn), isNull(ambassadors.passReturnedOn), or(isNull(ambassadors.passExpiresOn), gte(ambassadors.passExpiresOn, today)))),
    db.select({ k: ambassadorClothing.item, n: count() }).from(ambassadorClothing).where(dateIn(ambassadorClothing.issuedOn, p)).groupBy(ambassadorClothing.item),
    db
      .select({ k: coachingSessions.topic, n: count(), minutes: sql<number>`coalesce(sum(${coachingSessions.minutes}), 0)`.mapWith(Number) })
      .from(coachingSessions)
      .where(dateIn(coachingSessions.date, p))
      .groupBy(coachingSessions.topic),
    db
      .select({ people: countDistinct(coachingSessions.ambassadorId) })
      .from(coachingSessions)
      .where(dateIn(coachingSessions.date, p)),
    db.select({ n: count(), people: countDistinct(coachingReviews.ambassadorId) }).from(coachingReviews).where(dateIn(coachingReviews.reviewedOn, p)),
    db
      .select({ k: coachingAgreements.outcome, n: count() })
      .from(coachingAgreements)
      .innerJoin(coachingReviews, eq(coachingReviews.id, coachingAgreements.checkedInReviewId))
      .where(dateIn(coachingReviews.reviewedOn, p))
      .groupBy(coachingAgreements.outcome),
    // Ambassadors who stopped on the period's days, by reason (paid work, a subsidised job, study are results).
    db
      .select({ k: ambassadors.stopReasonCode, n: count() })
      .from(ambassadors)
      .where(and(eq(ambassadors.status, 'stopped'), onPeriodDays(ambassadors.stoppedOn, p)))
      .groupBy(ambassadors.stopReasonCode),
    backgroundRows(db, p),
  ]);

  const int = (v: unknown) => Number(v ?? 0);

  const claimRows = rowsOf<{ k: string; n: unknown; cents: unknown }>(claims);
  const claimBy = new Map(claimRows.map((r) => [r.k, { count: int(r.n), cents: int(r.cents) }]));
  const tl = coachingTopics.reduce((s, r) => s + r.minutes, 0);

  return {
    corps: {
      byStatus: complete(AMBASSADOR_STATUSES, corps.map((r) => ({ k: r.k, n: r.n }))),
      activeWithChildren: children[0]?.n ?? 0,
    },
    recruitment: {
      /** New candidates on the period's days by source, and of them active now. */
      bySource: CANDIDATE_SOURCES.map((s) => ({
        key: s,
        count: sources.find((r) => r.k === s)?.n ?? 0,
        active: sourcesActive.find((r) => r.k === s)?.n ?? 0,
      })),
      interviews: complete(INTERVIEW_OUTCOMES, interviews.map((r) => ({ k: r.k, n: r.n }))),
    },
    tasks: EVENT_KINDS.map((kind): TaskRow => {
      const r = rowsOf<{ kind: string; events: unknown; shifts: unknown; places: unknown; assigned: unknown; attended: unknown }>(tasks).find((x) => x.kind === kind);
      return { kind, events: int(r?.events), shifts: int(r?.shifts), places: int(r?.places), assigned: int(r?.assigned), attended: int(r?.attended) };
    }),
    training: {
      sessions: trainingSessionsN[0]?.n ?? 0,
      present: attendance[0]?.present ?? 0,
      absent: attendance[0]?.absent ?? 0,
      trained: attendance[0]?.people ?? 0,
      certificatesIssued: certIssued[0]?.n ?? 0,
      certificatesValid: certValid[0]?.n ?? 0,
    },
    allowance: CLAIM_STATUSES.map((s) => ({ key: s, count: claimBy.get(s)?.count ?? 0, cents: claimBy.get(s)?.cents ?? 0 })),
    passClothing: {
      passesIssued: passIssued[0]?.n ?? 0,
      passesValid: passValid[0]?.n ?? 0,
      clothing: complete(['polo', 'rain_jacket'], clothing.map((r) => ({ k: r.k, n: r.n }))),
    },
    coaching: {
      byTopic: COACHING_TOPICS.map((k) => {
        const r = coachingTopics.find((x) => x.k === k);
        return { key: k, count: r?.n ?? 0, minutes: r?.minutes ?? 0 };
      }),
      sessions: coachingTopics.reduce((s, r) => s + r.n, 0),
      minutes: tl,
      coached: coachingTotals[0]?.people ?? 0,
      reviews: reviews[0]?.n ?? 0,
      reviewed: reviews[0]?.people ?? 0,
      agreementsDone: agreements.find((r) => r.k === 'done')?.n ?? 0,
      agreementsNotDone: agreements.find((r) => r.k === 'not_done')?.n ?? 0,
    },
    stopped: complete(STOP_REASONS, stopped.map((r) => ({ k: r.k, n: r.n }))),
    culture: groupBackgrounds(culture),
  };
}
export type EvaluationFigures = Awaited<ReturnType<typeof evaluationFigures>>;
