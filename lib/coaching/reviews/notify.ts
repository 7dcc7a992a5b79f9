import 'server-only';
import type { DbOrTx } from '@/db/client';
import { addDays, todayLocal, weekdayOf, WEEKDAYS } from '@/lib/dates';
import { enqueue, usersWithRole } from '@/lib/notifications/outbox';
import { dueReviews } from './queries';

/**
 * The weekly review digest (lib/notifications), produced by the maintenance job: the number of
 * two-weekly reviews overdue and due now (the due/overdue rule of `dueReviews`), to the
 * coordinators (staff page) and the coaches (their start page). Once per week (dedupe key), and
 * only when something is due. Counts only. It lives here, not in lib/targets/digest.ts, because
 * lib/coaching already reads lib/targets (no cycle between feature folders).
 */
export async function enqueueReviewDigests(db: DbOrTx, now = new Date()): Promise<number> {
  const today = todayLocal(now);
  const monday = addDays(today, -WEEKDAYS.indexOf(weekdayOf(today)));
  return db.transaction(async (tx) => {
    const { rows } = await dueReviews(tx, now);
    const overdue = rows.filter((r) => r.state === 'overdue').length;
    const due = rows.length - overdue;
    if (!rows.length) return 0;
    const dedupeKey = `review-digest:${monday}`;
    const staff = await enqueue(tx, await usersWithRole(tx, ['coordinator']), { template: 'reviewDigest', dedupeKey, params: { overdue, due, path: '/staff/ambassadors' } });
    const coaches = await enqueue(tx, await usersWithRole(tx, ['coach']), { template: 'reviewDigest', dedupeKey, params: { overdue, due, path: '/coach' } });
    return staff + coaches;
  });
}
