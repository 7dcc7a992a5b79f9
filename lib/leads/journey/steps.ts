/**
 * The resident's journey. The order and meaning of the steps are fixed here; their display
 * names come from the message files (`steps.<status>`) unless the administrator renamed them
 * (see ./step-names.ts).
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
export const ALL_STATUSES: readonly LeadStatus[] = [...STEPS, 'closed'];

export const CLOSE_REASONS = ['not_reachable', 'not_interested', 'moved', 'obliged_route', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const BARRIERS = ['childcare', 'working_hours', 'transport', 'costs', 'health', 'low_motivation', 'other'] as const;
export type Barrier = (typeof BARRIERS)[number];

/** Statuses in which a lead is no longer open (a repeat sign-up then starts a new lead). */
export const CLOSED_STATUSES = ['completed', 'closed'] as const satisfies readonly LeadStatus[];

/** Steps at or past "course plan signed": the headline figure. */
export const SIGNED_STATUSES = ['plan_signed', 'started', 'completed'] as const satisfies readonly LeadStatus[];

export function isOpen(status: LeadStatus): boolean {
  return !(CLOSED_STATUSES as readonly string[]).includes(status);
}

export function stepIndex(status: Step): number {
  return STEPS.indexOf(status);
}

export type TransitionError = 'notForward' | 'notOpen' | 'notClosed' | 'reasonRequired' | 'signedDateRequired';

export type Transition =
  | { kind: 'forward'; to: Step }
  | { kind: 'close'; reason: CloseReason | null }
  | { kind: 'reopen'; to: Step };

/**
 * The step rules: only forward steps (skipping is allowed: people do register at the desk before
 * we reach them), closing with a reason from any open step, and reopening a closed lead to the
 * step it was closed at. "Completed" is final. Moving to "course plan signed" needs the date it
 * was signed, because the headline figure counts plans by that date.
 */
export function checkTransition(
  from: LeadStatus,
  t: Transition,
  ctx: { planSignedOn?: string | null } = {},
): TransitionError | null {
  switch (t.kind) {
    case 'forward': {
      if (!isOpen(from)) return 'notOpen';
      if (stepIndex(t.to) <= stepIndex(from as Step)) return 'notForward';
      if (stepIndex(t.to) >= stepIndex('plan_signed') && !ctx.planSignedOn) return 'signedDateRequired';
      return null;
    }
    case 'close':
      if (!isOpen(from)) return 'notOpen';
      if (!t.reason) return 'reasonRequired';
      return null;
    case 'reopen':
      if (from !== 'closed') return 'notClosed';
      return null;
  }
}

/** The steps a lead can move forward to from where it is. */
export function forwardSteps(from: LeadStatus): Step[] {
  if (!isOpen(from)) return [];
  return STEPS.filter((s) => stepIndex(s) > stepIndex(from as Step));
}

/** Days without a contact attempt or step change after which an open lead is overdue. */
export const OVERDUE_DAYS = 14;

export function isOverdue(status: LeadStatus, lastActivityAt: Date, now = new Date()): boolean {
  return isOpen(status) && now.getTime() - lastActivityAt.getTime() > OVERDUE_DAYS * 24 * 3600 * 1000;
}
