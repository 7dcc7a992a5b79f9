import { describe, expect, it } from 'vitest';
import { canCancel, canMarkAttendance, cancelDeadline, isUpcoming, shiftEnd, shiftStart } from './time';

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
