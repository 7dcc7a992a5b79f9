import { createTranslator } from 'use-intl/core';
import en from '@/lib/i18n/messages/en/notifications.json';
import nl from '@/lib/i18n/messages/nl/notifications.json';
import { publicUrl } from '@/lib/security/origin';

/**
 * The messages Wijkwerf sends. Each template belongs to a kind a user may turn off in their
 * preferences (`/account/notifications`), or to none: those always go (invites, and messages to
 * addresses outside the portal). Texts live in the `notifications` namespace (nl, en).
 */
export const KINDS = ['shifts', 'reminders', 'expenses', 'messages', 'signals', 'summary', 'staffAlerts', 'digest', 'training'] as const;
export type Kind = (typeof KINDS)[number];

export const TEMPLATES = {
  shiftChanged: { kind: 'shifts' },
  shiftReminder: { kind: 'reminders' },
  expenseDecided: { kind: 'expenses' },
  coordinatorMessage: { kind: 'messages' },
  reviewAgreements: { kind: 'messages' },
  trainingSession: { kind: 'training' },
  referralNotice: { kind: null },
  signalReply: { kind: 'signals' },
  associationSummary: { kind: 'summary' },
  staffNewSignal: { kind: 'staffAlerts' },
  staffNewFieldSignal: { kind: 'staffAlerts' },
  staffClaimsWaiting: { kind: 'staffAlerts' },
  staffDigest: { kind: 'digest' },
  reviewDigest: { kind: 'digest' },
  invite: { kind: null },
  surveyInvite: { kind: null },
  passwordReset: { kind: null },
  passwordChanged: { kind: null },
  twoFactorChanged: { kind: null },
  recoveryCodeUsed: { kind: null },
} as const satisfies Record<string, { kind: Kind | null }>;
export type TemplateKey = keyof typeof TEMPLATES;

/** The kinds each role can receive (what its preferences page offers). */
export const KINDS_BY_ROLE: Record<string, readonly Kind[]> = {
  ambassador: ['shifts', 'reminders', 'expenses', 'messages', 'training'],
  association: ['signals', 'summary'],
  coordinator: ['staffAlerts', 'digest'],
  caseworker: ['digest'],
  coach: ['digest'],
  admin: [],
  provider: [],
};

export const NOTIFICATION_LOCALES = ['nl', 'en'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

export function isTemplateKey(value: string): value is TemplateKey {
  return Object.hasOwn(TEMPLATES, value);
}

export type Params = Record<string, string | number>;

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain text → simple HTML: paragraphs, line breaks, and links made clickable. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) =>
    escapeHtml(p)
      .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
      .replace(/\n/g, '<br>'),
  );
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
}

/**
 * A message's subject and body in the recipient's language. Params holding an ISO date become
 * dates (formatted in Amsterdam time); `path` becomes the absolute `url`; `dagdeel` its word.
 * A user recipient gets a greeting with their own name (`name`) and the preferences link; an
 * address outside the portal the address footer.
 */
export function render(template: TemplateKey, locale: string, params: Params, recipient: { name?: string | null; user: boolean }): Rendered {
  const lang: NotificationLocale = locale === 'en' ? 'en' : 'nl';
  const t = createTranslator({ locale: lang, messages: { notifications: lang === 'en' ? en : nl }, namespace: 'notifications', timeZone: 'Europe/Amsterdam' });
  const values: Record<string, string | number | Date> = {};
  for (const [k, v] of Object.entries(params)) values[k] = typeof v === 'string' && k !== 'message' && ISO_DATE.test(v) ? new Date(v.length === 10 ? `${v}T12:00:00Z` : v) : v;
  if (typeof params.path === 'string') values.url = publicUrl(params.path);
  if (typeof params.dagdeel === 'string') values.dagdeelText = t('dagdeel', { dagdeel: params.dagdeel });
  const subject = t(`templates.${template}.subject` as never, values as never);
  const body = t(`templates.${template}.body` as never, values as never);
  const greeting = recipient.name ? t('greeting', { name: recipient.name }) : t('greetingAnonymous');
  const footer = recipient.user ? t('footerPreferences', { url: publicUrl('/account/notifications') }) : t('footerAddress');
  const text = `${greeting}\n\n${body}\n\n--\n${footer}`;
  return { subject, text, html: textToHtml(text) };
}
