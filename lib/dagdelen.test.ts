import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from './dates';
import { DAGDEEL_TIMES, DAGDELEN, canCancel, canMarkAttendance, cancelDeadline, dagdeelAt, isUpcoming, shiftEnd, shiftStart } from './dagdelen';

describe('dagdeel times (Amsterdam)', () => {
  it('starts mornings at 09:00, afternoons at 13:00 and evenings at 18:00 Amsterdam time, winter and summer', () => {
    // Winter: UTC+1.
    expect(shiftStart('2026-11-30', 'morning').toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(shiftStart('2026-11-30', 'afternoon').toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(shiftStart('2026-11-30', 'evening').toISOString()).toBe('2026-11-30T17:00:00.000Z');
    // Summer: UTC+2.
    expect(shiftStart('2026-07-01', 'morning').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(shiftEnd('2026-07-01', 'evening').toISOString()).toBe('2026-07-01T19:00:00.000Z');
  });
});

describe('the 24-hour cancel rule', () => {
  it('allows cancelling up to exactly 24 hours before the start, and refuses a minute later', () => {
    // Afternoon shift on Tuesday 1 December 2026 starts 13:00 (12:00Z).
    expect(canCancel('2026-12-01', 'afternoon', new Date('2026-11-29T12:00:00Z'))).toBe(true);
    expect(canCancel('2026-12-01', 'afternoon', new Date('2026-11-30T12:00:00Z'))).toBe(true);
    expect(canCancel('2026-12-01', 'afternoon', new Date('2026-11-30T12:01:00Z'))).toBe(false);
    expect(canCancel('2026-12-01', 'afternoon', new Date('2026-12-01T11:00:00Z'))).toBe(false);
    // After the start, certainly not.
    expect(canCancel('2026-12-01', 'afternoon', new Date('2026-12-01T15:00:00Z'))).toBe(false);
  });

  it('counts from the dagdeel start, not from midnight', () => {
    const now = new Date('2026-11-30T16:30:00Z'); // Monday 17:30 in Amsterdam
    expect(canCancel('2026-12-01', 'morning', now)).toBe(false); // Tuesday 09:00: 15.5 h away
    expect(canCancel('2026-12-01', 'evening', now)).toBe(true); // Tuesday 18:00: 24.5 h away
  });

  it('uses real hours across the change to summer time (clock goes from 02:00 to 03:00)', () => {
    // Sunday 29 March 2026, morning: 09:00 CEST = 07:00Z. 24 real hours earlier is Saturday 08:00 CET.
    expect(cancelDeadline('2026-03-29', 'morning').toISOString()).toBe('2026-03-28T07:00:00.000Z');
    // Saturday 08:30 on the clock: the clock says 24.5 h, but only 23.5 real hours remain.
    expect(canCancel('2026-03-29', 'morning', new Date('2026-03-28T07:30:00Z'))).toBe(false);
    expect(canCancel('2026-03-29', 'morning', new Date('2026-03-28T07:00:00Z'))).toBe(true);
  });

  it('uses real hours across the change to winter time (clock goes from 03:00 back to 02:00)', () => {
    // Sunday 25 October 2026, morning: 09:00 CET = 08:00Z. 24 real hours earlier is Saturday 10:00 CEST.
    expect(cancelDeadline('2026-10-25', 'morning').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    // Saturday 09:30 on the clock (07:30Z): 24.5 real hours remain, although the clock says 23.5.
    expect(canCancel('2026-10-25', 'morning', new Date('2026-10-24T07:30:00Z'))).toBe(true);
    expect(canCancel('2026-10-25', 'morning', new Date('2026-10-24T08:01:00Z'))).toBe(false);
  });
});

describe('upcoming and attendance', () => {
  it('is open for sign-up until the start, and attendance can be marked from the start', () => {
    const start = shiftStart('2026-12-01', 'evening');
    expect(isUpcoming('2026-12-01', 'evening', new Date(start.getTime() - 1))).toBe(true);
    expect(isUpcoming('2026-12-01', 'evening', start)).toBe(false);
    expect(canMarkAttendance('2026-12-01', 'evening', new Date(start.getTime() - 1))).toBe(false);
    expect(canMarkAttendance('2026-12-01', 'evening', start)).toBe(true);
  });
});

describe('the dagdeel under way (one table for shift pages, calendar and field work)', () => {
  const at = (local: string) => parseLocalDateTime(local)!;

  it.each([
    ['2026-12-02T08:59', null],
    ['2026-12-02T09:00', 'morning'],
    ['2026-12-02T12:29', 'morning'],
    ['2026-12-02T12:30', null],
    ['2026-12-02T12:59', null],
    ['2026-12-02T13:00', 'afternoon'],
    ['2026-12-02T16:59', 'afternoon'],
    ['2026-12-02T17:00', null],
    ['2026-12-02T18:00', 'evening'],
    ['2026-12-02T20:59', 'evening'],
    ['2026-12-02T21:00', null],
    ['2026-12-02T23:59', null],
  ] as const)('%s Amsterdam time is %s', (local, dagdeel) => {
    expect(dagdeelAt(at(local))).toEqual({ date: local.slice(0, 10), dagdeel });
  });

  it('agrees with the shift start and end at every edge, so a shift never runs past its dagdeel', () => {
    for (const d of DAGDELEN) {
      const start = shiftStart('2026-12-02', d);
      const end = shiftEnd('2026-12-02', d);
      expect(dagdeelAt(new Date(start.getTime() - 60_000)).dagdeel).not.toBe(d);
      expect(dagdeelAt(start).dagdeel).toBe(d);
      expect(dagdeelAt(new Date(end.getTime() - 60_000)).dagdeel).toBe(d);
      expect(dagdeelAt(end).dagdeel).not.toBe(d);
    }
  });

  it('reads the Amsterdam clock on the days the clocks change', () => {
    // Sunday 29 March 2026 (summer time from 02:00): 07:00Z is 09:00 CEST, the morning's start.
    expect(dagdeelAt(new Date('2026-03-29T07:00:00Z'))).toEqual({ date: '2026-03-29', dagdeel: 'morning' });
    expect(dagdeelAt(new Date('2026-03-29T06:59:00Z'))).toEqual({ date: '2026-03-29', dagdeel: null });
    // Sunday 25 October 2026 (winter time from 03:00): 08:00Z is 09:00 CET; 07:30Z is only 08:30.
    expect(dagdeelAt(new Date('2026-10-25T08:00:00Z'))).toEqual({ date: '2026-10-25', dagdeel: 'morning' });
    expect(dagdeelAt(new Date('2026-10-25T07:30:00Z'))).toEqual({ date: '2026-10-25', dagdeel: null });
    // 20:30Z is 21:30 CET: the evening (until 21:00) is over.
    expect(dagdeelAt(new Date('2026-10-25T20:30:00Z')).dagdeel).toBeNull();
  });

  it('uses the Amsterdam date, not the UTC date, just after midnight', () => {
    // 00:30 in Amsterdam on 3 December is still 2 December in UTC.
    expect(dagdeelAt(new Date('2026-12-02T23:30:00Z'))).toEqual({ date: '2026-12-03', dagdeel: null });
  });

  it('shows the programme hours of each dagdeel', () => {
    expect(DAGDEEL_TIMES).toEqual({
      morning: { start: '09:00', end: '12:30' },
      afternoon: { start: '13:00', end: '17:00' },
      evening: { start: '18:00', end: '21:00' },
    });
  });
});
