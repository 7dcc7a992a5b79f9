import { z } from 'zod';
import { checkbox, optionalEmailLowerCase, optionalPhone, optionalText, optionalUuid, requiredText, uuid } from '@/lib/actions/validation';

/** An association: new (no id) or edited. */
export const associationSchema = z.object({
  id: optionalUuid(),
  name: requiredText(120),
  community: requiredText(80),
  contactPerson: optionalText(120),
  contactPhone: optionalPhone,
  contactEmail: optionalEmailLowerCase,
  subsidyNote: optionalText(1000),
  active: checkbox,
});
export type AssociationInput = z.output<typeof associationSchema>;

/** A key figure ("sleutelfiguur") of an association: new (no id) or edited. */
export const keyFigureSchema = z.object({
  associationId: uuid('associationsAdmin.errors.notFound'),
  id: optionalUuid(),
  name: requiredText(120),
  role: optionalText(120),
  phone: optionalPhone,
  email: optionalEmailLowerCase,
});
export type KeyFigureInput = z.output<typeof keyFigureSchema>;

export const removeKeyFigureSchema = z.object({ associationId: uuid('associationsAdmin.errors.notFound'), id: uuid('associationsAdmin.errors.notFound') });

/** The coordinator's reply to a signal; the association sees it. */
export const signalReplySchema = z.object({
  signalId: uuid('signalsInbox.errors.notFound'),
  text: requiredText(2000),
  /** "Reply and mark handled" in one go. */
  handle: checkbox,
});
export type SignalReplyInput = z.output<typeof signalReplySchema>;

export const signalStatusSchema = z.object({
  signalId: uuid('signalsInbox.errors.notFound'),
  handled: z.enum(['true', 'false'], 'invalidChoice').transform((v) => v === 'true'),
});

export const signalLeadSchema = z.object({ signalId: uuid('signalsInbox.errors.notFound'), leadId: uuid('signalsInbox.errors.leadNotFound') });

export const SIGNAL_STATUS_FILTERS = ['new', 'handled', 'all'] as const;
export type SignalStatusFilter = (typeof SIGNAL_STATUS_FILTERS)[number];

/** Inbox filters from the URL (?status=new|handled|all&association=<id>); new by default, bad values ignored. */
export const signalFilterSchema = z.object({
  status: z.enum(SIGNAL_STATUS_FILTERS).catch('new'),
  association: uuid().optional().catch(undefined),
});
export type SignalFilters = z.output<typeof signalFilterSchema>;

export function parseSignalFilters(sp: Record<string, string | string[] | undefined> | null | undefined): SignalFilters {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string' && first !== '') raw[k] = first;
  }
  return signalFilterSchema.parse(raw);
}

/** The lead search on a signal's page (?q=&scope=association|all). */
export const leadSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  scope: z.enum(['association', 'all']).catch('association'),
});
