import { describe, expect, it } from 'vitest';
import { amsterdamClock } from '@/lib/dates';
import { type ScheduleRow, hoursOn, hoursToday, isOpenAt, parseByday, weekHours } from './opening-hours';

const weekdays: ScheduleRow = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00' };
const sundayMorning: ScheduleRow = { freq: 'WEEKLY', byday: 'SU', opens_at: '09:00:00', closes_at: '11:00:00' };
const thursdayEvening: ScheduleRow = { freq: 'WEEKLY', byday: 'TH', opens_at: '18:00', closes_at: '20:00' };

describe('amsterdamClock', () => {
  it('reads winter time (UTC+1)', () => {
    expect(amsterdamClock(new Date('2026-01-15T08:30:00Z'))).toEqual({ weekday: 'TH', time: '09:30:00', date: '2026-01-15' });
  });
  it('reads summer time (UTC+2)', () => {
    expect(amsterdamClock(new Date('2026-07-16T08:30:00Z'))).toEqual({ weekday: 'TH', time: '10:30:00', date: '2026-07-16' });
  });
  it('uses the Amsterdam date, not the UTC date, around midnight', () => {
    // 23:30 UTC on Sunday is already Monday 01:30 in Amsterdam (summer).
    expect(amsterdamClock(new Date('2026-07-19T23:30:00Z'))).toMatchObject({ weekday: 'MO', date: '2026-07-20', time: '01:30:00' });
  });
});

describe('open now', () => {
  it('is open from opens_at and closed at closes_at', () => {
    expect(isOpenAt([weekdays], new Date('2026-01-15T08:00:00Z'))).toBe(true); // Thu 09:00 CET
    expect(isOpenAt([weekdays], new Date('2026-01-15T07:59:00Z'))).toBe(false); // 08:59
    expect(isOpenAt([weekdays], new Date('2026-01-15T16:00:00Z'))).toBe(false); // 17:00 exactly
    expect(isOpenAt([weekdays], new Date('2026-01-15T15:59:59Z'))).toBe(true);
  });
  it('is closed on days not listed', () => {
    expect(isOpenAt([weekdays], new Date('2026-01-17T10:00:00Z'))).toBe(false); // Saturday
  });
  it('follows daylight saving time: the same UTC instant is 09:30 in winter and 10:30 in summer', () => {
    const tenToEleven: ScheduleRow = { byday: 'TH', opens_at: '10:00:00', closes_at: '11:00:00' };
    expect(isOpenAt([tenToEleven], new Date('2026-01-15T08:30:00Z'))).toBe(false);
    expect(isOpenAt([tenToEleven], new Date('2026-07-16T08:30:00Z'))).toBe(true);
  });
  it('on the morning the clocks go forward (29 March 2026), 07:30 UTC is 09:30 in Amsterdam', () => {
    expect(amsterdamClock(new Date('2026-03-29T07:30:00Z')).time).toBe('09:30:00');
    expect(isOpenAt([sundayMorning], new Date('2026-03-29T07:30:00Z'))).toBe(true);
    // One week earlier (winter time) the same UTC time is 08:30: not yet open.
    expect(isOpenAt([sundayMorning], new Date('2026-03-22T07:30:00Z'))).toBe(false);
  });
  it('after the clocks go back (25 October 2026) Amsterdam is UTC+1 again', () => {
    expect(amsterdamClock(new Date('2026-10-25T09:30:00Z')).time).toBe('10:30:00');
    expect(isOpenAt([sundayMorning], new Date('2026-10-25T09:30:00Z'))).toBe(true);
    expect(isOpenAt([sundayMorning], new Date('2026-10-25T10:00:00Z'))).toBe(false); // 11:00
    // 07:30 UTC is 08:30 now; a week earlier (summer time) it was 09:30 and open.
    expect(isOpenAt([sundayMorning], new Date('2026-10-25T07:30:00Z'))).toBe(false);
    expect(isOpenAt([sundayMorning], new Date('2026-10-18T07:30:00Z'))).toBe(true);
  });
  it('ignores rows outside their validity dates and non-weekly rows', () => {
    const ended: ScheduleRow = { ...weekdays, valid_to: '2025-12-31' };
    const monthly: ScheduleRow = { ...weekdays, freq: 'MONTHLY' };
    expect(isOpenAt([ended, monthly], new Date('2026-01-15T10:00:00Z'))).toBe(false);
  });
});

describe('hours today and the week', () => {
  it('lists today’s intervals in order, in HH:MM', () => {
    expect(hoursToday([thursdayEvening, weekdays], new Date('2026-01-15T12:00:00Z'))).toEqual([
      { opens: '09:00', closes: '17:00' },
      { opens: '18:00', closes: '20:00' },
    ]);
    expect(hoursToday([thursdayEvening, weekdays], new Date('2026-01-18T12:00:00Z'))).toEqual([]); // Sunday
  });
  it('gives the whole week, Monday first', () => {
    const week = weekHours([weekdays, sundayMorning]);
    expect(week.map((d) => d.day)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
    expect(week[5]!.hours).toEqual([]);
    expect(week[6]!.hours).toEqual([{ opens: '09:00', closes: '11:00' }]);
    expect(hoursOn([weekdays], 'WE')).toEqual([{ opens: '09:00', closes: '17:00' }]);
  });
  it('reads byday leniently', () => {
    expect(parseByday(' mo, We ,XX,fr')).toEqual(['MO', 'WE', 'FR']);
    expect(parseByday(null)).toEqual([]);
  });
});
