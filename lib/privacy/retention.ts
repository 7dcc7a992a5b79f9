import 'server-only';
import { and, eq, inArray, isNotNull, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog, expenseClaims, hsdsPendingImports, importBatches, leads, receipts, referralEvents, referrals, surveyAnswers, surveyQuestions, surveyResponses } from '@/db/schema';
import { audit } from '@/lib/audit';
import { addMonths, amsterdamMidnight, todayLocal } from '@/lib/dates';
import { FIXED_RETENTION, IMPORT_PREVIEW_HOURS_DEFAULT, RETENTION_KINDS, type RetentionKind } from './defaults';
import { eraseSubject } from './mutations';
import { getPrivacySettings } from './settings';

/** Previews never confirmed within `maxAgeHours` (the privacy setting). */
export const unconfirmedPreviews = (now: Date, maxAgeHours: number) => and(eq(importBatches.status, 'previewed'), lt(importBatches.createdAt, new Date(now.getTime() - maxAgeHours * 3600 * 1000)));

/**
 * Data minimisation: previews never confirmed within the retention setting (a day by default) are
 * deleted with their rows (they were never imported, so no lead refers to them). Returns how many.
 */
export async function purgeUnconfirmedImports(db: DbOrTx, now = new Date(), maxAgeHours = IMPORT_PREVIEW_HOURS_DEFAULT): Promise<number> {
  const gone = await db
    .delete(importBatches)
    .where(unconfirmedPreviews(now, maxAgeHours))
    .returning({ id: importBatches.id });
  return gone.length;
}

/** The moment before which data of this kind has expired: `months` before today's start in Amsterdam. */
export function cutoffFor(months: number, now: Date): Date {
  return amsterdamMidnight(addMonths(todayLocal(now), -months))!;
}

const LEAD_BATCH = 200;

/** Leads whose period ran out: closed or completed, last step before the cutoff, not yet anonymous, not merged away. */
function expiredLeads(status: 'closed' | 'completed', cutoff: Date) {
  return and(eq(leads.status, status), lt(leads.lastActivityAt, cutoff), isNull(leads.anonymisedAt), isNull(leads.mergedIntoId));
}

async function anonymiseExpired(db: DbOrTx, status: 'closed' | 'completed', cutoff: Date, dryRun: boolean): Promise<number> {
  if (dryRun) return (await db.select({ id: leads.id }).from(leads).where(expiredLeads(status, cutoff))).length;
  let total = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const batch = await tx.select({ id: leads.id, name: leads.name }).from(leads).where(expiredLeads(status, cutoff)).limit(LEAD_BATCH).for('update', { skipLocked: true });
      if (!batch.length) return 0;
      const ids = batch.map((l) => l.id);
      // The sign-ups merged into them go with them.
      const merged = await tx.select({ id: leads.id, name: leads.name }).from(leads).where(and(inArray(leads.mergedIntoId, ids), isNull(leads.anonymisedAt)));
      // Only these leads' own rows: no search by number, so a newer sign-up of the same person stays.
      await eraseSubject(tx, { leadIds: [...ids, ...merged.map((m) => m.id)], phones: [], names: [...new Set([...batch, ...merged].map((l) => l.name))] });
      return batch.length;
    });
    total += done;
    if (done < LEAD_BATCH) return total;
  }
}

const finishedReferral = (cutoff: Date) =>
  and(
    notInArray(referrals.status, ['sent', 'in_contact']),
    lt(referrals.last_update_at, cutoff),
    or(isNotNull(referrals.first_name), isNotNull(referrals.phone), isNotNull(referrals.status_reason), sql`EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = ${referrals.id} AND e.note IS NOT NULL)`),
  );

const oldReceipts = (cutoff: Date) =>
  and(
    sql`octet_length(${receipts.data}) > 0`,
    inArray(
      receipts.id,
      // A receipt whose claim was paid or rejected before the cutoff.
      sql`(SELECT ${expenseClaims.receiptId} FROM ${expenseClaims} WHERE coalesce(${expenseClaims.paidAt}, CASE WHEN ${expenseClaims.status} = 'rejected' THEN ${expenseClaims.decidedAt} END) < ${cutoff.toISOString()}::timestamptz)`,
    ),
  );

/** Written answers (short and long text) still holding text, of responses given before the cutoff, whatever the channel. */
const oldWrittenAnswers = (db: DbOrTx, cutoff: Date) =>
  and(
    isNotNull(surveyAnswers.value),
    inArray(surveyAnswers.questionId, db.select({ id: surveyQuestions.id }).from(surveyQuestions).where(inArray(surveyQuestions.kind, ['short_text', 'long_text']))),
    inArray(surveyAnswers.responseId, db.select({ id: surveyResponses.id }).from(surveyResponses).where(lt(surveyResponses.submittedAt, cutoff))),
  );

/** Per kind: how many records are past their period, and (without `dryRun`) removes or anonymises them. */
const RULES: Record<RetentionKind, (db: DbOrTx, cutoff: Date, dryRun: boolean) => Promise<number>> = {
  closedLeads: (db, cutoff, dryRun) => anonymiseExpired(db, 'closed', cutoff, dryRun),
  completedLeads: (db, cutoff, dryRun) => anonymiseExpired(db, 'completed', cutoff, dryRun),
  async referralDetails(db, cutoff, dryRun) {
    const ids = (await db.select({ id: referrals.id }).from(referrals).where(finishedReferral(cutoff))).map((r) => r.id);
    if (dryRun || !ids.length) return ids.length;
    await db.transaction(async (tx) => {
      await tx.update(referrals).set({ first_name: null, phone: null, status_reason: null }).where(inArray(referrals.id, ids));
      await tx.update(referralEvents).set({ note: null }).where(inArray(referralEvents.referral_id, ids));
    });
    return ids.length;
  },
  async surveyAnswers(db, cutoff, dryRun) {
    if (dryRun) return db.$count(surveyAnswers, oldWrittenAnswers(db, cutoff));
    // The answer row stays (the question was answered); its text goes.
    return (await db.update(surveyAnswers).set({ value: null }).where(oldWrittenAnswers(db, cutoff)).returning({ id: surveyAnswers.responseId })).length;
  },
  async receipts(db, cutoff, dryRun) {
    if (dryRun) return (await db.select({ id: receipts.id }).from(receipts).where(oldReceipts(cutoff))).length;
    // The row stays (the claim refers to it); the file itself is removed.
    return (await db.update(receipts).set({ data: Buffer.alloc(0), size: 0 }).where(oldReceipts(cutoff)).returning({ id: receipts.id })).length;
  },
  async auditLog(db, cutoff, dryRun) {
    if (dryRun) return (await db.select({ id: auditLog.id }).from(auditLog).where(oldAuditEntries(cutoff))).length;
    return (await db.delete(auditLog).where(oldAuditEntries(cutoff)).returning({ id: auditLog.id })).length;
  },
};

/**
 * Audit entries older than the cutoff, as a head of the chain: the chain check starts at the
 * oldest remaining entry, so an entry goes only when every entry before it in the chain goes too.
 * (Chain order is commit order: an entry of a transaction that began before the cutoff and committed
 * after a newer one waits for the next run.) Entries not sealed yet are in no chain.
 */
function oldAuditEntries(cutoff: Date) {
  return and(
    lt(auditLog.at, cutoff),
    or(
      isNull(auditLog.chainSeq),
      sql`${auditLog.chainSeq} < coalesce((SELECT min(k.chain_seq) FROM audit_log k WHERE k.at >= ${cutoff.toISOString()}::timestamptz), 9223372036854775807)`,
    ),
  );
}

export interface RetentionResult {
  kind: RetentionKind | 'importPreviews' | 'importFailedRows' | 'pendingHsdsImports';
  /** Months, or hours/days for the import kinds. */
  period: string;
  count: number;
}

/**
 * Applies every retention period (or with `dryRun` only counts what would go), the unconfirmed
 * import previews included (their hours are a setting too). The failed-rows lists and pending HSDS
 * packages are fixed in the software and removed by their own maintenance steps; the dry run counts them.
 * A run (not a dry run) writes one audit entry with the counts.
 */
export async function applyRetention(db: DbOrTx, opts: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionResult[]> {
  const now = opts.now ?? new Date();
  const dryRun = opts.dryRun ?? false;
  const settings = await getPrivacySettings(db);
  const out: RetentionResult[] = [];
  for (const kind of RETENTION_KINDS) {
    const months = settings.retention[kind];
    out.push({ kind, period: `${months} months`, count: await RULES[kind](db, cutoffFor(months, now), dryRun) });
  }
  const previewHours = settings.importPreviewHours;
  out.push({
    kind: 'importPreviews',
    period: `${previewHours} hours`,
    count: dryRun ? await db.$count(importBatches, unconfirmedPreviews(now, previewHours)) : await purgeUnconfirmedImports(db, now, previewHours),
  });
  if (dryRun) {
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600 * 1000);
    out.push({
      kind: 'importFailedRows',
      period: `${FIXED_RETENTION.importFailedRowsDays} days`,
      count: (await db.select({ id: importBatches.id }).from(importBatches).where(and(lt(importBatches.createdAt, hoursAgo(FIXED_RETENTION.importFailedRowsDays * 24)), or(isNotNull(importBatches.rows), isNotNull(importBatches.failedRows))))).length,
    });
    out.push({
      kind: 'pendingHsdsImports',
      period: `${FIXED_RETENTION.pendingHsdsHours} hours`,
      count: (await db.select({ id: hsdsPendingImports.id }).from(hsdsPendingImports).where(lt(hsdsPendingImports.created_at, hoursAgo(FIXED_RETENTION.pendingHsdsHours)))).length,
    });
  } else {
    await audit(db, { action: 'privacy.retention_applied', details: Object.fromEntries(out.map((r) => [r.kind, r.count])) });
  }
  return out;
}
