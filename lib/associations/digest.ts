import 'server-only';
import { and, count, eq, gte, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads } from '@/db/schema';
import { addDays, todayLocal, weekdayOf, WEEKDAYS } from '@/lib/dates';
import { enqueue, associationUsers } from '@/lib/notifications/outbox';
import { associationCounts, listAssociations } from './queries';

/**
 * The associations' weekly summary (lib/notifications), produced by the maintenance job: per
 * association with at least one contact, the contacts passed on in the last 7 days and where all
 * of its contacts stand (the counts its own start page shows: `associationCounts`), to its active
 * users. Once per week (dedupe key per association and Monday). Counts only: never a resident's
 * name or number.
 */
export async function enqueueAssociationSummaries(db: DbOrTx, now = new Date()): Promise<number> {
  const today = todayLocal(now);
  const monday = addDays(today, -WEEKDAYS.indexOf(weekdayOf(today)));
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  return db.transaction(async (tx) => {
    let written = 0;
    for (const association of await listAssociations(tx)) {
      const counts = await associationCounts(tx, association.id);
      if (!counts.submitted) continue;
      const recipients = await associationUsers(tx, association.id);
      if (!recipients.length) continue;
      const [{ n }] = (await tx
        .select({ n: count() })
        .from(leads)
        .where(and(eq(leads.associationId, association.id), isNull(leads.mergedIntoId), gte(leads.createdAt, weekAgo)))) as [{ n: number }];
      written += await enqueue(tx, recipients, {
        template: 'associationSummary',
        dedupeKey: `association-summary:${association.id}:${monday}`,
        params: { newThisWeek: Number(n), ...counts, path: '/association' },
      });
    }
    return written;
  });
}
