import type { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { uuid } from '@/lib/actions/validation';

export const auditFilterSchema = z.object({
  entity: uuid().optional().catch(undefined),
  action: z.string().regex(/^[a-z_.]{1,40}$/).optional().catch(undefined),
  user: uuid().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFilterSchema>;

type T = Awaited<ReturnType<typeof getTranslations<'auditLog'>>>;

/** An action's readable description; a code the messages do not know yet is shown as such. */
export const actionLabel = (t: T) => (code: string) => (t.has(`actions.${code}` as never) ? t(`actions.${code}` as never) : t('unknownAction', { code }));

/** A record type's name; an unknown type as its code. */
export const typeLabel = (t: T) => (type: string) => (t.has(`types.${type}` as never) ? t(`types.${type}` as never) : type);
