import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { CONNECTION_ERROR_LOG_MS, logConnectionErrors } from './connection-errors';

describe('logConnectionErrors', () => {
  it('logs the first error, then one line per interval that counts the ones left out', () => {
    const emitter = new EventEmitter();
    const lines: string[] = [];
    let time = 1_000;
    logConnectionErrors(
      emitter,
      'Queue mail',
      (line) => lines.push(line),
      () => time,
    );

    emitter.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    for (let attempt = 0; attempt < 5; attempt++) {
      time += 1_000;
      emitter.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    }
    time = 1_000 + CONNECTION_ERROR_LOG_MS;
    emitter.emit('error', new Error('read ECONNRESET'));

    expect(lines).toEqual([
      'Queue mail: connect ECONNREFUSED 127.0.0.1:6379; BullMQ retries on its own',
      'Queue mail: read ECONNRESET (5 more since the last line); BullMQ retries on its own',
    ]);
  });

  it('keeps an error event from being thrown: the emitter has a listener', () => {
    const emitter = new EventEmitter();
    logConnectionErrors(emitter, 'Worker startups', () => undefined);
    expect(() => emitter.emit('error', new Error('gone'))).not.toThrow();
  });
});
