import 'server-only';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, leads } from '@/db/schema';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { ownCorpsStatus } from '@/lib/ambassadors/queries';
import { todayLocal } from '@/lib/dates';
import { type ClaimSummary, claimsOf } from '@/lib/expenses/queries';
import type { LeadStatus } from '@/lib/leads/journey/steps';
import { type UpcomingShift, upcomingShiftsOf } from '@/lib/shifts/queries';
import { currentPeriod, personalTargets, signedInPeriod } from '@/lib/targets/queries';
import { type AmbassadorProgress, type SessionItem, ambassadorProgress, nextSessionFor } from '@/lib/training/queries';

/** The ambassador's own profile as far as their pages need it. */
export async function ambassadorProfile(db: DbOrTx, ambassadorId: string) {
  const [row] = await db
    .select({
      displayName: ambassadors.displayName,
      referralCode: ambassadors.referralCode,
      languages: ambassadors.languages,
      status: ambassadors.status,
      /** The programme's one rule (lib/ambassadors/eligibility): false once stopped or the account is deactivated. */
      active: sql<boolean>`coalesce(${ambassadorActiveSql()}, false)`,
    })
    .from(ambassadors)
    .where(eq(ambassadors.id, ambassadorId))
    .limit(1);
  return row ?? null;
}

export interface MyContact {
  id: string;
  /** The first word of the name only; the full name never leaves the database. */
  firstName: string;
  status: LeadStatus;
  createdAt: Date;
}

/**
 * The contacts an ambassador registered in the field themselves (newest first): first name and
 * step only, because once handed to staff the rest is not theirs to see. Merged duplicates are
 * left out (their history lives on the kept lead).
 *
 * Self sign-ups through the ambassador's link (`/?ref=`, source "public") are NOT listed, new or
 * not. A sign-up for a number that already has an open lead only adds a "repeat" entry to that
 * lead (lib/leads/signup/mutations.ts) and is never attributed to the ambassador; a new number becomes a
 * lead attributed to them. Listing the second but not the first would tell the ambassador whether
 * the person was already in the municipality's pipeline (which points at migration status). Making
 * the first look like the second would need a fake contact and would inflate the ambassador's
 * numbers. So neither is listed: the ambassador sees exactly the people they registered, and the
 * link's sign-ups count for them only where it is honest, in the signed-plan result of their
 * target (lib/targets), which a number already known never enters.
 */
export async function myContacts(db: DbOrTx, ambassadorId: string, limit = 100): Promise<{ total: number; rows: MyContact[] }> {
  const mine = and(eq(leads.recruitedByAmbassadorId, ambassadorId), eq(leads.source, 'ambassador'), isNull(leads.mergedIntoId));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: leads.id,
        firstName: sql<string>`(regexp_split_to_array(btrim(${leads.name}), '\\s+'))[1]`,
        status: leads.status,
        createdAt: leads.createdAt,
      })
      .from(leads)
      .where(mine)
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(limit),
    db.select({ n: count() }).from(leads).where(mine),
  ]);
  return { total: total!.n, rows: rows.map((r) => ({ ...r, firstName: r.firstName ?? '' })) };
}

export interface MyTarget {
  period: { name: string; startsOn: string; endsOn: string } | null;
  /** Personal target in the period; null without a period or when the ambassador is not active. */
  target: number | null;
  /** Course plans signed in the period that are attributed to the ambassador. */
  result: number;
  /** The whole group in the period: plans signed (by anyone) against the group target; null without a period. */
  group: { signed: number; target: number } | null;
}

/**
 * Personal target and result of the current period, and the group's, from the same queries
 * the coordinator's target pages use (`personalTargets`, `signedInPeriod`).
 */
export async function myTarget(db: DbOrTx, ambassadorId: string, today: string): Promise<MyTarget> {
  const period = await currentPeriod(db, today);
  if (!period) return { period: null, target: null, result: 0, group: null };
  const [{ split, results }, signed] = await Promise.all([personalTargets(db, period), signedInPeriod(db, period)]);
  return {
    period: { name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
    target: split.targets.get(ambassadorId)?.target ?? null,
    result: results.get(ambassadorId) ?? 0,
    group: { signed, target: period.groupTarget },
  };
}

export interface AmbassadorStart {
  target: MyTarget;
  contacts: { total: number; rows: MyContact[] };
  shifts: UpcomingShift[];
  openClaims: ClaimSummary[];
  /** Modules done, required done of total, the certificate (lib/training, as on /ambassador/training). */
  training: AmbassadorProgress;
  /** The next session of a module still to do that has not started yet. */
  nextSession: SessionItem | null;
  /** Pass, clothing and the agreement (lib/ambassadors, as on /ambassador/corps); null without a profile. */
  corps: Awaited<ReturnType<typeof ownCorpsStatus>>;
}

/**
 * Everything the ambassador's start page shows, each part filtered by their own id: the field
 * work, and the overview of their own programme (training, pass, clothing, agreement, target)
 * from the same queries as the pages that show each in full.
 */
export async function ambassadorStart(db: DbOrTx, ambassadorId: string, now: Date): Promise<AmbassadorStart> {
  const today = todayLocal(now);
  const [target, contacts, shifts, openClaims, training, nextSession, corps] = await Promise.all([
    myTarget(db, ambassadorId, today),
    myContacts(db, ambassadorId),
    upcomingShiftsOf(db, ambassadorId, today),
    claimsOf(db, ambassadorId, { open: true }),
    ambassadorProgress(db, ambassadorId),
    nextSessionFor(db, ambassadorId, now),
    ownCorpsStatus(db, ambassadorId),
  ]);
  return { target, contacts, shifts, openClaims, training, nextSession, corps };
}
