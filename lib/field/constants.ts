/**
 * Constants of the ambassador's field work: contacts registered on a phone, the flyer.
 * Pure (no I/O), so pages, actions and tests share them.
 */

/**
 * Version of the consent an ambassador confirms when registering a contact ("this person agreed
 * that I pass on their details"). Bump it whenever that wording (`fieldContact.consent` in the
 * message files) or the privacy text changes, so every lead records which text applied.
 */
export const FIELD_CONSENT_VERSION = 'ambassador-2026-11-v1';

/**
 * The social map ("sociale kaart") the ambassador will refer people with other questions to.
 * Not linked anywhere until that page exists: the confirmation only says it is coming.
 */
export const SOCIAL_MAP_PATH = '/ambassador/social-map';

/** What a contact from the field wants (the `wants` column). */
export const WANTS = ['course', 'other_help', 'both'] as const;
export type Wants = (typeof WANTS)[number];


/** Longest names and phone numbers the field form accepts (the same as the public form). */
export const MAX_NAME = 100;
export const MAX_PHONE = 32;
