import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsOf, formDataToObject } from '@/lib/actions/validation';
import nl from '@/lib/i18n/messages/nl/expenses.json';
import { MAX_RECEIPT_BYTES } from './filetype';
import { claimSchema, monthBounds, parseQueueFilters, paySchema, rateSchema, rejectSchema } from './schema';

const SHIFT = '0b7c8a7e-6f3e-4a51-9a52-2f0f6d1d8a11';
/** The message keys the action wrapper hands to the form for this input (null when it is valid). */
const errorsOf = (schema: z.ZodType, raw: unknown) => {
  const r = schema.safeParse(raw);
  return r.success ? null : fieldErrorsOf(r.error);
};

describe('claimSchema', () => {
  it('takes a chosen file', () => {
    const file = new File([new Uint8Array([0x89, 0x50])], 'bon.png', { type: 'image/png' });
    expect(claimSchema.parse({ shiftId: SHIFT, receipt: file }).receipt).toBe(file);
  });

  it.each([
    ['no file field at all', undefined, 'receiptRequired'],
    ['a text instead of a file', 'bon.jpg', 'receiptRequired'],
    ['no file chosen (the browser sends an empty nameless file)', new File([], '', { type: 'application/octet-stream' }), 'receiptRequired'],
    ['an empty file', new File([], 'bon.jpg', { type: 'image/jpeg' }), 'receiptEmpty'],
    ['a file over 5 MB', new File([new Uint8Array(MAX_RECEIPT_BYTES + 1)], 'bon.jpg', { type: 'image/jpeg' }), 'receiptTooLarge'],
  ])('refuses %s with a field error', (_what, receipt, key) => {
    expect(errorsOf(claimSchema, { shiftId: SHIFT, receipt })).toEqual({ receipt: `expenses.errors.${key}` });
  });

  it('says "Kies een bestand" when no file was chosen, and "leeg" only for a chosen file without content', () => {
    const form = (file: File) => {
      const f = new FormData();
      f.append('shiftId', SHIFT);
      f.append('receipt', file);
      return formDataToObject(f);
    };
    const text = (key: string) => (nl.errors as Record<string, string>)[key.replace('expenses.errors.', '')];
    const none = errorsOf(claimSchema, form(new File([], '', { type: 'application/octet-stream' })))!;
    expect(text(none.receipt!)).toMatch(/^Kies een bestand/);
    const empty = errorsOf(claimSchema, form(new File([], 'bon.jpg', { type: 'image/jpeg' })))!;
    expect(text(empty.receipt!)).toMatch(/^Dit bestand is leeg/);
  });

  it('claims a shift or a meeting, exactly one of the two', () => {
    const file = new File([new Uint8Array([0x89, 0x50])], 'bon.png', { type: 'image/png' });
    expect(claimSchema.parse({ meetingId: SHIFT, receipt: file })).toMatchObject({ meetingId: SHIFT, shiftId: null });
    expect(errorsOf(claimSchema, { receipt: file })).toEqual({ _form: 'expenses.errors.shiftNotFound' });
    expect(errorsOf(claimSchema, { shiftId: SHIFT, meetingId: SHIFT, receipt: file })).toEqual({ _form: 'expenses.errors.shiftNotFound' });
  });

  it('a shift id that is not one is this feature’s key (the action makes it the form error)', () => {
    expect(errorsOf(claimSchema, { shiftId: 'x', receipt: new File(['a'], 'a.png') })).toEqual({ shiftId: 'expenses.errors.shiftNotFound' });
  });
});

describe('rejectSchema and paySchema', () => {
  it('a rejection needs a reason', () => {
    expect(errorsOf(rejectSchema, { claimId: SHIFT, reason: '   ' })).toEqual({ reason: 'expenses.errors.reasonRequired' });
    expect(errorsOf(rejectSchema, { claimId: SHIFT })).toEqual({ reason: 'expenses.errors.reasonRequired' });
    expect(rejectSchema.parse({ claimId: SHIFT, reason: ' Geen datum op de bon ' }).reason).toBe('Geen datum op de bon');
  });

  it('paying needs at least one ticked claim; one or several', () => {
    expect(errorsOf(paySchema, {})).toEqual({ claimIds: 'expenses.errors.nothingSelected' });
    expect(paySchema.parse({ claimIds: SHIFT }).claimIds).toEqual([SHIFT]);
    expect(paySchema.parse({ claimIds: [SHIFT, SHIFT] }).claimIds).toHaveLength(2);
    expect(errorsOf(paySchema, { claimIds: [SHIFT, 'nope'] })).toEqual({ claimIds: 'expenses.errors.claimNotFound' });
  });
});

describe('rateSchema', () => {
  it('reads euros with a comma or a point', () => {
    expect(rateSchema.parse({ amount: '7,25', validFrom: '2011-04-01' })).toEqual({ amount: 725, validFrom: '2011-04-01' });
  });
  it('names each wrong field', () => {
    expect(errorsOf(rateSchema, { amount: 'zeven', validFrom: '2011-02-30' })).toEqual({
      amount: 'expenses.errors.amountInvalid',
      validFrom: 'expenses.errors.invalidDate',
    });
    expect(errorsOf(rateSchema, { amount: '', validFrom: '' })).toEqual({ amount: 'expenses.errors.required', validFrom: 'expenses.errors.required' });
    expect(errorsOf(rateSchema, { amount: '0', validFrom: '2011-01-01' })).toEqual({ amount: 'expenses.errors.amountInvalid' });
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
