import { describe, expect, it } from 'vitest';
import { checkTransition, forwardSteps, isOverdue, STEPS } from './steps';

describe('step rules', () => {
  it('allows forward steps, also skipping one, and refuses going back or staying', () => {
    expect(checkTransition('new', { kind: 'forward', to: 'contacted' })).toBeNull();
    expect(checkTransition('new', { kind: 'forward', to: 'registered' })).toBeNull();
    expect(checkTransition('intake', { kind: 'forward', to: 'contacted' })).toBe('notForward');
    expect(checkTransition('intake', { kind: 'forward', to: 'intake' })).toBe('notForward');
  });

  it('needs the signing date to reach "plan signed" or later', () => {
    expect(checkTransition('offer', { kind: 'forward', to: 'plan_signed' })).toBe('signedDateRequired');
    expect(checkTransition('offer', { kind: 'forward', to: 'started' })).toBe('signedDateRequired');
    expect(checkTransition('offer', { kind: 'forward', to: 'plan_signed' }, { planSignedOn: '2010-09-01' })).toBeNull();
  });

  it('closes only open leads and only with a reason', () => {
    for (const s of ['new', 'contacted', 'registered', 'intake', 'offer', 'plan_signed', 'started'] as const) {
      expect(checkTransition(s, { kind: 'close', reason: 'moved' })).toBeNull();
    }
    expect(checkTransition('new', { kind: 'close', reason: null })).toBe('reasonRequired');
    expect(checkTransition('completed', { kind: 'close', reason: 'moved' })).toBe('notOpen');
    expect(checkTransition('closed', { kind: 'close', reason: 'moved' })).toBe('notOpen');
  });

  it('reopens only closed leads; completed is final', () => {
    expect(checkTransition('closed', { kind: 'reopen', to: 'contacted' })).toBeNull();
    expect(checkTransition('intake', { kind: 'reopen', to: 'contacted' })).toBe('notClosed');
    expect(checkTransition('completed', { kind: 'forward', to: 'completed' })).toBe('notOpen');
    expect(forwardSteps('completed')).toEqual([]);
    expect(forwardSteps('closed')).toEqual([]);
  });

  it('lists the later steps in order', () => {
    expect(forwardSteps('offer')).toEqual(['plan_signed', 'started', 'completed']);
    expect(forwardSteps('new')).toEqual(STEPS.slice(1));
  });

  it('calls an open lead overdue after 14 days without activity, never a finished one', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const days = (n: number) => new Date(now.getTime() - n * 24 * 3600 * 1000);
    expect(isOverdue('contacted', days(13), now)).toBe(false);
    expect(isOverdue('contacted', days(15), now)).toBe(true);
    expect(isOverdue('closed', days(40), now)).toBe(false);
    expect(isOverdue('completed', days(40), now)).toBe(false);
  });
});
