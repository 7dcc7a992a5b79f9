import type { FormState } from '@/lib/actions/form-state';
import { seal, unseal } from '@/lib/security/seal';
import { signupSchema } from './schema';

/**
 * The answer to a plain (no-JavaScript) sign-up post with errors: the route handler
 * (app/[locale]/(public)/aanmelden) sends the resident back to the form with this cookie, and the
 * page renders the form from it exactly as from the server action's error state — the errors in
 * the page's language, what was typed kept. Sealed (encrypted and signed with a key derived from
 * AUTH_SECRET: lib/security/seal.ts), HttpOnly, SameSite=Lax, short-lived; proxy.ts hands it to
 * the page (SIGNUP_FLASH_HEADER) and clears it, so it is shown once. What was typed never reaches
 * a log or the URL.
 */
export const SIGNUP_FLASH_COOKIE = 'wijkwerf-signup';
/** The request header in which proxy.ts hands the cookie's value to the page while it drops the cookie. */
export const SIGNUP_FLASH_HEADER = 'x-wijkwerf-signup-flash';
export const SIGNUP_FLASH_SECONDS = 120;
const PURPOSE = 'signup-flash';
/** The form's own fields only, each cut to this many characters: the cookie stays small (< 4 KB). */
const FIELDS = Object.keys(signupSchema.shape);
const MAX_CHARS = 300;

/** The error state to carry back to the form, sealed. */
export function sealSignupFlash(state: FormState, now = Date.now()): string {
  const values: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = state.values?.[f];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) values[f] = first.slice(0, MAX_CHARS);
  }
  const pick = (m: Record<string, string> | undefined) => (m ? Object.fromEntries(Object.entries(m).filter(([k]) => FIELDS.includes(k) || k === '_form')) : undefined);
  return seal(PURPOSE, { formError: state.formError, fieldErrors: pick(state.fieldErrors), values }, SIGNUP_FLASH_SECONDS, now);
}

/** The error state the cookie carries, or null (no cookie, expired, or not one of ours). */
export function readSignupFlash(cookie: string | undefined, now = Date.now()): FormState | null {
  if (!cookie || cookie.length > 4096) return null;
  const v = unseal(PURPOSE, cookie, now) as { formError?: unknown; fieldErrors?: unknown; values?: unknown } | null;
  if (!v || typeof v !== 'object') return null;
  const strings = (o: unknown) =>
    o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string')) : undefined;
  return {
    status: 'error',
    ...(typeof v.formError === 'string' ? { formError: v.formError } : {}),
    ...(v.fieldErrors ? { fieldErrors: strings(v.fieldErrors) } : {}),
    values: strings(v.values) ?? {},
  };
}
