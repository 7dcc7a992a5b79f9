import { z } from 'zod';
import { passwordProblem } from '@/lib/auth/password';

/**
 * The two fields of every form that sets a password (invite, reset, change): at least 12
 * characters, not a common or breached password, typed twice the same. Messages are
 * `invite.errors.*` keys. Passwords are never sent back to the form.
 */
export function newPasswordSchema<T extends z.ZodRawShape>(extra: T) {
  return z
    .object({
      ...extra,
      password: z.string().max(512, 'tooLong'),
      passwordConfirm: z.string().max(512, 'tooLong'),
    })
    .superRefine((raw, ctx) => {
      const v = raw as { password: string; passwordConfirm: string };
      const problem = passwordProblem(v.password);
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
      if (v.password !== v.passwordConfirm) ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'invite.errors.passwordsDiffer' });
    });
}
