/**
 * The resident's journey. The order and meaning of the steps are fixed here; their display
 * names come from the message files (`steps.<status>`).
 */
export const STEPS = [
  'new',
  'contacted',
  'registered',
  'intake',
  'offer',
  'plan_signed',
  'started',
  'completed',
] as const;
export type Step = (typeof STEPS)[number];
export type LeadStatus = Step | 'closed';

/** Statuses in which a lead is no longer open (a repeat sign-up then starts a new lead). */
export const CLOSED_STATUSES = ['completed', 'closed'] as const satisfies readonly LeadStatus[];

export function isOpen(status: LeadStatus): boolean {
  return !(CLOSED_STATUSES as readonly string[]).includes(status);
}

export function stepIndex(status: Step): number {
  return STEPS.indexOf(status);
}
