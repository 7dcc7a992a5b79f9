import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { LANGUAGE_CODES } from '@/lib/languages';
import { signupSchema } from './schema';

const valid = {
  name: 'Amina El Idrissi',
  phone: '06-12 34 56 78',
  email: 'Amina.Idrissi@Example.NL',
  language: 'ar',
  neighbourhood: 'meerzicht',
  forWhom: 'self',
  consent: 'on',
};

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const r = signupSchema.safeParse(input);
  if (r.success) throw new Error(`expected errors, parsed ${JSON.stringify(r.data)}`);
  return fieldErrorsOf(r.error);
}

function parse(input: Record<string, unknown>) {
  const r = signupSchema.safeParse(input);
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(fieldErrorsOf(r.error))}`);
  return r.data;
}

describe('signupSchema', () => {
  it('normalises the phone number to E.164 and keeps everything else as typed', () => {
    const out = parse(valid);
    expect(out.phone).toBe('+31612345678');
    expect(out.name).toBe('Amina El Idrissi');
    expect(out.email).toBe('Amina.Idrissi@Example.NL');
    expect(out).toMatchObject({ language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', ref: null });
  });

  it('trims surrounding spaces from name and e-mail', () => {
    const out = parse({ ...valid, name: '  Omar  ', email: '  omar@example.nl ' });
    expect(out.name).toBe('Omar');
    expect(out.email).toBe('omar@example.nl');
  });

  it.each([[''], ['   '], [undefined]])('treats e-mail %j as not given (null)', (email) => {
    expect(parse({ ...valid, email }).email).toBeNull();
  });

  it('refuses a malformed e-mail with emailInvalid', () => {
    expect(errorsOf({ ...valid, email: 'amina@' })).toEqual({ email: 'emailInvalid' });
    expect(errorsOf({ ...valid, email: 'not an address' })).toEqual({ email: 'emailInvalid' });
  });

  it('refuses an unusable phone number with phoneInvalid and an empty one with required', () => {
    expect(errorsOf({ ...valid, phone: '12345' })).toEqual({ phone: 'phoneInvalid' });
    expect(errorsOf({ ...valid, phone: '  ' })).toEqual({ phone: 'required' });
  });

  it.each([[undefined], [''], ['off'], ['true']])('requires consent (consent=%j → consentRequired)', (consent) => {
    expect(errorsOf({ ...valid, consent })).toEqual({ consent: 'consentRequired' });
  });

  it('limits the name to 100 characters', () => {
    expect(parse({ ...valid, name: 'a'.repeat(100) }).name).toHaveLength(100);
    expect(errorsOf({ ...valid, name: 'a'.repeat(101) })).toEqual({ name: 'tooLong' });
    expect(errorsOf({ ...valid, name: '   ' })).toEqual({ name: 'required' });
  });

  it('accepts every listed language and refuses others', () => {
    for (const language of LANGUAGE_CODES) expect(parse({ ...valid, language }).language).toBe(language);
    expect(errorsOf({ ...valid, language: 'klingon' })).toEqual({ language: 'invalidChoice' });
    expect(errorsOf({ ...valid, language: 'AR' })).toEqual({ language: 'invalidChoice' });
  });

  it('asks for a language when none was chosen', () => {
    expect(errorsOf({ ...valid, language: '' })).toEqual({ language: 'choiceRequired' });
    const { language: _omit, ...withoutLanguage } = valid;
    expect(errorsOf(withoutLanguage)).toEqual({ language: 'choiceRequired' });
  });

  it('refuses an unknown "for whom" and asks for a missing one', () => {
    expect(errorsOf({ ...valid, forWhom: 'neighbour' })).toEqual({ forWhom: 'invalidChoice' });
    expect(errorsOf({ ...valid, forWhom: '' })).toEqual({ forWhom: 'choiceRequired' });
  });

  it('requires a neighbourhood', () => {
    expect(errorsOf({ ...valid, neighbourhood: ' ' })).toEqual({ neighbourhood: 'choiceRequired' });
  });

  it('reports several problems at once, one key per field', () => {
    expect(errorsOf({ ...valid, name: '', phone: 'abc', email: 'x@', consent: undefined })).toEqual({
      name: 'required',
      phone: 'phoneInvalid',
      email: 'emailInvalid',
      consent: 'consentRequired',
    });
  });

  it('upper-cases and trims a referral code', () => {
    expect(parse({ ...valid, ref: ' amb07 ' }).ref).toBe('AMB07');
    expect(parse({ ...valid, ref: 'zm-12' }).ref).toBe('ZM-12');
  });

  it.each([['a'], ['AB CD'], ['<script>'], ['x'.repeat(33)], [''], ['ä1']])('drops an unusable referral code %j without an error', (ref) => {
    expect(parse({ ...valid, ref }).ref).toBeNull();
  });

  it('passes the honeypot through for the mutation to decide', () => {
    expect(parse({ ...valid, website: 'http://spam.example' }).website).toBe('http://spam.example');
  });
});
