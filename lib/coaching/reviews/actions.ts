'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { recordReview } from './mutations';
import { reviewSchema } from './schema';

/** Records the review and goes back to the ambassador's coaching page. */
export const recordReviewAction = authorizedAction(
  'coaching.manage',
  reviewSchema,
  async (input, { user }) => {
    await recordReview(getDb(), user.id, input);
    revalidatePath('/coach', 'layout');
    revalidatePath('/staff/ambassadors');
    revalidatePath('/ambassador/agreements');
    redirect(`/coach/ambassadors/${input.ambassadorId}?done=review`);
  },
  { formFields: ['ambassadorId', 'done'] },
);
