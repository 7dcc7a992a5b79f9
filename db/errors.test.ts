import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('a database that cannot be reached is told apart from a query that is wrong', () => {
  it('a refused or dropped connection, a server shutting down or starting: unavailable', () => {
    for (const code of ['ECONNREFUSED', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', '57P01', '57P03', '08006', '53300']) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
  });

  it('looks through drizzle’s wrapper (cause) and Node’s AggregateError for several addresses', () => {
    const wrapped = Object.assign(new Error('Failed query: insert …'), { cause: withCode('57P01') });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(true);
  });

  it('a constraint, a syntax error or a plain bug: not unavailable', () => {
    for (const code of ['23505', '42601', '40001']) expect(isDatabaseUnavailable(withCode(code)), code).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('Failed query'), { cause: withCode('23505') }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
