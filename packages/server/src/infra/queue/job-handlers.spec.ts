import { describe, expect, it } from '@jest/globals';
import type { JobPayloads } from '@kohorte/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import { NotFoundError, UnavailableError } from '../errors/domain-errors';
import { type JobDelivery, type JobHandlers, runJob } from './job-handlers';

/** The parts of a BullMQ job that `runJob` reads. */
function job(name: string, data: object, attemptsStarted = 1): Job {
  return {
    name,
    data,
    attemptsStarted,
    attemptsMade: attemptsStarted - 1,
    stalledCounter: 0,
    opts: { attempts: 3 },
    updateProgress: () => Promise.resolve(),
  } as unknown as Job;
}

describe('runJob', () => {
  const seen: { name: string; payload: unknown; delivery: JobDelivery }[] = [];
  const handlers: JobHandlers<'offer.remind' | 'mail.send'> = {
    'offer.remind': (payload: JobPayloads['offer.remind'], delivery) => {
      seen.push({ name: 'offer.remind', payload, delivery });
      return Promise.resolve(`reminded ${payload.proposalId}`);
    },
    'mail.send': ({ outboxId }) => {
      if (outboxId === 'gone') return Promise.reject(new NotFoundError('No such mail'));
      if (outboxId === 'busy') return Promise.reject(new UnavailableError('Redis is down'));
      return Promise.resolve('sent');
    },
  };

  it('hands the payload and the delivery to the handler registered under the name', async () => {
    await expect(runJob(handlers, job('offer.remind', { proposalId: 'p1' }, 2))).resolves.toBe(
      'reminded p1',
    );
    expect(seen.at(-1)).toMatchObject({
      payload: { proposalId: 'p1' },
      delivery: { redelivered: true, finalAttempt: false },
    });
    await runJob(handlers, job('offer.remind', { proposalId: 'p2' }, 3));
    expect(seen.at(-1)?.delivery).toMatchObject({ redelivered: true, finalAttempt: true });
    await runJob(handlers, job('offer.remind', { proposalId: 'p3' }));
    expect(seen.at(-1)?.delivery).toMatchObject({ redelivered: false, finalAttempt: false });
  });

  it('fails a job no handler is registered for', async () => {
    await expect(runJob(handlers, job('offer.expire', { proposalId: 'p1' }))).rejects.toThrow(
      'No handler is registered for job "offer.expire"',
    );
    await expect(runJob(handlers, job('toString', {}))).rejects.toThrow(/No handler/);
  });

  it('fails a refused job at once, and lets an unavailable service retry', async () => {
    await expect(runJob(handlers, job('mail.send', { outboxId: 'gone' }))).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
    await expect(runJob(handlers, job('mail.send', { outboxId: 'busy' }))).rejects.toBeInstanceOf(
      UnavailableError,
    );
    await expect(runJob(handlers, job('mail.send', { outboxId: 'm1' }))).resolves.toBe('sent');
  });
});
