import { describe, expect, it } from 'vitest';
import { isIsoDate, parseLocalDateTime, toLocalDateTimeInput } from './dates';

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
    expect(parseLocalDateTime('morgen')).toBeNull();
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});
