import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  checkbox,
  choice,
  chosenId,
  fieldErrorsOf,
  formDataToObject,
  formValues,
  isUuid,
  isoDate,
  manyOf,
  neighbourhoodCode,
  optionalEmail,
  optionalEmailLowerCase,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  optionalUuid,
  optionalWijkCode,
  phone,
  requiredText,
  sitePath,
  uuid,
  wholeNumber,
} from './validation';
import enErrors from '@/lib/i18n/messages/en/errors.json';
import nlErrors from '@/lib/i18n/messages/nl/errors.json';

function fd(entries: [string, string | Blob][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

function errorsFor(schema: z.ZodType, input: unknown): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a validation error');
  return fieldErrorsOf(r.error);
}

describe('formValues', () => {
  it('keeps what the user typed, as strings', () => {
    const values = formValues(fd([['name', 'Amina Ahmadi'], ['phone', '06 12345678'], ['email', '']]));
    expect(values).toEqual({ name: 'Amina Ahmadi', phone: '06 12345678', email: '' });
  });

  it('skips the framework fields of server actions', () => {
    const values = formValues(fd([['$ACTION_ID_abc123', ''], ['$ACTION_REF_1', 'x'], ['$ACTION_1:0', '{}'], ['name', 'Omar']]));
    expect(values).toEqual({ name: 'Omar' });
  });

  it('never echoes passwords or other secrets back into the form', () => {
    const values = formValues(
      fd([['email', 'a@b.nl'], ['password', 'hunter2hunter2'], ['newPassword', 'x'], ['pass', 'y'], ['csrfToken', 't'], ['clientSecret', 's']]),
    );
    expect(values).toEqual({ email: 'a@b.nl' });
    expect(JSON.stringify(values)).not.toContain('hunter2');
  });

  it('keeps every value of a field sent more than once (checkbox group, multi-select)', () => {
    const values = formValues(fd([['name', 'Leyla'], ['languages', 'ar'], ['languages', 'tr']]));
    expect(values).toEqual({ name: 'Leyla', languages: ['ar', 'tr'] });
  });

  it('skips uploaded files and caps very long values', () => {
    const values = formValues(fd([['doc', new Blob(['x'])], ['note', 'n'.repeat(5000)]]));
    expect(values).not.toHaveProperty('doc');
    expect(values.note).toHaveLength(2000);
  });
});

describe('formDataToObject', () => {
  it('turns single keys into strings and repeated keys into arrays, in order', () => {
    const obj = formDataToObject(fd([['name', 'Leyla'], ['languages', 'ar'], ['languages', 'tr'], ['languages', 'nl']]));
    expect(obj).toEqual({ name: 'Leyla', languages: ['ar', 'tr', 'nl'] });
  });

  it('makes an array of two for a key sent twice', () => {
    expect(formDataToObject(fd([['x', '1'], ['x', '2']]))).toEqual({ x: ['1', '2'] });
  });

  it('passes files through as File objects, but not the empty file of an untouched file input', () => {
    const file = new File(['%PDF'], 'bon.pdf', { type: 'application/pdf' });
    const obj = formDataToObject(fd([['receipt', file], ['other', new File([], '')]]));
    expect(obj.receipt).toBeInstanceOf(File);
    expect((obj.receipt as File).name).toBe('bon.pdf');
    expect(obj).not.toHaveProperty('other');
  });

  it('drops $ACTION_ keys', () => {
    expect(formDataToObject(fd([['$ACTION_ID_1', ''], ['a', '1']]))).toEqual({ a: '1' });
  });
});

describe('fieldErrorsOf', () => {
  it('uses the schema message when it is a known error key', () => {
    const schema = z.object({ phone: z.string().refine(() => false, 'phoneInvalid'), name: z.string().max(1, 'tooShort') });
    expect(errorsFor(schema, { phone: 'x', name: 'ab' })).toEqual({ phone: 'phoneInvalid', name: 'tooShort' });
  });

  it('keeps a feature’s namespaced key as written, and maps other free text to a shared key', () => {
    const schema = z.object({
      endsOn: z.string().refine(() => false, 'targets.errors.endNotAfterStart'),
      other: z.string().refine(() => false, 'errors.noProfile'),
      note: z.string().max(1, 'too long!'),
    });
    expect(errorsFor(schema, { endsOn: 'x', other: 'x', note: 'ab' })).toEqual({
      endsOn: 'targets.errors.endNotAfterStart',
      other: 'errors.noProfile',
      note: 'tooLong',
    });
  });

  it('maps a too-long value to tooLong', () => {
    expect(errorsFor(z.object({ name: z.string().max(3) }), { name: 'abcd' })).toEqual({ name: 'tooLong' });
  });

  it('maps min(1) to required and a longer minimum to tooShort', () => {
    const schema = z.object({ name: z.string().min(1), password: z.string().min(10) });
    expect(errorsFor(schema, { name: '', password: 'short' })).toEqual({ name: 'required', password: 'tooShort' });
  });

  it('maps a missing field to required', () => {
    expect(errorsFor(z.object({ name: z.string() }), {})).toEqual({ name: 'required' });
  });

  it('maps a bad e-mail to emailInvalid and other formats to invalidFormat', () => {
    const schema = z.object({ email: z.email(), id: z.uuid() });
    expect(errorsFor(schema, { email: 'not-an-address', id: 'nope' })).toEqual({ email: 'emailInvalid', id: 'invalidFormat' });
  });

  it('maps a value outside an enum to invalidChoice', () => {
    expect(errorsFor(z.object({ role: z.enum(['admin', 'caseworker']) }), { role: 'root' })).toEqual({ role: 'invalidChoice' });
  });

  it('keeps the first issue per field', () => {
    const schema = z.object({
      code: z.string().max(2, 'tooLong').regex(/^[0-9]+$/, 'invalidFormat'),
    });
    const r = schema.safeParse({ code: 'abc' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['tooLong', 'invalidFormat']);
    expect(fieldErrorsOf(r.error!)).toEqual({ code: 'tooLong' });
  });

  it('reports each invalid field once and leaves valid fields out', () => {
    const schema = z.object({ a: z.string().min(1), b: z.string().max(2), ok: z.string() });
    expect(errorsFor(schema, { a: '', b: 'xyz', ok: 'fine' })).toEqual({ a: 'required', b: 'tooLong' });
  });

  it('files errors of nested paths under the top-level field and root errors under _form', () => {
    const schema = z
      .object({ address: z.object({ street: z.string().min(1) }), a: z.string(), b: z.string() })
      .refine((v) => v.a === v.b, 'invalidFormat');
    expect(errorsFor(schema, { address: { street: '' }, a: 'x', b: 'x' })).toEqual({ address: 'required' });
    expect(errorsFor(schema, { address: { street: 's' }, a: 'x', b: 'y' })).toEqual({ _form: 'invalidFormat' });
  });
});

describe('the field vocabulary', () => {
  const form = z.object({
    name: requiredText(10),
    note: optionalText(10),
    kind: choice(['a', 'b'] as const),
    tags: manyOf(['x', 'y', 'z']),
    agree: checkbox,
    email: optionalEmail,
    phone,
    orgPhone: optionalPhone,
    id: optionalUuid(),
    shiftId: uuid('notFound'),
    day: isoDate,
    until: optionalIsoDate,
    wijk: optionalWijkCode(),
  });
  const ID = '3f1c2b9e-8d4a-4f6b-9c1e-2a7d5e8f0b13';
  const valid = { name: ' Amina ', kind: 'a', phone: '06-12 34 56 78', shiftId: ID, day: '2026-03-29' };

  it('trims text, turns blanks into null and unticked boxes into false', () => {
    expect(form.parse({ ...valid, note: '   ', email: '', orgPhone: '', id: '', until: '', wijk: ' ' })).toEqual({
      name: 'Amina',
      note: null,
      kind: 'a',
      tags: [],
      agree: false,
      email: null,
      phone: '+31612345678',
      orgPhone: null,
      id: null,
      shiftId: ID,
      day: '2026-03-29',
      until: null,
      wijk: null,
    });
  });

  it('reads ticked boxes and checkbox groups (one value, several, repeated)', () => {
    expect(form.parse({ ...valid, agree: 'on', tags: 'y' })).toMatchObject({ agree: true, tags: ['y'] });
    expect(form.parse({ ...valid, tags: ['z', 'x', 'z'] }).tags).toEqual(['z', 'x']);
  });

  it('answers every wrong field with the key the forms show', () => {
    expect(
      errorsFor(form, {
        name: '   ',
        note: 'x'.repeat(11),
        kind: 'c',
        tags: ['x', 'nope'],
        email: 'geen-mail',
        phone: '12345',
        orgPhone: 'bel me',
        id: 'abc',
        shiftId: ID,
        day: '2026-02-30',
        until: '30-02-2026',
        wijk: 'Meer zicht!',
      }),
    ).toEqual({
      name: 'required',
      note: 'tooLong',
      kind: 'invalidChoice',
      tags: 'invalidChoice',
      email: 'emailInvalid',
      phone: 'phoneInvalid',
      orgPhone: 'phoneInvalid',
      id: 'invalidFormat',
      day: 'invalidDate',
      until: 'invalidDate',
      wijk: 'invalidChoice',
    });
  });

  it('gives an id the feature\'s own message (shown by the feature\'s error mapper)', () => {
    expect(uuid('notFound').safeParse('abc').error?.issues[0]?.message).toBe('notFound');
    expect(uuid().safeParse(ID).success).toBe(true);
  });

  it('asks for what is missing: required text, a choice, a phone number, a date', () => {
    expect(errorsFor(form, { shiftId: ID })).toEqual({ name: 'required', kind: 'choiceRequired', phone: 'required', day: 'required' });
    expect(errorsFor(form, { ...valid, kind: '' })).toEqual({ kind: 'choiceRequired' });
  });

  it('says "Kies een optie" for a select or radio group left empty, and "Vul dit veld in" only for text', () => {
    const schema = z.object({ language: choice(['ar', 'ti'] as const), wijk: neighbourhoodCode, name: requiredText(10) });
    const errors = errorsFor(schema, { language: '', wijk: '', name: '' });
    expect(errors).toEqual({ language: 'choiceRequired', wijk: 'choiceRequired', name: 'required' });
    expect(errorsFor(schema, {})).toEqual({ language: 'choiceRequired', wijk: 'choiceRequired', name: 'required' });
    expect(nlErrors.choiceRequired).toBe('Kies een optie.');
    expect(enErrors.choiceRequired).toBe('Please choose an option.');
    expect(nlErrors.required).toBe('Vul dit veld in.');
    const ids = z.object({ themeId: chosenId() });
    expect(errorsFor(ids, { themeId: '' })).toEqual({ themeId: 'choiceRequired' });
    expect(errorsFor(ids, { themeId: 'abc' })).toEqual({ themeId: 'invalidChoice' });
    expect(ids.parse({ themeId: '0b7c8a7e-6f3e-4a51-9a52-2f0f6d1d8a11' }).themeId).toBe('0b7c8a7e-6f3e-4a51-9a52-2f0f6d1d8a11');
  });

  it('checks an organisation phone with libphonenumber like every other number, and keeps it as typed', () => {
    // A Zoetermeer landline and a Belgian number pass; the old pattern let any six digits through.
    expect(form.parse({ ...valid, orgPhone: ' 079 111 22 33 ' }).orgPhone).toBe('079 111 22 33');
    expect(form.parse({ ...valid, orgPhone: '+32 2 555 12 34' }).orgPhone).toBe('+32 2 555 12 34');
    expect(errorsFor(form, { ...valid, orgPhone: '123456' })).toEqual({ orgPhone: 'phoneInvalid' });
    expect(errorsFor(form, { ...valid, orgPhone: '(000) 000-0000' })).toEqual({ orgPhone: 'phoneInvalid' });
  });

  it('keeps a resident\'s e-mail address as typed, and an organisation\'s in lower case', () => {
    expect(form.parse({ ...valid, email: ' Sanne.Bakker@Gemeente.Example ' }).email).toBe('Sanne.Bakker@Gemeente.Example');
    expect(optionalEmailLowerCase.parse(' Info@Buurthuis.NL ')).toBe('info@buurthuis.nl');
    expect(optionalEmailLowerCase.parse('')).toBeNull();
  });
});

describe('sitePath', () => {
  it('takes a path on this site and refuses anything that leaves it', () => {
    expect(sitePath.parse('/admin/social-map')).toBe('/admin/social-map');
    for (const bad of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'admin/social-map', '/x\n/y', ''])
      expect(sitePath.safeParse(bad).error?.issues[0]?.message, bad).toBe('invalidChoice');
  });
});

describe('isUuid', () => {
  it('accepts an id in either case and refuses anything else', () => {
    expect(isUuid('3f1c2b9e-8d4a-4f6b-9c1e-2a7d5e8f0b13')).toBe(true);
    expect(isUuid('3F1C2B9E-8D4A-4F6B-9C1E-2A7D5E8F0B13')).toBe(true);
    for (const bad of ['', 'abc', '3f1c2b9e-8d4a-4f6b-9c1e-2a7d5e8f0b1', '../../etc/passwd', ' 3f1c2b9e-8d4a-4f6b-9c1e-2a7d5e8f0b13', null, 42]) {
      expect(isUuid(bad), String(bad)).toBe(false);
    }
  });
});

describe('wholeNumber', () => {
  const hours = z.object({ hours: wholeNumber(1, 200, { format: 'x.wholeNumber', range: 'x.outOfRange' }) });

  it('reads digits (and an already parsed number) as a number', () => {
    expect(hours.parse({ hours: ' 12 ' })).toEqual({ hours: 12 });
    expect(hours.parse({ hours: 12 })).toEqual({ hours: 12 });
  });

  it('says "required" for an empty field and the format message for what is not a whole number', () => {
    expect(errorsFor(hours, { hours: '' })).toEqual({ hours: 'required' });
    expect(errorsFor(hours, {})).toEqual({ hours: 'required' });
    expect(errorsFor(hours, { hours: '1,5' })).toEqual({ hours: 'x.wholeNumber' });
    expect(errorsFor(hours, { hours: 'twelve' })).toEqual({ hours: 'x.wholeNumber' });
  });

  it('says the range message outside the bounds, negative numbers included', () => {
    expect(errorsFor(hours, { hours: '0' })).toEqual({ hours: 'x.outOfRange' });
    expect(errorsFor(hours, { hours: '201' })).toEqual({ hours: 'x.outOfRange' });
    expect(errorsFor(hours, { hours: '-3' })).toEqual({ hours: 'x.outOfRange' });
  });

  it('uses one message for both when only the format message is given, and its own required key', () => {
    const target = z.object({ n: wholeNumber(0, 10, { required: 't.required', format: 't.range' }) });
    expect(errorsFor(target, { n: '' })).toEqual({ n: 't.required' });
    expect(errorsFor(target, { n: '11' })).toEqual({ n: 't.range' });
    expect(errorsFor(target, { n: 'x' })).toEqual({ n: 't.range' });
  });
});
