import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf, formDataToObject, formValues } from './validation';

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
