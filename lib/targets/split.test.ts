import { describe, expect, it } from 'vitest';
import { paceNeeded, percentOf, splitGroupTarget } from './split';

const amb = (name: string, id = name.toLowerCase()) => ({ id, name });
/** 21 active ambassadors, as in the pilot (23 minus the two who stopped). */
const TWENTY_ONE = Array.from({ length: 21 }, (_, i) => amb(`Ambassadeur ${String(i + 1).padStart(2, '0')}`));

function targetsOf(split: ReturnType<typeof splitGroupTarget>) {
  return Object.fromEntries([...split.targets].map(([id, t]) => [id, t.target]));
}

describe('splitGroupTarget: the equal split', () => {
  it('splits 75 plans over 21 ambassadors so the personal targets add up to exactly 75', () => {
    const s = splitGroupTarget(75, TWENTY_ONE);
    expect(s.total).toBe(75);
    const values = [...s.targets.values()].map((t) => t.target);
    expect(values).toHaveLength(21);
    // 75 = 21 × 3 + 12: twelve ambassadors carry 4, nine carry 3.
    expect(values.filter((v) => v === 4)).toHaveLength(12);
    expect(values.filter((v) => v === 3)).toHaveLength(9);
    expect([...s.targets.values()].every((t) => !t.adjusted)).toBe(true);
  });

  it('gives the remainder one each to the first ambassadors by name, whatever order they come in', () => {
    const s = splitGroupTarget(11, [amb('Zahra'), amb('Bilal'), amb('Ayşe'), amb('Mehmet')]);
    // 11 = 4 × 2 + 3: Ayşe, Bilal and Mehmet (alphabetical) get 3, Zahra gets 2.
    expect(targetsOf(s)).toEqual({ ayşe: 3, bilal: 3, mehmet: 3, zahra: 2 });
  });

  it('sorts names the Dutch way, ignoring case and accents', () => {
    const s = splitGroupTarget(1, [amb('zeynep'), amb('Émile'), amb('Aziz')]);
    expect(targetsOf(s)).toEqual({ aziz: 1, émile: 0, zeynep: 0 });
  });

  it('gives everyone the same when the target divides evenly', () => {
    expect(new Set(Object.values(targetsOf(splitGroupTarget(42, TWENTY_ONE))))).toEqual(new Set([2]));
  });

  it('gives 0 to those past the target when there are more ambassadors than plans', () => {
    const s = splitGroupTarget(2, [amb('A'), amb('B'), amb('C')]);
    expect(targetsOf(s)).toEqual({ a: 1, b: 1, c: 0 });
    expect(s.total).toBe(2);
  });

  it('returns nothing to split for zero ambassadors', () => {
    const s = splitGroupTarget(75, []);
    expect(s.targets.size).toBe(0);
    expect(s.total).toBe(0);
    expect(s.unassigned).toBe(75);
  });
});

describe('splitGroupTarget: personal overrides', () => {
  it('keeps an override and splits only what is left over the ambassadors without one', () => {
    const s = splitGroupTarget(75, TWENTY_ONE, { 'ambassadeur 01': 15 });
    expect(s.targets.get('ambassadeur 01')).toEqual({ target: 15, adjusted: true });
    // 60 left over 20 ambassadors: 3 each.
    const others = [...s.targets].filter(([id]) => id !== 'ambassadeur 01').map(([, t]) => t);
    expect(others.every((t) => t.target === 3 && !t.adjusted)).toBe(true);
    expect(s.total).toBe(75);
  });

  it('spreads the remainder of what is left by name, skipping the overridden ambassador', () => {
    const s = splitGroupTarget(10, [amb('Anna'), amb('Bram'), amb('Cem'), amb('Dina')], new Map([['anna', 1]]));
    // 9 left over Bram, Cem, Dina: 3 each.
    expect(targetsOf(s)).toEqual({ anna: 1, bram: 3, cem: 3, dina: 3 });
    const t = splitGroupTarget(11, [amb('Anna'), amb('Bram'), amb('Cem'), amb('Dina')], new Map([['bram', 0]]));
    // 11 over Anna, Cem, Dina: 4, 4, 3 — Bram's 0 is his own.
    expect(targetsOf(t)).toEqual({ anna: 4, bram: 0, cem: 4, dina: 3 });
    expect(t.targets.get('bram')!.adjusted).toBe(true);
  });

  it('gives the others 0 when one override is larger than the whole group target, and reports the excess', () => {
    const s = splitGroupTarget(10, [amb('Anna'), amb('Bram'), amb('Cem')], { anna: 14 });
    expect(targetsOf(s)).toEqual({ anna: 14, bram: 0, cem: 0 });
    expect(s.overAssigned).toBe(4);
    expect(s.total).toBe(14);
  });

  it('reports the part nobody carries when everyone has an override below the group target', () => {
    const s = splitGroupTarget(10, [amb('Anna'), amb('Bram')], { anna: 2, bram: 3 });
    expect(targetsOf(s)).toEqual({ anna: 2, bram: 3 });
    expect(s.unassigned).toBe(5);
    expect(s.overAssigned).toBe(0);
  });

  it('ignores the override of an ambassador who is no longer active', () => {
    const s = splitGroupTarget(9, [amb('Anna'), amb('Bram'), amb('Cem')], { stopped: 6 });
    expect(targetsOf(s)).toEqual({ anna: 3, bram: 3, cem: 3 });
    expect(s.targets.has('stopped')).toBe(false);
  });
});

describe('paceNeeded', () => {
  const h2 = { startsOn: '2010-07-01', endsOn: '2010-12-31' };

  it('asks for the remaining plans spread over the weeks left, counting today and the last day', () => {
    // 18 Dec … 31 Dec is 14 days = 2 weeks; 75 − 61 = 14 still needed → 7 a week.
    expect(paceNeeded('2010-12-18', h2, 61, 75)).toEqual({ kind: 'needed', remaining: 14, daysLeft: 14, weeksLeft: 2, perWeek: 7 });
  });

  it('rounds the weekly figure up to one decimal, never understating the effort', () => {
    // 184 days (26.29 weeks) for 75 plans: 2.853… a week → 2.9.
    const p = paceNeeded('2010-07-01', h2, 0, 75);
    expect(p).toMatchObject({ kind: 'needed', remaining: 75, daysLeft: 184 });
    expect(p.kind === 'needed' && p.perWeek).toBe(2.9);
  });

  it('counts the whole period when it has not started yet', () => {
    expect(paceNeeded('2010-05-01', h2, 0, 75)).toMatchObject({ kind: 'needed', daysLeft: 184 });
  });

  it('needs all the remaining plans this week on the last day', () => {
    expect(paceNeeded('2010-12-31', h2, 70, 75)).toMatchObject({ kind: 'needed', remaining: 5, daysLeft: 1, perWeek: 35 });
  });

  it('says "target reached" once signed plans meet the target, also after the period', () => {
    expect(paceNeeded('2010-09-01', h2, 75, 75)).toEqual({ kind: 'reached' });
    expect(paceNeeded('2011-02-01', h2, 80, 75)).toEqual({ kind: 'reached' });
  });

  it('says "period over" with the shortfall when the period ended short of the target', () => {
    expect(paceNeeded('2011-01-01', h2, 61, 75)).toEqual({ kind: 'over', remaining: 14 });
  });
});

describe('percentOf', () => {
  it('caps the share at 100%', () => {
    expect(percentOf(61, 75)).toBe(81);
    expect(percentOf(90, 75)).toBe(100);
  });
});
