import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { unavailableCause } from '../src/infra/database/unavailable';

/** A pg DatabaseError as the driver raises it: a message and its SQLSTATE. */
function pgError(code: string, message = 'server said no'): Error {
  return Object.assign(new Error(message), { code });
}

describe('unavailableCause', () => {
  it('tells a full pool, a server that is down and timeouts apart', () => {
    expect(unavailableCause(new Error('timeout exceeded when trying to connect'))).toBe('pool');
    expect(unavailableCause(pgError('57P01'))).toBe('database');
    expect(unavailableCause(pgError('57P03'))).toBe('database');
    expect(unavailableCause(pgError('08006'))).toBe('database');
    expect(unavailableCause(new Error('Connection terminated unexpectedly'))).toBe('database');
    expect(unavailableCause(pgError('57014'))).toBe('timeout');
    expect(unavailableCause(pgError('55P03'))).toBe('timeout');
    expect(unavailableCause(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(
      'network',
    );
    expect(
      unavailableCause(new Error("Stream isn't writeable and enableOfflineQueue options is false")),
    ).toBe('redis');
  });

  it('looks through TypeORM’s wrapper and error causes', () => {
    const wrapped = new QueryFailedError('SELECT 1', [], pgError('57P01'));
    expect(unavailableCause(wrapped)).toBe('database');
    expect(unavailableCause(new Error('job failed', { cause: pgError('57014') }))).toBe('timeout');
  });

  it('leaves bugs and bad input alone', () => {
    expect(unavailableCause(pgError('23505'))).toBeNull();
    expect(unavailableCause(pgError('22P02'))).toBeNull();
    expect(unavailableCause(new TypeError('x is undefined'))).toBeNull();
    expect(unavailableCause('a string')).toBeNull();
    expect(unavailableCause(null)).toBeNull();
  });
});
