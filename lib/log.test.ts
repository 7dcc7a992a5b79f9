import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, logError } from './log';

/** The shape of a postgres.js unique violation (message and detail hold the row's values). */
function duplicatePhone() {
  return Object.assign(new Error('duplicate key value violates unique constraint "leads_phone_key"'), {
    name: 'PostgresError',
    code: '23505',
    detail: 'Key (phone)=(+31612345678) already exists.',
    constraint_name: 'leads_phone_key',
    table_name: 'leads',
    where: 'SQL function "x" statement 1 with Farida Ahmadi',
  });
}

describe('logError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the code, constraint and table of a database error, never its message or detail', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    logError('association.import', duplicatePhone());
    expect(spy).toHaveBeenCalledTimes(1);
    const line = spy.mock.calls[0]!.map(String).join(' ');
    expect(line).toBe('[association.import] PostgresError code=23505 constraint=leads_phone_key table=leads');
    expect(line).not.toContain('+31612345678');
    expect(line).not.toContain('duplicate key');
    expect(line).not.toContain('Farida');
  });

  it('walks the cause chain (drizzle wraps the driver error with the query and its parameters)', () => {
    const wrapped = Object.assign(new Error('Failed query: insert into "leads" ("name", "phone") values ($1, $2)\nparams: Farida Ahmadi,+31612345678'), {
      name: 'DrizzleQueryError',
      cause: duplicatePhone(),
    });
    const text = describeError(wrapped);
    expect(text).toBe('DrizzleQueryError <- PostgresError code=23505 constraint=leads_phone_key table=leads');
    expect(text).not.toMatch(/Farida|\+316|insert/);
  });

  it('keeps out values that are not plain identifiers, and copes with anything thrown', () => {
    const odd = Object.assign(new Error('x'), { code: 'Farida Ahmadi +31612345678', constraint: 'a b' });
    expect(describeError(odd)).toBe('Error');
    expect(describeError('Farida')).toBe('string');
    expect(describeError(null)).toBe('');
  });
});
