import 'server-only';
import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditAction =
  | 'login.success'
  | 'login.failed'
  | 'login.throttled'
  | 'logout'
  | 'lead.created'
  | 'lead.repeat_signup'
  | 'lead.viewed'
  | 'lead.updated'
  | 'lead.exported'
  | 'lead.merged'
  | 'settings.updated'
  | 'user.created'
  | 'user.updated'
  | 'target.period_created'
  | 'target.updated'
  | 'expense.claimed'
  | 'expense.approved'
  | 'expense.rejected'
  | 'expense.paid'
  | 'expense.exported'
  | 'expense.rate_added'
  | 'receipt.viewed'
  | 'event.saved'
  | 'shift.created'
  | 'shift.deleted'
  | 'shift.assigned'
  | 'shift.unassigned'
  | 'shift.swapped'
  | 'shift.signed_up'
  | 'shift.cancelled'
  | 'shift.attendance'
  | 'calendar.renewed'
  | 'association.saved'
  | 'association.key_figure_saved'
  | 'association.key_figure_removed'
  | 'signal.replied'
  | 'signal.handled'
  | 'signal.reopened'
  | 'signal.lead_linked'
  | 'signal.lead_unlinked'
  | 'network.saved'
  | 'network.contact_logged'
  | 'socialmap.saved'
  | 'socialmap.imported'
  | 'import.previewed' | 'import.confirmed' | 'import.failed_downloaded' | 'signal.created'
  | 'referral.created'
  | 'referral.updated'
  | 'referral.viewed'
  | 'provider.added'
  | 'provider.activated'
  | 'provider.deactivated'
  | 'ambassador.created'
  | 'ambassador.updated'
  | 'ambassador.viewed'
  | 'diversity.exported'
  | 'report.exported'
  | 'report.saved'
  | 'report.published'
  | 'cost.added'
  | 'cost.removed'
  | 'ambassador.status_changed'
  | 'ambassador.stopped'
  | 'ambassador.interview_recorded'
  | 'ambassador.vog_saved'
  | 'ambassador.pass_saved'
  | 'ambassador.clothing_saved'
  | 'ambassador.availability_saved'
  | 'ambassador.absence_added'
  | 'ambassador.absence_removed'
  | 'agreement.accepted'
  | 'invite.created'
  | 'invite.accepted'
  | 'invite.refused'
  | 'training.module_saved'
  | 'training.session_created'
  | 'training.attendance'
  | 'training.progress_viewed'
  | 'certificate.issued'
  | 'certificate.revoked'
  | 'certificate.downloaded'
  | 'meeting.created'
  | 'meeting.attendance'
  | 'meeting.obstacle_added'
  | 'meeting.obstacle_updated'
  | 'coaching.budget_saved'
  | 'event.imported'
  | 'coaching.viewed'
  | 'coaching.review_recorded'
  | 'coaching.session_logged'
  | 'coaching.goal_saved'
  | 'coaching.goal_note_added'
  | 'outbox.viewed'
  | 'notifications.preferences_saved'
  | 'notifications.broadcast'
  | 'referral.responded';

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  entityType?: 'lead' | 'user' | 'target' | 'expense' | 'receipt' | 'shift' | 'event' | 'association' | 'signal' | 'network' | 'import' | 'referral' | 'provider' | 'ambassador' | 'invite' | 'training_module' | 'training_session' | 'certificate' | 'meeting' | 'obstacle' | 'cost' | 'report' | null;
  entityId?: string | null;
  ipHash?: string | null;
  /** Non-personal context only: ids, codes, counts. Never names, phone numbers or e-mail. */
  details?: Record<string, string | number | boolean | null>;
}

export async function audit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorUserId: entry.actorUserId ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ipHash: entry.ipHash ?? null,
    details: entry.details ?? null,
  });
}
