import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { httpLogging } from './http-logging';

/** A logger with redaction, as the process's is, that keeps its lines for the test. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino(
    { redact: { paths: ['*.email', 'err.token'], censor: '[redacted]' } },
    stream,
  );
  return { logger, lines };
}

function exchange(url: string, statusCode: number) {
  const req = { method: 'GET', url, headers: {} } as unknown as IncomingMessage;
  const res = Object.assign(new EventEmitter(), { statusCode }) as unknown as ServerResponse;
  return { req, res };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('httpLogging', () => {
  it('writes one line per completed request with the chosen fields only', async () => {
    const { logger, lines } = memoryLogger();
    const { req, res } = exchange('/api/v1/startups?q=secret', 200);
    httpLogging(logger)(req, res, () => undefined);
    res.emit('finish');
    res.emit('close');
    await tick();
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        requestId: expect.any(String),
        req: { method: 'GET', url: '/api/v1/startups' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
  });

  it('keeps redacting the error of a failed request', async () => {
    const { logger, lines } = memoryLogger();
    const { req, res } = exchange('/api/v1/startups', 500);
    httpLogging(logger)(req, res, () => undefined);
    res.emit('error', Object.assign(new Error('broken'), { token: 'a-link-token' }));
    await tick();
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'request errored',
        err: expect.objectContaining({ message: 'broken', token: '[redacted]' }),
      }),
    ]);
  });
});
