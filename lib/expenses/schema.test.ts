import { describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/errors';
import { MAX_RECEIPT_BYTES } from './filetype';
import { claimSchema, monthBounds, parseForm, parseQueueFilters, paySchema, rateSchema, rejectSchema } from './schema';

const SHIFT = '0b7c8a7e-6f3e-4a51-9a52-2f0f6d1d8a11';
const errorOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e as ActionError;
  }
};

describe('claimSchema', () => {
  it('takes a chosen file', () => {
    const file = new File([new Uint8Array([0x89, 0x50])], 'bon.png', { type: 'image/png' });
    expect(parseForm(claimSchema, { shiftId: SHIFT, receipt: file }).receipt).toBe(file);
  });

  it.each([
    ['no file field at all', undefined, 'receiptRequired'],
    ['a text instead of a file', 'bon.jpg', 'receiptRequired'],
    ['no file chosen (the browser sends an empty nameless file)', new File([], '', { type: 'application/octet-stream' }), 'receiptRequired'],
    ['an empty file', new File([], 'bon.jpg', { type: 'image/jpeg' }), 'receiptEmpty'],
    ['a file over 5 MB', new File([new Uint8Array(MAX_RECEIPT_BYTES + 1)], 'bon.jpg', { type: 'image/jpeg' }), 'receiptTooLarge'],
  ])('refuses %s with a field error', (_what, receipt, key) => {
    const err = errorOf(() => parseForm(claimSchema, { shiftId: SHIFT, receipt }));
    expect(err).toBeInstanceOf(ActionError);
    expect(err!.key).toBe('invalidForm');
    expect(err!.fieldErrors).toEqual({ receipt: key });
  });

  it('a shift id that is not one is a form error', () => {
    const err = errorOf(() => parseForm(claimSchema, { shiftId: 'x', receipt: new File(['a'], 'a.png') }));
    expect(err!.key).toBe('shiftNotFound');
  });
});

describe('rejectSchema and paySchema', () => {
  it('a rejection needs a reason', () => {
    expect(errorOf(() => parseForm(rejectSchema, { claimId: SHIFT, reason: '   ' }))!.fieldErrors).toEqual({ reason: 'reasonRequired' });
    expect(errorOf(() => parseForm(rejectSchema, { claimId: SHIFT }))!.fieldErrors).toEqual({ reason: 'reasonRequired' });
    expect(parseForm(rejectSchema, { claimId: SHIFT, reason: ' Geen datum op de bon ' }).reason).toBe('Geen datum op de bon');
  });

  it('paying needs at least one ticked claim; one or several', () => {
    expect(errorOf(() => parseForm(paySchema, {}))!.key).toBe('nothingSelected');
    expect(parseForm(paySchema, { claimIds: SHIFT }).claimIds).toEqual([SHIFT]);
    expect(parseForm(paySchema, { claimIds: [SHIFT, SHIFT] }).claimIds).toHaveLength(2);
    expect(errorOf(() => parseForm(paySchema, { claimIds: [SHIFT, 'nope'] }))!.key).toBe('claimNotFound');
  });
});

describe('rateSchema', () => {
  it('reads euros with a comma or a point', () => {
    expect(parseForm(rateSchema, { amount: '7,25', validFrom: '2011-04-01' })).toEqual({ amount: 725, validFrom: '2011-04-01' });
  });
  it('names each wrong field', () => {
    expect(errorOf(() => parseForm(rateSchema, { amount: 'zeven', validFrom: '2011-02-30' }))!.fieldErrors).toEqual({
      amount: 'amountInvalid',
      validFrom: 'invalidDate',
    });
    expect(errorOf(() => parseForm(rateSchema, { amount: '', validFrom: '' }))!.fieldErrors).toEqual({ amount: 'required', validFrom: 'required' });
    expect(errorOf(() => parseForm(rateSchema, { amount: '0', validFrom: '2011-01-01' }))!.fieldErrors).toEqual({ amount: 'amountInvalid' });
  });
});

describe('queue filters from the URL', () => {
  it('keeps valid values and ignores the rest', () => {
    expect(parseQueueFilters(new URLSearchParams(`ambassador=${SHIFT}&month=2010-09&status=approved`))).toEqual({
      ambassadorId: SHIFT,
      month: '2010-09',
      status: 'approved',
    });
    expect(parseQueueFilters({ ambassador: 'x', month: '2010-13', status: 'lost' })).toEqual({
      ambassadorId: undefined,
      month: undefined,
      status: undefined,
    });
  });

  it('a month runs from its first day to the first day of the next', () => {
    expect(monthBounds('2010-09')).toEqual({ from: '2010-09-01', to: '2010-10-01' });
    expect(monthBounds('2010-12')).toEqual({ from: '2010-12-01', to: '2011-01-01' });
    expect(() => monthBounds('2010-9')).toThrow();
  });
});
