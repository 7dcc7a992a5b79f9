import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/errors';
import { type CurrentUser, getCurrentUser, requirePermission } from '@/lib/auth/gate';
import type { Permission } from '@/lib/auth/permissions';
import { logError } from '@/lib/log';
import { ActionError } from './errors';
import type { FormState } from './form-state';
import { fieldErrorsOf, formDataToObject, formValues } from './validation';
import { type AmbassadorProfile, type AssociationProfile, type ProfileKind, type ProviderProfile, type Viewer, loadProfile } from './viewer';

export interface ActionOptions<P extends ProfileKind | undefined = undefined> {
  /**
   * Load the signed-in user's own profile into the context (`ctx.ambassador` / `ctx.association` / `ctx.provider`).
   * A user without one gets the form error `errors.noProfile` and the handler does not run.
   */
  profile?: P;
  /**
   * Fields the user never sees (hidden ids, a set of ticked rows): a validation error on one of
   * them is the form's error (its key as `formError`), not a field error nobody could find.
   */
  formFields?: readonly string[];
}

type ProfileCtx<P> = P extends 'ambassador'
  ? { ambassador: AmbassadorProfile }
  : P extends 'association'
    ? { association: AssociationProfile }
    : P extends 'provider'
      ? { provider: ProviderProfile }
      : unknown;

export type ActionContext<U, P = undefined> = { user: U; formData: FormData } & ProfileCtx<P>;

type Handler<S extends z.ZodType, C> = (input: z.output<S>, ctx: C) => Promise<FormState | void>;

async function run<S extends z.ZodType, C>(
  schema: S,
  formData: FormData,
  ctx: C,
  handler: Handler<S, C>,
  formFields: readonly string[] = [],
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const hidden = ['_form', ...formFields].find((f) => f in fieldErrors);
    if (hidden) return { status: 'error', formError: fieldErrors[hidden], values };
    return { status: 'error', fieldErrors, values };
  }
  try {
    return (await handler(parsed.data, ctx)) ?? { status: 'success' };
  } catch (e) {
    if (e instanceof ActionError) return { status: 'error', formError: e.key, fieldErrors: e.fieldErrors, values, ...(e.values ? { messageValues: e.values } : {}) };
    // redirect(), notFound(), forbidden() are control flow, not failures.
    unstable_rethrow(e);
    // The database restarting or out of reach: the transaction left nothing behind, and the same
    // post a minute later works. The form says so, with what was typed.
    if (isDatabaseUnavailable(e)) {
      logError('action', e);
      return { status: 'error', formError: 'tryAgain', values };
    }
    // Anything else: Next.js would log the error with its message, and a database error's
    // message holds the row's values. Log its code only, and throw an error without text.
    logError('action', e);
    throw new Error('The action failed (see the error code logged above).');
  }
}

/**
 * The one wrapper for server actions of signed-in users:
 *
 * 1. checks the permission against the current database state (`forbidden()` → 403 otherwise);
 * 2. with `{ profile }`, loads the user's own ambassador or association profile into the context,
 *    or refuses with the form error `errors.noProfile`;
 * 3. validates the FormData with the zod schema — repeated fields arrive as arrays, files as File
 *    objects (check them with `z.file()`), and the handler gets the typed output;
 * 4. returns a `useActionState`-shaped result.
 *
 * Message keys: a schema message or `ActionError` key that is namespaced
 * (`shifts.errors.full`, `errors.noProfile`) reaches the form as written; a bare key is one of the
 * shared `errors.*` keys, and any other message becomes a shared key by the kind of issue.
 * The form component translates them. After an error the typed values come back
 * (`string | string[]`; never passwords, never files).
 *
 * Hidden fields: an error on a field listed in `formFields` (or on the form as a whole, `_form`)
 * becomes the form error, since the user cannot see or fix a hidden id.
 */
export function authorizedAction<S extends z.ZodType, P extends ProfileKind | undefined = undefined>(
  permission: Permission,
  schema: S,
  handler: Handler<S, ActionContext<CurrentUser, P>>,
  options: ActionOptions<P> = {},
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await requirePermission(permission);
    let ctx = { user, formData } as ActionContext<CurrentUser, P>;
    if (options.profile) {
      const profile = await loadProfile(getDb(), user, options.profile);
      if (!profile) return { status: 'error', formError: 'errors.noProfile', values: formValues(formData) };
      ctx = { user, formData, [options.profile]: profile } as ActionContext<CurrentUser, P>;
    }
    return run(schema, formData, ctx, handler, options.formFields);
  };
}

/** Same contract for actions open to anyone (public sign-up, login, language choice). */
export function publicAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, ActionContext<CurrentUser | null>>,
  options: Omit<ActionOptions, 'profile'> = {},
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => publicPost(schema, formData, handler, options);
}

/**
 * The same contract for a public form posted to a route handler instead of a server action (the
 * public sign-up's plain post without JavaScript, app/[locale]/(public)/aanmelden): the gate, the
 * zod schema, the handler, and the `FormState` the route handler turns into its answer.
 */
export async function publicPost<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  handler: Handler<S, ActionContext<CurrentUser | null>>,
  options: Omit<ActionOptions, 'profile'> = {},
): Promise<FormState> {
  const user = await getCurrentUser();
  return run(schema, formData, { user, formData }, handler, options.formFields);
}

/** The viewer of an action's context, for data functions that take one explicit options object. */
export function viewerOf(ctx: { user: CurrentUser; ambassador?: AmbassadorProfile; association?: AssociationProfile; provider?: ProviderProfile }): Viewer {
  return { user: ctx.user, ambassador: ctx.ambassador, association: ctx.association, provider: ctx.provider };
}

export { ActionError };
export type { AmbassadorProfile, AssociationProfile, ProviderProfile, Viewer };
