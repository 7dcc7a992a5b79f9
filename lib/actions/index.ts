import 'server-only';
import type { z } from 'zod';
import { type CurrentUser, getCurrentUser, requirePermission } from '@/lib/auth/gate';
import type { Permission } from '@/lib/auth/permissions';
import { ActionError } from './errors';
import type { FormState } from './form-state';
import { fieldErrorsOf, formDataToObject, formValues } from './validation';

type Handler<S extends z.ZodType, U> = (
  input: z.output<S>,
  ctx: { user: U; formData: FormData },
) => Promise<FormState | void>;

async function run<S extends z.ZodType, U>(
  schema: S,
  formData: FormData,
  user: U,
  handler: Handler<S, U>,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    return (await handler(parsed.data, { user, formData })) ?? { status: 'success' };
  } catch (e) {
    if (e instanceof ActionError) return { status: 'error', formError: e.key, fieldErrors: e.fieldErrors, values };
    throw e;
  }
}

/**
 * The one wrapper for server actions of signed-in users: checks the permission against the
 * current database state (403 otherwise), validates the FormData with zod, and returns a
 * `useActionState`-shaped result with field errors and the typed values.
 */
export function authorizedAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: Handler<S, CurrentUser>,
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await requirePermission(permission);
    return run(schema, formData, user, handler);
  };
}

/** Same contract for actions open to anyone (public sign-up, login, language choice). */
export function publicAction<S extends z.ZodType>(schema: S, handler: Handler<S, CurrentUser | null>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    return run(schema, formData, user, handler);
  };
}

export { ActionError };
