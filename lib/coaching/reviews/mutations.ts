import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { coachingAgreements, coachingReviews } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { isAmbassadorActive } from '@/lib/ambassadors/eligibility';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import { ambassadorUsers, enqueue } from '@/lib/notifications/outbox';
import { getCoachingSettings } from '../settings/queries';
import { reviewWindow } from './due';
import { reviewFigures } from './queries';
import type { ReviewInput } from './schema';

/**
 * Records a review of an active ambassador in one transaction: the figures of the window (read by
 * the server, never taken from the form), the coach's notes, the new agreements, and the previous
 * open agreements ticked off (those in `done` done, the others not done). An agreement id that is
 * not one of this ambassador's open agreements refuses the whole review.
 */
export async function recordReview(db: Db, actorUserId: string, input: ReviewInput, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    if (!(await isAmbassadorActive(tx, input.ambassadorId))) throw new ActionError('coach.errors.notActive');
    const open = await tx
      .select({ id: coachingAgreements.id })
      .from(coachingAgreements)
      .where(and(eq(coachingAgreements.ambassadorId, input.ambassadorId), isNull(coachingAgreements.outcome)))
      .for('update');
    const openIds = new Set(open.map((a) => a.id));
    if (input.done.some((id) => !openIds.has(id))) throw new ActionError('coach.errors.notFound');

    const settings = await getCoachingSettings(tx);
    const today = todayLocal(now);
    const window = reviewWindow(today, settings.reviewIntervalDays);
    const f = await reviewFigures(tx, input.ambassadorId, window);
    const [review] = await tx
      .insert(coachingReviews)
      .values({
        ambassadorId: input.ambassadorId,
        reviewedOn: today,
        coachUserId: actorUserId,
        windowFrom: f.from,
        windowTo: f.to,
        contacts: f.contacts,
        signups: f.signups,
        plansSigned: f.plansSigned,
        shiftsWorked: f.shiftsWorked,
        targetProRata: f.targetProRata,
        notes: input.notes,
      })
      .returning({ id: coachingReviews.id });
    const reviewId = review!.id;
    if (input.agreements.length) {
      await tx
        .insert(coachingAgreements)
        .values(input.agreements.map((text, position) => ({ ambassadorId: input.ambassadorId, reviewId, position, text })));
    }
    const done = new Set(input.done);
    for (const { id } of open) {
      await tx
        .update(coachingAgreements)
        .set({ outcome: done.has(id) ? 'done' : 'not_done', checkedInReviewId: reviewId })
        .where(and(eq(coachingAgreements.id, id), eq(coachingAgreements.ambassadorId, input.ambassadorId)));
    }
    await audit(tx, {
      action: 'coaching.review_recorded',
      actorUserId,
      entityType: 'ambassador',
      entityId: input.ambassadorId,
      details: { reviewId, agreements: input.agreements.length, done: done.size, notDone: open.length - done.size },
    });
    // The ambassador hears the new agreements (their text only — never the coach's notes).
    if (input.agreements.length) {
      const to = await ambassadorUsers(tx, [input.ambassadorId]);
      await enqueue(tx, to.map((u) => ({ userId: u.userId })), {
        template: 'reviewAgreements',
        params: { date: today, agreements: input.agreements.map((a) => `- ${a}`).join('\n'), path: '/ambassador/agreements' },
        dedupeKey: `review-agreements:${reviewId}`,
      });
    }
    return reviewId;
  });
}
