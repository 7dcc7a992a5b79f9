import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { parsePeriod, personalTargetSchema } from './schema';

const valid = { name: 'Q3+Q4 2010', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: '75' };

describe('parsePeriod', () => {
  it('accepts the source period and turns the target into a number', () => {
    expect(parsePeriod({ ...valid, name: '  Q3+Q4 2010 ', groupTarget: ' 75 ' })).toEqual({
      ok: true,
      data: { name: 'Q3+Q4 2010', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: 75, channel: null, pairRule: 'recruiter' },
    });
  });

  it('scopes a target to a channel with a pair rule, and refuses an unknown one', () => {
    expect(parsePeriod({ ...valid, groupTarget: '75', channel: 'ambassador', pairRule: 'half' })).toMatchObject({ ok: true, data: { channel: 'ambassador', pairRule: 'half' } });
    expect(parsePeriod({ ...valid, groupTarget: '75', channel: 'flyers', pairRule: 'all' })).toEqual({ ok: false, fieldErrors: { channel: 'invalidChoice', pairRule: 'invalidChoice' } });
  });

  it('refuses an end before the start, and an end on the start day', () => {
    expect(parsePeriod({ ...valid, endsOn: '2010-06-30' })).toEqual({ ok: false, fieldErrors: { endsOn: 'targets.errors.endNotAfterStart' } });
    expect(parsePeriod({ ...valid, endsOn: '2010-07-01' })).toEqual({ ok: false, fieldErrors: { endsOn: 'targets.errors.endNotAfterStart' } });
  });

  it('reports every wrong field at once, the date order included', () => {
    expect(parsePeriod({ name: '', startsOn: '2010-07-01', endsOn: '2010-01-01', groupTarget: '0' })).toEqual({
      ok: false,
      fieldErrors: { name: 'targets.errors.required', endsOn: 'targets.errors.endNotAfterStart', groupTarget: 'targets.errors.targetRange' },
    });
  });

  it.each(['0', '-3', '100001', '7.5', 'veel', '1e3'])('refuses a group target of %s', (groupTarget) => {
    expect(parsePeriod({ ...valid, groupTarget })).toEqual({ ok: false, fieldErrors: { groupTarget: 'targets.errors.targetRange' } });
  });

  it.each(['1', '100000'])('accepts the boundary target %s', (groupTarget) => {
    expect(parsePeriod({ ...valid, groupTarget }).ok).toBe(true);
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(parsePeriod({ ...valid, startsOn: '2010-02-30' })).toMatchObject({ ok: false, fieldErrors: { startsOn: 'targets.errors.invalidDate' } });
    expect(parsePeriod({ ...valid, endsOn: '31-12-2010' })).toMatchObject({ ok: false, fieldErrors: { endsOn: 'targets.errors.invalidDate' } });
  });

  it('asks for missing fields and limits the name', () => {
    expect(parsePeriod({})).toEqual({
      ok: false,
      fieldErrors: { name: 'targets.errors.required', startsOn: 'targets.errors.required', endsOn: 'targets.errors.required', groupTarget: 'targets.errors.required' },
    });
    expect(parsePeriod({ ...valid, name: 'x'.repeat(101) })).toEqual({ ok: false, fieldErrors: { name: 'targets.errors.tooLong' } });
  });
});

describe('personalTargetSchema', () => {
  const ids = { periodId: '00000000-0000-4000-8000-000000000001', ambassadorId: '00000000-0000-4000-8000-000000000002' };

  it('accepts 0 (someone who is away) and clearing without a number', () => {
    expect(personalTargetSchema.parse({ ...ids, intent: 'set', target: '0' })).toMatchObject({ intent: 'set', target: 0 });
    expect(personalTargetSchema.parse({ ...ids, intent: 'clear', target: '' })).toMatchObject({ intent: 'clear' });
  });

  it.each(['-1', '100001', '2.5', ''])('refuses a personal target of "%s"', (target) => {
    const r = personalTargetSchema.safeParse({ ...ids, intent: 'set', target });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!).target).toBe(target === '' ? 'targets.errors.required' : 'targets.errors.personalTargetRange');
  });
});
