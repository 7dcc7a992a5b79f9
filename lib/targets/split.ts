/**
 * Pure target arithmetic: the equal split of a group target over the active ambassadors, and the
 * pace still needed to reach it. No I/O, so it is unit-tested on its own.
 */
import { daysFrom } from '../dates';

export interface SplitAmbassador {
  id: string;
  name: string;
}

export interface PersonalTarget {
  target: number;
  /** True when the coordinator set this ambassador's target by hand (an override row). */
  adjusted: boolean;
}

export interface Split {
  /** Ambassador id → personal target. */
  targets: Map<string, PersonalTarget>;
  /** The sum of all personal targets. */
  total: number;
  /** Part of the group target nobody carries (every ambassador has an override lower than the rest). */
  unassigned: number;
  /** How far the overrides alone exceed the group target (0 when they do not). */
  overAssigned: number;
}

/** Order of the remainder: by name (Dutch collation), then by id so ties are stable. */
export function byName(a: SplitAmbassador, b: SplitAmbassador): number {
  return a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Personal targets for a period. Ambassadors with an override keep it; what is left of the group
 * target after the overrides is split equally over the others: everyone gets the floor, and the
 * remainder goes one each to the first ambassadors by name, so the split adds up exactly. When the
 * overrides already reach or exceed the group target, the others get 0. Overrides of ambassadors
 * not in the list (no longer active) are ignored.
 */
export function splitGroupTarget(
  groupTarget: number,
  ambassadors: readonly SplitAmbassador[],
  overrides: ReadonlyMap<string, number> | Record<string, number> = new Map(),
): Split {
  const over = overrides instanceof Map ? overrides : new Map(Object.entries(overrides));
  const sorted = [...ambassadors].sort(byName);
  const targets = new Map<string, PersonalTarget>();
  let overridden = 0;
  const open: SplitAmbassador[] = [];
  for (const a of sorted) {
    const o = over.get(a.id);
    if (o === undefined) {
      open.push(a);
    } else {
      targets.set(a.id, { target: o, adjusted: true });
      overridden += o;
    }
  }
  const left = Math.max(0, groupTarget - overridden);
  const base = open.length ? Math.floor(left / open.length) : 0;
  const remainder = open.length ? left % open.length : 0;
  open.forEach((a, i) => targets.set(a.id, { target: base + (i < remainder ? 1 : 0), adjusted: false }));
  const total = [...targets.values()].reduce((s, t) => s + t.target, 0);
  return {
    targets,
    total,
    unassigned: open.length ? 0 : left,
    overAssigned: Math.max(0, overridden - groupTarget),
  };
}

export type Pace =
  | { kind: 'reached' }
  | { kind: 'over'; remaining: number }
  | { kind: 'needed'; remaining: number; daysLeft: number; weeksLeft: number; perWeek: number };


/**
 * What it still takes to reach the target: "reached" once signed ≥ target; "over" when the period
 * has ended short of it; otherwise the plans per week still needed = remaining / weeks left, where
 * the weeks left count from today (or from the start, if the period has not begun) to the last day,
 * both inclusive. Rounded up to one decimal, so the figure never understates the effort.
 */
export function paceNeeded(today: string, period: { startsOn: string; endsOn: string }, signed: number, target: number): Pace {
  const remaining = target - signed;
  if (remaining <= 0) return { kind: 'reached' };
  if (today > period.endsOn) return { kind: 'over', remaining };
  const from = today < period.startsOn ? period.startsOn : today;
  const daysLeft = daysFrom(from, period.endsOn) + 1;
  const weeksLeft = daysLeft / 7;
  const perWeek = Math.ceil((remaining / weeksLeft) * 10 - 1e-9) / 10;
  return { kind: 'needed', remaining, daysLeft, weeksLeft, perWeek };
}

/** Share of the target reached, 0…100 (for bars), capped at 100. */
export function percentOf(signed: number, target: number): number {
  if (target <= 0) return signed > 0 ? 100 : 0;
  return Math.min(100, Math.round((signed / target) * 100));
}
