import { z } from 'zod';
import { uuid } from '@/lib/actions/validation';

/**
 * Participants as recruiters: the coordinator gives a lead whose course has started a personal
 * referral link (`/?ref=<code>`) and QR; public sign-ups through it are credited "via a participant".
 */

/** The steps at which a lead is a participant whose course has started. */
export const PARTICIPANT_STATUSES = ['started', 'completed'] as const;

/** Participant codes start with "D" (deelnemer) and never look like an ambassador's "AMB…". */
export const PARTICIPANT_CODE = /^D[0-9A-HJKMNP-TV-Z]{8}$/;

export const participantLinkSchema = z.object({ leadId: uuid('leadNotFound') });
export const participantLinkRevokeSchema = z.object({ leadId: uuid('leadNotFound') });
