'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { checkReceipt } from './filetype';
import { addRate, approveClaim, claimExpense, markPaid, rejectClaim } from './mutations';
import { claimSchema, decisionSchema, paySchema, rateSchema, rejectSchema } from './schema';

function revalidateExpenses() {
  revalidatePath('/staff/expenses');
  revalidatePath('/ambassador/expenses');
  revalidatePath('/ambassador');
}

/** An ambassador claims the allowance for an attended shift or meeting, with a receipt (photo or PDF). */
export const claimExpenseAction = authorizedAction(
  'ambassador.self',
  claimSchema,
  async (input, { user, ambassador }) => {
    // The type comes from the bytes, never from the file's name or the browser's claim.
    const bytes = new Uint8Array(await input.receipt.arrayBuffer());
    const check = checkReceipt(input.receipt.size, bytes);
    if (!check.ok) throw new ActionError('invalidForm', { receipt: `expenses.errors.${check.error}` });
    const receipt = { bytes, type: check.type };
    await claimExpense(
      getDb(),
      { userId: user.id, ambassadorId: ambassador.id },
      input.meetingId ? { meetingId: input.meetingId, receipt } : input.intakeEscortId ? { intakeEscortId: input.intakeEscortId, receipt } : { shiftId: input.shiftId!, receipt },
    );
    revalidateExpenses();
    // Post/redirect/get: the page shows the confirmation and the claim in the list, with or without JavaScript.
    redirect('/ambassador/expenses?aangevraagd=1#mijn-aanvragen');
  },
  { profile: 'ambassador', formFields: ['shiftId', 'meetingId', 'intakeEscortId'] },
);

export const approveClaimAction = authorizedAction(
  'expenses.manage',
  decisionSchema,
  async ({ claimId }, { user }) => {
    await approveClaim(getDb(), user.id, claimId);
    revalidateExpenses();
    return { status: 'success', message: 'approved' };
  },
  { formFields: ['claimId'] },
);

export const rejectClaimAction = authorizedAction(
  'expenses.manage',
  rejectSchema,
  async ({ claimId, reason }, { user }) => {
    await rejectClaim(getDb(), user.id, claimId, reason);
    revalidateExpenses();
    return { status: 'success', message: 'rejected' };
  },
  { formFields: ['claimId'] },
);

/** The ticked claims are a set of checkboxes: a problem with them is the form's error. */
export const markPaidAction = authorizedAction(
  'expenses.manage',
  paySchema,
  async ({ claimIds }, { user }) => {
    const n = await markPaid(getDb(), user.id, claimIds);
    revalidateExpenses();
    return { status: 'success', message: 'paid', data: { count: n } };
  },
  { formFields: ['claimIds'] },
);

export const addRateAction = authorizedAction('expenses.manage', rateSchema, async (input, { user }) => {
  await addRate(getDb(), user.id, input);
  revalidatePath('/staff/expenses/rates');
  revalidatePath('/ambassador/expenses');
  return { status: 'success', message: 'rateAdded' };
});
