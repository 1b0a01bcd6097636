import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { LoggerOptions, Logger as TypeOrmLogger } from 'typeorm';
import { PinoTypeOrmLogger } from './typeorm-logger';

function capture(logging: LoggerOptions) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger: TypeOrmLogger = new PinoTypeOrmLogger(logging, pino(sink));
  return { logger, lines };
}

describe("TypeORM's messages through pino", () => {
  it('writes only the kinds the logging option names, never query parameters', () => {
    const { logger, lines } = capture(['warn']);
    logger.logQuery('SELECT 1', ['secret@example.com']);
    logger.logQueryError(new Error('boom'), 'SELECT 2', ['secret@example.com']);
    logger.logMigration('Migration X has been executed successfully.');
    logger.log('info', 'connected');
    logger.log('warn', 'Postgres pool raised an error.');
    expect(lines.map((line) => line.msg)).toEqual(['Postgres pool raised an error.']);
    expect(lines[0]).toMatchObject({ context: 'TypeORM', level: 40 });
  });

  it('writes queries and failed queries with LOG_SQL, without their parameters', () => {
    const { logger, lines } = capture(['query', 'error']);
    logger.logQuery('SELECT 1', ['secret@example.com']);
    logger.logQueryError('boom', 'SELECT 2', ['secret@example.com']);
    expect(lines.map((line) => [line.msg, line.sql])).toEqual([
      ['SQL', 'SELECT 1'],
      ['Query failed: boom', 'SELECT 2'],
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret@example.com');
  });
});
