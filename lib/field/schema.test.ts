import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { fieldContactSchema } from './schema';

const valid = { name: 'Amina El Idrissi', phone: '06-12 34 56 78', language: 'ar', neighbourhood: 'meerzicht', wants: 'other_help', consent: 'on' };

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const r = fieldContactSchema.safeParse(input);
  if (r.success) throw new Error(`expected errors, parsed ${JSON.stringify(r.data)}`);
  return fieldErrorsOf(r.error);
}

describe('fieldContactSchema', () => {
  it('accepts the six fields and normalises the phone number to E.164', () => {
    expect(fieldContactSchema.parse(valid)).toEqual({ ...valid, phone: '+31612345678' });
  });

  it('refuses a phone number that cannot be right', () => {
    expect(errorsOf({ ...valid, phone: '12345' })).toEqual({ phone: 'phoneInvalid' });
    expect(errorsOf({ ...valid, phone: 'bel me maar' })).toEqual({ phone: 'phoneInvalid' });
    expect(errorsOf({ ...valid, phone: '' })).toEqual({ phone: 'required' });
  });

  it('needs the ambassador to confirm the person agreed', () => {
    const { consent: _, ...without } = valid;
    expect(errorsOf(without)).toEqual({ consent: 'fieldContact.errors.consentGiven' });
    expect(errorsOf({ ...valid, consent: 'off' })).toEqual({ consent: 'fieldContact.errors.consentGiven' });
  });

  it('caps the name at 100 and the phone at 32 characters', () => {
    expect(fieldContactSchema.safeParse({ ...valid, name: 'a'.repeat(100) }).success).toBe(true);
    expect(errorsOf({ ...valid, name: 'a'.repeat(101) })).toEqual({ name: 'tooLong' });
    expect(errorsOf({ ...valid, phone: `06 12345678${' '.repeat(22)}9` })).toEqual({ phone: 'tooLong' });
    expect(errorsOf({ ...valid, neighbourhood: 'x'.repeat(41) })).toEqual({ neighbourhood: 'invalidChoice' });
  });

  it('knows three answers to "what does this person want"', () => {
    for (const wants of ['course', 'other_help', 'both']) expect(fieldContactSchema.parse({ ...valid, wants }).wants).toBe(wants);
    expect(errorsOf({ ...valid, wants: 'money' })).toEqual({ wants: 'invalidChoice' });
    expect(errorsOf({ ...valid, wants: '' })).toEqual({ wants: 'choiceRequired' });
  });

  it('reports every missing field at once, and an unknown language as a wrong choice', () => {
    expect(errorsOf({})).toEqual({
      name: 'required',
      phone: 'required',
      language: 'choiceRequired',
      neighbourhood: 'choiceRequired',
      wants: 'choiceRequired',
      consent: 'fieldContact.errors.consentGiven',
    });
    expect(errorsOf({ ...valid, language: 'klingon' })).toEqual({ language: 'invalidChoice' });
    expect(errorsOf({ ...valid, name: '   ' })).toEqual({ name: 'required' });
  });
});
