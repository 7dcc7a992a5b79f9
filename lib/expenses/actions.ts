'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { checkReceipt } from './filetype';
import { addRate, approveClaim, claimExpense, markPaid, rejectClaim } from './mutations';
import { claimSchema, decisionSchema, parseForm, paySchema, rateSchema, rejectSchema } from './schema';

/**
 * The forms post strings and files; each action validates them with its feature schema (zod,
 * see schema.ts) so the messages are this feature's own keys, and is authorized by the wrapper.
 */
const rawForm = z.record(z.string(), z.unknown());

function revalidateExpenses() {
  revalidatePath('/staff/expenses');
  revalidatePath('/ambassador/expenses');
  revalidatePath('/ambassador');
}

/** An ambassador claims the allowance for an attended shift, with a receipt (photo or PDF). */
export const claimExpenseAction = authorizedAction('ambassador.self', rawForm, async (raw, { user }) => {
  if (!user.ambassadorId) throw new ActionError('noProfile');
  const input = parseForm(claimSchema, raw);
  // The type comes from the bytes, never from the file's name or the browser's claim.
  const bytes = new Uint8Array(await input.receipt.arrayBuffer());
  const check = checkReceipt(input.receipt.size, bytes);
  if (!check.ok) throw new ActionError('invalidForm', { receipt: check.error });
  await claimExpense(getDb(), { userId: user.id, ambassadorId: user.ambassadorId }, {
    shiftId: input.shiftId,
    receipt: { bytes, type: check.type },
  });
  revalidateExpenses();
  // Post/redirect/get: the page shows the confirmation and the claim in the list, with or without JavaScript.
  redirect('/ambassador/expenses?aangevraagd=1#mijn-aanvragen');
});

export const approveClaimAction = authorizedAction('expenses.manage', rawForm, async (raw, { user }) => {
  const { claimId } = parseForm(decisionSchema, raw);
  await approveClaim(getDb(), user.id, claimId);
  revalidateExpenses();
  return { status: 'success', message: 'approved' };
});

export const rejectClaimAction = authorizedAction('expenses.manage', rawForm, async (raw, { user }) => {
  const { claimId, reason } = parseForm(rejectSchema, raw);
  await rejectClaim(getDb(), user.id, claimId, reason);
  revalidateExpenses();
  return { status: 'success', message: 'rejected' };
});

export const markPaidAction = authorizedAction('expenses.manage', rawForm, async (raw, { user }) => {
  const { claimIds } = parseForm(paySchema, raw);
  const n = await markPaid(getDb(), user.id, claimIds);
  revalidateExpenses();
  return { status: 'success', message: 'paid', data: { count: n } };
});

export const addRateAction = authorizedAction('expenses.manage', rawForm, async (raw, { user }) => {
  const input = parseForm(rateSchema, raw);
  await addRate(getDb(), user.id, input);
  revalidatePath('/staff/expenses/rates');
  revalidatePath('/ambassador/expenses');
  return { status: 'success', message: 'rateAdded' };
});
