import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QUEUES } from '@kohorte/contracts';
import { CoreModule } from '@kohorte/server/core';
import { MailModule, MailOutbox, MailOutboxEntity, mailJobId } from '@kohorte/server/mail';
import { REDIS } from '@kohorte/server/redis';
import {
  createTestDatabase,
  dropTestDatabase,
  firstOf,
  type TestDatabase,
  testRedisPrefix,
  until,
} from '@kohorte/server/testing';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { MailSink } from './mail-sink';

const PUBLIC_URL = 'https://kohorte.example.test';
// The worker as production runs it (`npm start -w @kohorte/worker`); Jest runs in apps/worker,
// and the test task builds the worker first (apps/worker/turbo.json).
const WORKER_MAIN = join(process.cwd(), 'dist', 'main.js');

/** The real worker in a process of its own, sending through `smtpUrl`; resolves once it runs. */
function startWorker(smtpUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, SMTP_URL: smtpUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not running: ${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Kohorte worker running')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code ?? signal}): ${output}`));
    });
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** This process only writes and dispatches mail: the child workers are the only ones sending. */
@Module({ imports: [CoreModule, MailModule] })
class ProducerOnlyModule {}

describe('a mail whose worker is killed in the middle of the send', () => {
  const hanging = new MailSink();
  const working = new MailSink();
  const saved = { ...process.env };
  const children: ChildProcess[] = [];
  let hangingUrl: string;
  let workingUrl: string;
  let database: TestDatabase;
  let app: INestApplicationContext;
  let db: DataSource;
  let outbox: MailOutbox;
  let queue: Queue;

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) {
      throw new Error(
        `${WORKER_MAIN} is missing: build the worker (npm run build -w @kohorte/worker)`,
      );
    }
    hangingUrl = await hanging.start();
    workingUrl = await working.start();
    hanging.hold();
    // A database and a queue prefix of this file's own, so that no other test file's worker
    // takes this mail (they run in parallel with the same Redis).
    database = await createTestDatabase('kohorte_mail_crash');
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_PREFIX: testRedisPrefix(),
      PUBLIC_URL,
      MAIL_FROM: 'Kohorte Test <kohorte@example.test>',
    });
    app = await NestFactory.createApplicationContext(ProducerOnlyModule, { logger: ['error'] });
    db = app.get(DataSource);
    outbox = app.get(MailOutbox);
    queue = app.get<Queue>(getQueueToken(QUEUES.mail));
  });
  afterAll(async () => {
    for (const child of children) await kill(child);
    await app?.close();
    await hanging.stop();
    await working.stop();
    process.env = saved;
    if (database) await dropTestDatabase(database.name);
  });

  async function row(id: string): Promise<MailOutboxEntity> {
    return db.getRepository(MailOutboxEntity).findOneByOrFail({ id });
  }

  async function linkTokens(startupId: string): Promise<{ hash: string; revoked: boolean }[]> {
    return (await db.query(
      `SELECT token_hash AS "hash", revoked_at IS NOT NULL AS revoked FROM link_tokens
        WHERE subject_id = $1`,
      [startupId],
    )) as { hash: string; revoked: boolean }[];
  }

  it('sends it exactly once after a restart, through the stalled job, with one working link', async () => {
    const first = await startWorker(hangingUrl);
    children.push(first);
    const startup = firstOf(
      (await db.query(`INSERT INTO startups (name) VALUES ('Crash Startup') RETURNING id`)) as {
        id: string;
      }[],
    );
    const id = await db.transaction((manager) =>
      outbox.add(manager, {
        to: 'crash@example.test',
        locale: 'en',
        template: 'startup-profile-link',
        data: { startupName: 'Crash Startup' },
        link: {
          path: '/respond/profile',
          purpose: 'startup-profile',
          subjectType: 'startup',
          subjectId: startup.id,
          ttlSeconds: 3600,
          singleUse: false,
        },
        subjectType: 'startup',
        subjectId: startup.id,
      }),
    );
    await outbox.dispatch([id]);

    // The whole message is on the wire and the worker waits for the server's answer, inside the
    // transaction that holds the row and the new link token.
    await until(
      'the first worker to be in the middle of the send',
      () => Promise.resolve(hanging.held.length > 0 ? true : null),
      20_000,
    );
    await kill(first);

    // Nothing was delivered; the killed transaction took its link token with it.
    expect(await row(id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      providerMessageId: null,
      sentAt: null,
    });
    expect(hanging.received).toHaveLength(0);
    expect(working.received).toHaveLength(0);
    expect(await linkTokens(startup.id)).toEqual([]);
    // The job still counts as running: only BullMQ's stalled check gives it back.
    const orphan = await queue.getJob(mailJobId(id));
    expect(await orphan?.getState()).toBe('active');

    // BullMQ runs one stalled check per interval across a queue's workers, guarded by this key;
    // the killed worker set it at its start, which would delay the new worker's first check by
    // up to the 30 s interval.
    await app.get<Redis>(REDIS).del(queue.toKey('stalled-check'));
    children.push(await startWorker(workingUrl));

    // The killed worker's lock lapses after BullMQ's 30 s lock duration; the new worker's next
    // stalled check then puts the job back to wait and takes it.
    const sent = await until(
      `mail ${id} to be sent`,
      async () => {
        const current = await row(id);
        return current.status === 'pending' ? null : current;
      },
      90_000,
    );
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 0,
      providerMessageId: `<${id}@kohorte.example.test>`,
    });
    const job = await queue.getJob(mailJobId(id));
    expect({
      state: await job?.getState(),
      returnvalue: job?.returnvalue as unknown,
      stalledCounter: job?.stalledCounter,
    }).toEqual({ state: 'completed', returnvalue: 'sent', stalledCounter: 1 });

    // One message went out, to the working server, and it carries the one live link.
    expect(working.received).toHaveLength(1);
    const message = firstOf(working.received);
    expect(message.messageId).toBe(`<${id}@kohorte.example.test>`);
    expect(hanging.received).toHaveLength(0);
    expect(hanging.held).toHaveLength(1);
    const token = new RegExp(`${PUBLIC_URL}/respond/profile/([A-Za-z0-9_-]{43})`).exec(
      message.text ?? '',
    )?.[1];
    expect(token).toBeDefined();
    expect(await linkTokens(startup.id)).toEqual([
      { hash: createHash('sha256').update(token!).digest('hex'), revoked: false },
    ]);
  }, 150_000);
});
