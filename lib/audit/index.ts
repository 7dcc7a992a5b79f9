import 'server-only';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '@/db/client';
import { AUDIT_CHAIN_LOCK, entryHashSql } from './chain';

/** Every action the log records. Each has a readable description in auditLog.json (`actions.<code>`). */
export const AUDIT_ACTIONS = [
  'login.success',
  'login.failed',
  'login.throttled',
  'logout',
  'lead.created',
  'lead.repeat_signup',
  'lead.viewed',
  'lead.updated',
  'lead.exported',
  'lead.merged',
  'settings.updated',
  'user.created',
  'user.updated',
  'target.period_created',
  'target.updated',
  'expense.claimed',
  'expense.approved',
  'expense.rejected',
  'expense.paid',
  'expense.exported',
  'expense.rate_added',
  'receipt.viewed',
  'event.saved',
  'shift.created',
  'shift.deleted',
  'shift.assigned',
  'shift.unassigned',
  'shift.swapped',
  'shift.signed_up',
  'shift.cancelled',
  'shift.attendance',
  'calendar.renewed',
  'association.saved',
  'association.key_figure_saved',
  'association.key_figure_removed',
  'signal.replied',
  'signal.handled',
  'signal.reopened',
  'signal.referred',
  'participant.link_given',
  'participant.link_revoked',
  'signal.lead_linked',
  'signal.lead_unlinked',
  'network.saved',
  'network.contact_logged',
  'socialmap.saved',
  'socialmap.imported',
  'import.previewed',
  'import.confirmed',
  'import.failed_downloaded',
  'onboarding.previewed',
  'onboarding.imported',
  'signal.created',
  'referral.created',
  'referral.updated',
  'referral.viewed',
  'provider.added',
  'provider.activated',
  'provider.deactivated',
  'provider.course_saved',
  'provider.nominated',
  'ambassador.created',
  'ambassador.updated',
  'ambassador.viewed',
  'ambassador.pass_photo_set',
  'diversity.exported',
  'report.exported',
  'report.saved',
  'report.published',
  'cost.added',
  'cost.removed',
  'ambassador.status_changed',
  'ambassador.stopped',
  'ambassador.interview_recorded',
  'ambassador.vog_saved',
  'ambassador.pass_saved',
  'ambassador.clothing_saved',
  'ambassador.availability_saved',
  'ambassador.absence_added',
  'ambassador.absence_removed',
  'agreement.accepted',
  'invite.created',
  'invite.accepted',
  'invite.refused',
  'invite.revoked',
  'invite.resent',
  'login.second_factor',
  'password.reset_requested',
  'password.reset',
  'password.changed',
  'password.change_refused',
  'twofactor.enabled',
  'twofactor.reset',
  'twofactor.recovery_used',
  'setup.completed',
  'training.module_saved',
  'training.session_created',
  'training.attendance',
  'training.progress_viewed',
  'certificate.issued',
  'certificate.revoked',
  'certificate.downloaded',
  'meeting.created',
  'meeting.attendance',
  'meeting.obstacle_added',
  'meeting.obstacle_updated',
  'coaching.budget_saved',
  'event.imported',
  'coaching.viewed',
  'coaching.review_recorded',
  'coaching.session_logged',
  'coaching.goal_saved',
  'coaching.goal_note_added',
  'outbox.viewed',
  'notifications.preferences_saved',
  'notifications.broadcast',
  'referral.responded',
  'survey.saved',
  'survey.paper_entered',
  'survey.invited',
  'survey.invites_sent',
  'survey.invite_resent',
  'survey.question_edited',
  'survey.question_deleted',
  'survey.question_moved',
  'survey.section_edited',
  'survey.section_deleted',
  'survey.section_moved',
  'survey.exported',
  'privacy.searched',
  'privacy.exported',
  'privacy.erasure_requested',
  'privacy.erasure_approved',
  'privacy.erasure_rejected',
  'privacy.withdrawal_received',
  'privacy.withdrawal_verified',
  'privacy.request_registered',
  'privacy.corrected',
  'privacy.retention_applied',
  'privacy.settings_saved',
  'publicPage.settings_saved',
  'sessions.settings_saved',
  'intake.slot_created',
  'intake.booked',
  'intake.escort_invited',
  'intake.escort_answered',
  'intake.checklist_saved',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an entry is about. Each has a name in auditLog.json (`types.<type>`). */
export const AUDIT_ENTITY_TYPES = [
  'lead',
  'user',
  'target',
  'expense',
  'receipt',
  'shift',
  'event',
  'association',
  'signal',
  'network',
  'import',
  'referral',
  'provider',
  'course',
  'ambassador',
  'invite',
  'training_module',
  'training_session',
  'certificate',
  'meeting',
  'obstacle',
  'survey',
  'survey_response',
  'survey_question',
  'survey_section',
  'survey_invite',
  'privacy_request',
  'cost',
  'report',
  'intake_slot',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  entityType?: AuditEntityType | null;
  entityId?: string | null;
  ipHash?: string | null;
  /** Non-personal context only: ids, codes, counts. Never names, phone numbers or e-mail. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Writes one audit entry, chained to the previous one: it carries the previous entry's hash and
 * its own (lib/audit/chain.ts). A transaction-scoped advisory lock serialises writers, so two
 * transactions never chain to the same predecessor; the lock is held until the caller's
 * transaction ends (call audit() late in a transaction, after the rows it locks). The lock is
 * taken in its own statement, so the insert's snapshot (READ COMMITTED) sees every entry committed
 * before it.
 */
export async function audit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  // Inside the caller's transaction the lock is held until it ends: no savepoint of its own
  // (two round trips fewer on every sign-up). On a bare handle: a transaction for the lock.
  if (db instanceof PgTransaction) await writeEntry(db as Tx, entry);
  else await db.transaction((tx) => writeEntry(tx, entry));
}

/** The lock and the insert are sent together; the server runs the insert once the lock is granted. */
async function writeEntry(tx: Tx, entry: AuditEntry): Promise<void> {
  const details = entry.details ? JSON.stringify(entry.details) : null;
  await Promise.all([
    tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`),
    tx.execute(sql`
      INSERT INTO audit_log (id, at, actor_user_id, action, entity_type, entity_id, ip_hash, details, prev_hash, hash)
      SELECT e.id, e.at, e.actor_user_id, e.action, e.entity_type, e.entity_id, e.ip_hash, e.details, e.prev_hash, ${entryHashSql(sql.raw('e'))}
      FROM (
        SELECT gen_random_uuid() AS id, now() AS at, ${entry.actorUserId ?? null}::uuid AS actor_user_id,
          ${entry.action}::text AS action, ${entry.entityType ?? null}::text AS entity_type,
          ${entry.entityId ?? null}::uuid AS entity_id, ${entry.ipHash ?? null}::text AS ip_hash,
          ${details}::jsonb AS details,
          (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS prev_hash
      ) e`),
  ]);
}
