import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { rowsOf } from '@/db/client';
import {
  addDays,
  amsterdamClock,
  amsterdamMidnight,
  daysFrom,
  isIsoDate,
  parseLocalDateTime,
  sqlAmsterdamDayStart,
  sqlInAmsterdam,
  toLocalDateTimeInput,
  todayLocal,
  weekdayOf,
  addMonths,
} from './dates';

describe('Amsterdam local times', () => {
  it('reads a datetime-local value as Amsterdam time in winter and summer', () => {
    expect(parseLocalDateTime('2026-11-30T10:00')!.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(parseLocalDateTime('2026-07-01T10:00')!.toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('round-trips to the input format', () => {
    for (const v of ['2026-11-30T10:00', '2026-07-01T23:45', '2026-03-29T01:30']) {
      expect(toLocalDateTimeInput(parseLocalDateTime(v)!)).toBe(v);
    }
  });

  it('rejects impossible values', () => {
    expect(parseLocalDateTime('2026-02-30T10:00')).toBeNull();
    expect(parseLocalDateTime('2026-02-10T24:00')).toBeNull();
    expect(parseLocalDateTime('morgen')).toBeNull();
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('the days the clocks change (last Sunday of March and of October)', () => {
  it('switches to summer time at 02:00 on 29 March 2026: 01:59 is CET, 03:00 is CEST', () => {
    expect(parseLocalDateTime('2026-03-29T01:59')!.toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parseLocalDateTime('2026-03-29T03:00')!.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(toLocalDateTimeInput(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29T01:59');
    expect(toLocalDateTimeInput(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00');
  });

  it('switches back to winter time at 03:00 on 25 October 2026: the same wall-clock hour twice', () => {
    expect(toLocalDateTimeInput(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30');
    expect(toLocalDateTimeInput(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
    expect(toLocalDateTimeInput(new Date('2026-10-25T02:00:00Z'))).toBe('2026-10-25T03:00');
    expect(parseLocalDateTime('2026-10-25T12:00')!.toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('starts those days at their own midnight: the day is 23 or 25 hours long', () => {
    expect(amsterdamMidnight('2026-03-29')!.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(amsterdamMidnight('2026-03-30')!.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(amsterdamMidnight('2026-10-25')!.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(amsterdamMidnight('2026-10-26')!.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(amsterdamMidnight('2026-02-30')).toBeNull();
  });

  it('counts calendar days across a change without an hour slipping', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysFrom('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysFrom('2026-10-26', '2026-10-24')).toBe(-2);
  });
});

describe('today and midnight in Amsterdam', () => {
  it('gives the Dutch calendar day, also just after midnight in Amsterdam', () => {
    expect(todayLocal(new Date('2010-06-30T22:30:00Z'))).toBe('2010-07-01');
    expect(todayLocal(new Date('2010-12-31T22:59:00Z'))).toBe('2010-12-31');
    expect(todayLocal(new Date('2010-12-31T23:00:00Z'))).toBe('2011-01-01');
  });

  it('reads the weekday on the Amsterdam clock', () => {
    // Sunday 23:30 UTC in summer is Monday 01:30 in Amsterdam.
    expect(amsterdamClock(new Date('2026-07-19T23:30:00Z'))).toEqual({ weekday: 'MO', time: '01:30:00', date: '2026-07-20' });
    expect(weekdayOf('2026-07-19')).toBe('SU');
    expect(weekdayOf('2026-07-20')).toBe('MO');
  });
});

describe.each(testDrivers)('the SQL fragments agree with the JavaScript on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h.close();
  });

  it('starts a day at Amsterdam midnight, also on the days the clocks change', async () => {
    for (const day of ['2026-01-15', '2026-03-29', '2026-07-01', '2026-10-25']) {
      const [row] = rowsOf<{ start: string; next: string }>(
        await h.db.execute(sql`select (${sqlAmsterdamDayStart(day)})::text as start, (${sqlAmsterdamDayStart(day, 1)})::text as next`),
      );
      const asInstant = (v: string) => new Date(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
      expect(asInstant(row!.start), day).toBe(amsterdamMidnight(day)!.toISOString());
      expect(asInstant(row!.next), day).toBe(amsterdamMidnight(addDays(day, 1))!.toISOString());
    }
  });

  it('reads an instant on the Amsterdam clock', async () => {
    const [row] = rowsOf<{ local: string }>(
      await h.db.execute(sql`select (${sqlInAmsterdam(sql`${'2026-12-31T23:30:00Z'}::timestamptz`)})::text as local`),
    );
    expect(row!.local).toBe('2027-01-01 00:30:00');
  });
});

describe('addMonths (a privacy request\'s one-month deadline)', () => {
  it('gives the same day a month later, or the last day of a shorter month', () => {
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -24)).toBe('2024-03-31');
  });
});
