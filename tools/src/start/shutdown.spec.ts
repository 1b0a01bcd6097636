import { describe, expect, it } from '@jest/globals';
import { Shutdown } from './shutdown';

describe('Shutdown', () => {
  it('closes the apps together, then the stores newest first, once', async () => {
    const events: string[] = [];
    let finishApi: () => void = () => undefined;
    const shutdown = new Shutdown();
    shutdown.addStore('lock', () => void events.push('lock'));
    shutdown.addStore('database', () => {
      events.push('database');
      return Promise.resolve();
    });
    shutdown.addStore('redis', () => void events.push('redis'));
    shutdown.addApp('api', () => {
      events.push('api closing');
      return new Promise<void>((resolve) => (finishApi = resolve));
    });
    shutdown.addApp('worker', () => void events.push('worker closing'));

    const first = shutdown.run(() => undefined);
    const second = shutdown.run(() => undefined);
    // Both apps were asked to close at once, in the signal's own tick; no store before they end.
    expect(events).toEqual(['api closing', 'worker closing']);
    finishApi();
    await Promise.all([first, second]);

    expect(events).toEqual(['api closing', 'worker closing', 'redis', 'database', 'lock']);
    expect(shutdown.started).toBe(true);
  });

  it('reports what failed to close and closes the rest', async () => {
    const messages: string[] = [];
    const closed: string[] = [];
    const shutdown = new Shutdown();
    shutdown.addStore('database', () => void closed.push('database'));
    shutdown.addApp('api', () => Promise.reject(new Error('socket hang up')));
    shutdown.addStore('redis', () => {
      throw new Error('gone');
    });

    await shutdown.run((message) => messages.push(message));

    expect(closed).toEqual(['database']);
    expect(messages).toEqual([
      'Could not close api: socket hang up',
      'Could not close redis: gone',
    ]);
  });
});
