'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorizedAction, publicAction } from '@/lib/actions';
import { createReferral, updateReferralStatus } from './mutations';
import { seesAllReferrals } from './queries';
import { respondToReferral } from './respond';
import { referralCreateSchema, referralResponseSchema, referralUpdateSchema } from './schema';

const referralsPath = (role: string) => (role === 'ambassador' ? '/ambassador/referrals' : '/staff/referrals');

/** Refer a resident to a service (ambassadors: only their own leads; checked in createReferral). */
export const createReferralAction = authorizedAction('socialmap.use', referralCreateSchema, async (input, { user }) => {
  const { id } = await createReferral(getDb(), user, input);
  redirect(`${referralsPath(user.role)}/${id}?sent=1`);
});

/** Record news about a referral: staff for any referral, the referrer for their own. */
export const updateReferralAction = authorizedAction('socialmap.use', referralUpdateSchema, async (input, { user }) => {
  await updateReferralStatus(getDb(), user, input);
  redirect(`${seesAllReferrals(user.role) ? '/staff/referrals' : referralsPath(user.role)}/${input.referralId}?updated=1`);
});

/** An organisation confirms contact or declines through the signed link of its referral notice (no login). */
export const respondToReferralAction = publicAction(referralResponseSchema, async (input) => {
  const answer = await respondToReferral(getDb(), input);
  redirect(`/verwijzing/done?answer=${answer}`);
}, { formFields: ['token', 'answer'] });
