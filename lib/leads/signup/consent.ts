/**
 * Version of the consent text shown on the public sign-up form. Bump it whenever the wording in
 * the message files (`public.form.consent`) or the privacy page changes, so every lead records
 * which text the person agreed to.
 */
export const SIGNUP_CONSENT_VERSION = 'signup-2026-11-v1';
