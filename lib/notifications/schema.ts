import { z } from 'zod';
import { checkbox, choice, many, manyOf, requiredText, uuid } from '@/lib/actions/validation';
import { KINDS, NOTIFICATION_LOCALES } from './templates';

/** /account/notifications: the kinds the user wants (ticked) and the language of their messages. */
export const preferencesSchema = z.object({
  wanted: manyOf(KINDS),
  locale: choice(NOTIFICATION_LOCALES),
});
export type PreferencesInput = z.output<typeof preferencesSchema>;

/** The coordinator's message to all active ambassadors (`all`) or to the ticked ones. */
export const broadcastSchema = z
  .object({
    message: requiredText(2000),
    all: checkbox,
    ambassadorIds: many(uuid('invalidChoice')),
  })
  .superRefine((v, ctx) => {
    if (!v.all && !v.ambassadorIds.length) ctx.addIssue({ code: 'custom', path: ['ambassadorIds'], message: 'notifications.errors.noRecipients' });
  });
export type BroadcastInput = z.output<typeof broadcastSchema>;
