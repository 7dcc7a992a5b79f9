import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { expenseClaims } from '@/db/schema';
import { addDays, todayLocal, weekdayOf, WEEKDAYS } from '@/lib/dates';
import { listOrganisations } from '@/lib/network/queries';
import { enqueue, usersWithRole } from '@/lib/notifications/outbox';
import { overdueCount } from './queries';

/**
 * The staff's summaries, produced by the maintenance job (daily; each is idempotent by its dedupe
 * key, so a second run the same day or week writes nothing): claims waiting for a decision (once
 * a day, when there are any, to the coordinators) and the weekly digest of overdue leads and
 * overdue network contacts (once per week, to coordinators and caseworkers). Counts only.
 */
export async function enqueueStaffDigests(db: DbOrTx, now = new Date()): Promise<{ claims: number; digest: number }> {
  const today = todayLocal(now);
  const monday = addDays(today, -WEEKDAYS.indexOf(weekdayOf(today)));
  return db.transaction(async (tx) => {
    const [{ waiting }] = (await tx.select({ waiting: count() }).from(expenseClaims).where(eq(expenseClaims.status, 'submitted'))) as [{ waiting: number }];
    const coordinators = await usersWithRole(tx, ['coordinator']);
    const claims = waiting
      ? await enqueue(tx, coordinators, { template: 'staffClaimsWaiting', dedupeKey: `claims-waiting:${today}`, params: { count: waiting, path: '/staff/expenses' } })
      : 0;
    const leads = await overdueCount(tx, now);
    const network = (await listOrganisations(tx, {}, today)).filter((o) => o.overdue).length;
    const digest = await enqueue(tx, await usersWithRole(tx, ['coordinator', 'caseworker']), {
      template: 'staffDigest',
      dedupeKey: `staff-digest:${monday}`,
      params: { leads, network, path: '/staff' },
    });
    return { claims, digest };
  });
}
