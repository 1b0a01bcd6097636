import { describe, expect, it } from '@jest/globals';
import { loggedQueries } from './sql-check';

describe('loggedQueries', () => {
  it('reads the statements of a TypeORM query log, multi-line ones included', () => {
    const log = [
      '[Nest] 42  - LOG [NestApplication] Nest application successfully started',
      'query: SELECT 1 FROM "sessions" WHERE "token_hash" = $1 -- PARAMETERS: ["abc"]',
      '\u001b[90mquery:\u001b[39m WITH matches AS (',
      '  SELECT id FROM startups',
      ')',
      'SELECT count(*) FROM matches -- PARAMETERS: ["active",25,0]',
      'query: SELECT now()',
      '',
    ].join('\n');
    expect(loggedQueries(log)).toEqual([
      'SELECT 1 FROM "sessions" WHERE "token_hash" = $1',
      'WITH matches AS (\n  SELECT id FROM startups\n)\nSELECT count(*) FROM matches',
      'SELECT now()',
    ]);
  });
});
