import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { ambassadors } from '@/db/schema';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { audit } from '@/lib/audit';
import { addDays, todayLocal } from '@/lib/dates';
import { myTarget } from '@/lib/field/queries';
import { myShifts } from '@/lib/shifts/queries';
import { currentPeriod, personalTargets } from '@/lib/targets/queries';
import { coachedMinutes, goalOf, sessionsOf } from '../log/queries';
import { reviewOverview, reviewsOf } from '../reviews/queries';
import { getCoachingSettings } from '../settings/queries';

/** How far back the coach's page shows an ambassador's shifts. */
export const SHIFTS_PAST_DAYS = 28;

/**
 * The coach's start page: every active ambassador with their next review, this period's target and
 * result, and the coaching hours so far against the target hours. Figures only; no residents.
 */
export async function coachOverview(db: DbOrTx, now = new Date()) {
  const today = todayLocal(now);
  const [overview, minutes, settings, period] = await Promise.all([reviewOverview(db, now), coachedMinutes(db), getCoachingSettings(db), currentPeriod(db, today)]);
  const targets = period ? await personalTargets(db, period) : null;
  const rows = overview.rows
    .map((r) => ({
      ...r,
      hours: Math.round(((minutes.get(r.ambassadorId) ?? 0) / 60) * 10) / 10,
      target: targets?.split.targets.get(r.ambassadorId)?.target ?? null,
      result: targets ? (targets.results.get(r.ambassadorId) ?? 0) : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
  return {
    today,
    settings,
    period: period ? { name: period.name, startsOn: period.startsOn, endsOn: period.endsOn } : null,
    due: overview.rows.filter((r) => r.state !== 'upcoming'),
    rows,
  };
}

/**
 * One active ambassador's coaching record for the coach: target and result, recent and coming
 * shifts, the reviews (with the private notes), the coaching log and the development goal. The
 * read and its audit entry (`coaching.viewed`) are one call. Null (and nothing written) when the
 * id is not an active ambassador.
 */
export async function openCoachingRecord(db: Db, viewerUserId: string, ambassadorId: string, now = new Date()) {
  const today = todayLocal(now);
  return db.transaction(async (tx) => {
    const [amb] = await tx
      .select({ id: ambassadors.id, name: ambassadors.displayName, languages: ambassadors.languages })
      .from(ambassadors)
      .where(and(eq(ambassadors.id, ambassadorId), ambassadorActiveSql()))
      .limit(1);
    if (!amb) return null;
    const [target, shifts, reviews, sessions, goal, settings, overview] = await Promise.all([
      myTarget(tx, ambassadorId, today),
      myShifts(tx, ambassadorId, addDays(today, -SHIFTS_PAST_DAYS)),
      reviewsOf(tx, ambassadorId),
      sessionsOf(tx, ambassadorId),
      goalOf(tx, ambassadorId),
      getCoachingSettings(tx),
      reviewOverview(tx, now),
    ]);
    await audit(tx, { action: 'coaching.viewed', actorUserId: viewerUserId, entityType: 'ambassador', entityId: ambassadorId });
    const minutes = sessions.reduce((s, x) => s + x.minutes, 0);
    return {
      today,
      ambassador: amb,
      target,
      shifts,
      reviews,
      sessions,
      hours: Math.round((minutes / 60) * 10) / 10,
      goal,
      settings,
      due: overview.rows.find((r) => r.ambassadorId === ambassadorId) ?? null,
    };
  });
}
