/**
 * The corps' lifecycle rules, pure (no I/O): candidate → interview → vog → training → active →
 * paused / stopped. Forward along the pipeline (skipping allowed: not every candidate needs every
 * step recorded here), active ⇄ paused, and stopped from anywhere (with a date and a reason, by
 * `stopAmbassador`). Stopped is final: a returning volunteer is added again as a candidate.
 */
export const AMBASSADOR_STATUSES = ['candidate', 'interview', 'vog', 'training', 'active', 'paused', 'stopped'] as const;
export type AmbassadorStatus = (typeof AMBASSADOR_STATUSES)[number];

/** The steps before active, in order. */
export const PIPELINE = ['candidate', 'interview', 'vog', 'training', 'active'] as const;

/** Where a candidate came from. The survey (a later issue) has no form yet. */
export const CANDIDATE_SOURCES = ['survey', 'provider', 'manual'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];
/** The sources a coordinator can enter by hand. */
export const ENTERED_SOURCES = ['manual', 'provider'] as const;

export const STOP_REASONS = ['paid_work', 'subsidised_job', 'study', 'moved', 'personal', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];
/** "Went on to paid work or study": counted as a result of the programme. */
export const RESULT_REASONS: readonly StopReason[] = ['paid_work', 'subsidised_job', 'study'];

export const INTERVIEW_OUTCOMES = ['suitable', 'doubt', 'not_suitable'] as const;
export const CLOTHING_ITEMS = ['polo', 'rain_jacket'] as const;
export type ClothingItem = (typeof CLOTHING_ITEMS)[number];
export const NT2_EVIDENCE = ['diploma', 'test'] as const;

/** CEFR levels of Dutch as a second language; the profile asks at least A2. */
export const NT2_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const NT2_MINIMUM = 'A2';

/** The statuses an ambassador may be moved to from `from` (stopping is its own action). */
export function nextStatuses(from: AmbassadorStatus): AmbassadorStatus[] {
  if (from === 'stopped') return [];
  if (from === 'active') return ['paused'];
  if (from === 'paused') return ['active'];
  const i = PIPELINE.indexOf(from);
  return PIPELINE.slice(i + 1);
}

export function canMove(from: AmbassadorStatus, to: AmbassadorStatus): boolean {
  return nextStatuses(from).includes(to);
}

/** Below A2, or not known: activation asks the coordinator to confirm (a warning, not a block). */
export function nt2BelowMinimum(level: string | null | undefined): boolean {
  const i = NT2_LEVELS.indexOf((level ?? '').trim().toUpperCase() as (typeof NT2_LEVELS)[number]);
  return i < NT2_LEVELS.indexOf(NT2_MINIMUM);
}

/** The demo's AMB01 style: "AMB" and the next number, at least two digits. */
export function nextReferralCode(existing: readonly string[]): string {
  let max = 0;
  for (const code of existing) {
    const m = /^AMB(\d+)$/.exec(code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `AMB${String(max + 1).padStart(2, '0')}`;
}

/**
 * The volunteer agreement's version. Its text (tasks, allowance, confidentiality, conduct) is in
 * the message files (`corps.agreement`, with the same `version`, checked by a test): change the
 * text, raise the version, and every ambassador is asked to accept it again.
 */
export const AGREEMENT_VERSION = '2026-1';
