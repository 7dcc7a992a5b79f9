import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import {
  agreementAcceptances,
  ambassadorClothing,
  ambassadorInterviews,
  ambassadorStatusEvents,
  ambassadors,
  languageProviders,
  neighbourhoods,
  userInvites,
  users,
} from '@/db/schema';
import { audit } from '@/lib/audit';
import { sqlAmsterdamDayStart } from '@/lib/dates';
import type { CorpsFilters } from './schema';
import { AGREEMENT_VERSION, AMBASSADOR_STATUSES, type AmbassadorStatus, RESULT_REASONS, type StopReason } from './lifecycle';

/** Reads of the corps for the coordinator's pages and the ambassador's own view. */

export interface CorpsListRow {
  id: string;
  name: string;
  status: AmbassadorStatus;
  source: 'survey' | 'provider' | 'manual';
  providerName: string | null;
  languages: string[];
  wijk: string | null;
  nt2Level: string | null;
  /** Not stopped and no VOG received: flagged in the list. */
  vogMissing: boolean;
  hasAccount: boolean;
}

/**
 * Every ambassador for the corps list: status, source, VOG flag. No background (special-category
 * data stays on the ambassador's own page). Active first, then the pipeline, paused, stopped; by name.
 */
export async function corpsList(db: DbOrTx, f: CorpsFilters = {}): Promise<CorpsListRow[]> {
  const rows = await db
    .select({
      id: ambassadors.id,
      name: ambassadors.displayName,
      status: ambassadors.status,
      source: ambassadors.source,
      providerName: languageProviders.name,
      languages: ambassadors.languages,
      wijk: neighbourhoods.name,
      nt2Level: ambassadors.nt2Level,
      vogMissing: sql<boolean>`(${ambassadors.vogReceivedOn} is null and ${ambassadors.status} <> 'stopped')`,
      hasAccount: sql<boolean>`exists (select 1 from users u where u.ambassador_id = ${ambassadors.id})`,
    })
    .from(ambassadors)
    .leftJoin(neighbourhoods, eq(ambassadors.neighbourhoodId, neighbourhoods.id))
    .leftJoin(languageProviders, eq(ambassadors.nominatedByProviderId, languageProviders.id))
    .where(
      and(
        f.status ? eq(ambassadors.status, f.status) : undefined,
        f.source ? eq(ambassadors.source, f.source) : undefined,
        f.reason ? eq(ambassadors.stopReasonCode, f.reason) : undefined,
        // The days a candidate came in on (Amsterdam days, as the evaluation report counts them).
        f.cameFrom ? sql`${ambassadors.createdAt} >= ${sqlAmsterdamDayStart(f.cameFrom)}` : undefined,
        f.cameTo ? sql`${ambassadors.createdAt} < ${sqlAmsterdamDayStart(f.cameTo, 1)}` : undefined,
        f.stoppedFrom ? sql`${ambassadors.stoppedOn} >= ${sqlAmsterdamDayStart(f.stoppedFrom)}` : undefined,
        f.stoppedTo ? sql`${ambassadors.stoppedOn} < ${sqlAmsterdamDayStart(f.stoppedTo, 1)}` : undefined,
      ),
    );
  const order: Record<AmbassadorStatus, number> = { active: 0, candidate: 1, interview: 2, vog: 3, training: 4, paused: 5, stopped: 6 };
  return rows.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}

/** How many ambassadors are at each status. */
export function countByStatus(rows: Pick<CorpsListRow, 'status'>[]): Record<AmbassadorStatus, number> {
  const out = Object.fromEntries(AMBASSADOR_STATUSES.map((s) => [s, 0])) as Record<AmbassadorStatus, number>;
  for (const r of rows) out[r.status]++;
  return out;
}

/** "Went on to paid work or study": stopped ambassadors by those reasons, a programme result. */
export async function programmeResults(db: DbOrTx): Promise<{ total: number; byReason: Partial<Record<StopReason, number>> }> {
  const rows = await db
    .select({ reason: ambassadors.stopReasonCode, n: count() })
    .from(ambassadors)
    .where(and(eq(ambassadors.status, 'stopped'), inArray(ambassadors.stopReasonCode, [...RESULT_REASONS])))
    .groupBy(ambassadors.stopReasonCode);
  const byReason: Partial<Record<StopReason, number>> = {};
  for (const r of rows) if (r.reason) byReason[r.reason] = r.n;
  return { total: rows.reduce((s, r) => s + r.n, 0), byReason };
}

async function detail(db: DbOrTx, id: string) {
  const [a] = await db
    .select({ a: ambassadors, wijkCode: neighbourhoods.code, wijkName: neighbourhoods.name, providerName: languageProviders.name })
    .from(ambassadors)
    .leftJoin(neighbourhoods, eq(ambassadors.neighbourhoodId, neighbourhoods.id))
    .leftJoin(languageProviders, eq(ambassadors.nominatedByProviderId, languageProviders.id))
    .where(eq(ambassadors.id, id));
  if (!a) return null;
  const actor = alias(users, 'actor');
  const [history, interviews, clothing, agreement, account, invite] = await Promise.all([
    db
      .select({ id: ambassadorStatusEvents.id, from: ambassadorStatusEvents.fromStatus, to: ambassadorStatusEvents.toStatus, stopReason: ambassadorStatusEvents.stopReason, note: ambassadorStatusEvents.note, at: ambassadorStatusEvents.createdAt, by: actor.name })
      .from(ambassadorStatusEvents)
      .leftJoin(actor, eq(ambassadorStatusEvents.actorUserId, actor.id))
      .where(eq(ambassadorStatusEvents.ambassadorId, id))
      .orderBy(desc(ambassadorStatusEvents.createdAt)),
    db.select().from(ambassadorInterviews).where(eq(ambassadorInterviews.ambassadorId, id)).orderBy(desc(ambassadorInterviews.heldOn)),
    db.select().from(ambassadorClothing).where(eq(ambassadorClothing.ambassadorId, id)),
    currentAgreement(db, id),
    db.select({ id: users.id, email: users.email, active: users.active }).from(users).where(eq(users.ambassadorId, id)).limit(1),
    db
      .select({ expiresAt: userInvites.expiresAt })
      .from(userInvites)
      .where(and(eq(userInvites.ambassadorId, id), isNull(userInvites.usedAt), isNull(userInvites.revokedAt), sql`${userInvites.expiresAt} > now()`))
      .orderBy(desc(userInvites.createdAt))
      .limit(1),
  ]);
  return { ...a.a, wijkCode: a.wijkCode, wijkName: a.wijkName, providerName: a.providerName, history, interviews, clothing, agreement, account: account[0] ?? null, openInvite: invite[0] ?? null };
}
export type AmbassadorDetail = NonNullable<Awaited<ReturnType<typeof detail>>>;

/** The ambassador's page for the coordinator: the read and its audit entry (`ambassador.viewed`) in one transaction. */
export async function openAmbassadorRecord(db: DbOrTx, viewerUserId: string, id: string): Promise<AmbassadorDetail | null> {
  return db.transaction(async (tx) => {
    const d = await detail(tx, id);
    if (d) await audit(tx, { action: 'ambassador.viewed', actorUserId: viewerUserId, entityType: 'ambassador', entityId: id });
    return d;
  });
}

/** When the ambassador accepted the current version of the agreement, or null. */
export async function currentAgreement(db: DbOrTx, ambassadorId: string): Promise<{ version: string; acceptedAt: Date } | null> {
  const [row] = await db
    .select({ version: agreementAcceptances.version, acceptedAt: agreementAcceptances.acceptedAt })
    .from(agreementAcceptances)
    .where(and(eq(agreementAcceptances.ambassadorId, ambassadorId), eq(agreementAcceptances.version, AGREEMENT_VERSION)))
    .limit(1);
  return row ?? null;
}

/**
 * The ambassador's own view: pass, clothing and the agreement, and whether they still have to
 * accept it (not stopped, and no acceptance of the current version). Their own row only.
 */
export async function ownCorpsStatus(db: DbOrTx, ambassadorId: string) {
  const [a] = await db
    .select({
      status: ambassadors.status,
      passNumber: ambassadors.passNumber,
      passIssuedOn: ambassadors.passIssuedOn,
      passExpiresOn: ambassadors.passExpiresOn,
      passReturnedOn: ambassadors.passReturnedOn,
      vogReceivedOn: ambassadors.vogReceivedOn,
    })
    .from(ambassadors)
    .where(eq(ambassadors.id, ambassadorId));
  if (!a) return null;
  const [clothing, agreement] = await Promise.all([
    db.select().from(ambassadorClothing).where(eq(ambassadorClothing.ambassadorId, ambassadorId)).orderBy(asc(ambassadorClothing.item)),
    currentAgreement(db, ambassadorId),
  ]);
  return { ...a, clothing, agreement, agreementPending: a.status !== 'stopped' && agreement === null };
}
