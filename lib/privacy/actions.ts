'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction, publicAction } from '@/lib/actions';
import { hit } from '@/lib/ratelimit';
import { clientIp, hashIp } from '@/lib/security/ip';
import { REGISTER_FIELDS, RETENTION_KINDS, type RegisterField, type RetentionKind } from './defaults';
import { approveErasure, dismissWithdrawal, receiveWithdrawal, registerRequest, rejectErasure, requestErasure, verifyWithdrawal } from './mutations';
import { erasureRequestSchema, privacySettingsSchema, registerRequestSchema, requestIdSchema, withdrawalSchema } from './schema';
import { savePrivacySettings } from './settings';

const PAGE = '/staff/privacy';

export const requestErasureAction = authorizedAction(
  'privacy.requests',
  erasureRequestSchema,
  async (input, { user }) => {
    await requestErasure(getDb(), user.id, { leadIds: input.leadIds, phone: input.phone || undefined });
    revalidatePath(PAGE);
    return { status: 'success', message: 'erasureRequested' };
  },
  { formFields: ['leadIds', 'phone'] },
);

/** A request that came in by phone, desk or letter: logged open with its deadline. */
export const registerRequestAction = authorizedAction('privacy.requests', registerRequestSchema, async (input, { user }) => {
  await registerRequest(getDb(), user.id, { kind: input.kind, phone: input.phone || undefined, name: input.name || undefined });
  revalidatePath(PAGE);
  return { status: 'success', message: 'registered' };
});

export const approveErasureAction = authorizedAction('privacy.requests', requestIdSchema, async (input, { user }) => {
  await approveErasure(getDb(), user.id, input.requestId);
  revalidatePath(PAGE);
  return { status: 'success', message: 'erased' };
}, { formFields: ['requestId'] });

export const rejectErasureAction = authorizedAction('privacy.requests', requestIdSchema, async (input, { user }) => {
  await rejectErasure(getDb(), user.id, input.requestId);
  revalidatePath(PAGE);
  return { status: 'success', message: 'rejected' };
}, { formFields: ['requestId'] });

export const verifyWithdrawalAction = authorizedAction('privacy.requests', requestIdSchema, async (input, { user }) => {
  await verifyWithdrawal(getDb(), user.id, input.requestId);
  revalidatePath(PAGE);
  return { status: 'success', message: 'verified' };
}, { formFields: ['requestId'] });

export const dismissWithdrawalAction = authorizedAction('privacy.requests', requestIdSchema, async (input, { user }) => {
  await dismissWithdrawal(getDb(), user.id, input.requestId);
  revalidatePath(PAGE);
  return { status: 'success', message: 'dismissed' };
}, { formFields: ['requestId'] });

/** Withdrawal requests per IP address per hour. */
const WITHDRAWAL_WINDOW = { limit: 10, windowSeconds: 3600 };

/**
 * The public withdrawal form. The same answer whether the number is known or not (nothing
 * leaks); a coordinator calls the number back before anything changes.
 */
export const withdrawConsentAction = publicAction(withdrawalSchema, async (input) => {
  const db = getDb();
  const ipHash = hashIp(clientIp(await headers()));
  if (!(await hit(db, `withdrawal:ip:${ipHash}`, WITHDRAWAL_WINDOW)).allowed) throw new ActionError('rateLimited');
  await receiveWithdrawal(db, input.phone);
  return { status: 'success', message: 'received' };
});

export const savePrivacySettingsAction = authorizedAction('privacy.settings', privacySettingsSchema, async (input, { user }) => {
  await savePrivacySettings(getDb(), user.id, {
    retention: Object.fromEntries(RETENTION_KINDS.map((k) => [k, Number(input[`retention_${k}`])])) as Record<RetentionKind, number>,
    importPreviewHours: Number(input.importPreviewHours),
    register: Object.fromEntries(REGISTER_FIELDS.map((f) => [f, String(input[`register_${f}`])])) as Record<RegisterField, string>,
    officer: { name: (input.officerName as string | null) ?? '', email: (input.officerEmail as string | null) ?? '', phone: (input.officerPhone as string | null) ?? '' },
  });
  revalidatePath('/admin/privacy');
  return { status: 'success', message: 'saved' };
});
