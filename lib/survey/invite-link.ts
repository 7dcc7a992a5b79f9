import { signLink } from '@/lib/notifications/links';

/** A personal link is valid this long after the invite was made (and works once). */
export const INVITE_LINK_DAYS = 90;

/** The path of an invite's personal link: signed for its purpose, so it can be shown again any time. */
export function invitePath(surveyId: string, inviteId: string, createdAt: Date): string {
  const expiresAt = new Date(createdAt.getTime() + INVITE_LINK_DAYS * 24 * 60 * 60 * 1000);
  return `/enquete/${surveyId}?link=${signLink('survey-invite', inviteId, expiresAt)}`;
}
