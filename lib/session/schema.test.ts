import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { sessionSettingsSchema } from './schema';

describe('session settings: validation', () => {
  it('accepts 5 to 480 whole minutes', () => {
    expect(sessionSettingsSchema.parse({ staffIdleMinutes: '45' })).toEqual({ staffIdleMinutes: 45 });
    expect(sessionSettingsSchema.parse({ staffIdleMinutes: '5' }).staffIdleMinutes).toBe(5);
    expect(sessionSettingsSchema.parse({ staffIdleMinutes: '480' }).staffIdleMinutes).toBe(480);
  });
  it.each(['4', '481', '12.5', 'dertig', ''])('refuses %j', (v) => {
    const r = sessionSettingsSchema.safeParse({ staffIdleMinutes: v });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!).staffIdleMinutes).toBe(v === '' ? 'required' : 'admin.errors.idleMinutes');
  });
});
