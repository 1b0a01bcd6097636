import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { type Locale, QUEUES } from '@kohorte/contracts';
import {
  MailOutbox,
  MailOutboxEntity,
  MailSendHandler,
  mailJobId,
  type OutgoingMail,
} from '@kohorte/server/mail';
import { StartupsService } from '@kohorte/server/startups';
import {
  createTestDatabase,
  dropTestDatabase,
  firstOf,
  itemAt,
  type TestDatabase,
  testRedisPrefix,
  until,
} from '@kohorte/server/testing';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';
import { MailSink } from './mail-sink';

const PUBLIC_URL = 'https://kohorte.example.test';

describe('mail', () => {
  const sink = new MailSink();
  const saved = { ...process.env };
  let database: TestDatabase;
  let app: INestApplicationContext;
  let db: DataSource;
  let outbox: MailOutbox;
  let queue: Queue;

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    // A database and a queue prefix of this file's own: the workers of other test files (without
    // SMTP_URL, so sending to their development mailbox) must not take these mails.
    database = await createTestDatabase('kohorte_mail');
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_PREFIX: testRedisPrefix(),
      SMTP_URL: smtpUrl,
      PUBLIC_URL,
      INCUBATOR_NAME: 'Gründerzentrum <Test>',
      MAIL_FROM: 'Kohorte Test <kohorte@example.test>',
    });
    app = await createWorker();
    db = app.get(DataSource);
    outbox = app.get(MailOutbox);
    queue = app.get<Queue>(getQueueToken(QUEUES.mail));
    // The worker schedules the sweep every minute; these tests run it themselves, when they mean to.
    expect(await queue.getJobScheduler('mail.sweep')).toMatchObject({ every: 60_000 });
    await queue.removeJobScheduler('mail.sweep');
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
    process.env = saved;
    await dropTestDatabase(database.name);
  });

  function mail(
    to: string,
    locale: Locale = 'en',
    extra: Omit<Partial<OutgoingMail>, 'template' | 'data'> = {},
  ): OutgoingMail {
    return {
      to,
      toName: 'Ada Lovelace',
      locale,
      template: 'test-message',
      data: { name: 'Ada', message: 'Your offer is ready.', path: '/respond/abc123' },
      ...extra,
    };
  }

  async function add(outgoing: OutgoingMail): Promise<string> {
    return db.transaction((manager) => outbox.add(manager, outgoing));
  }

  async function row(id: string): Promise<MailOutboxEntity> {
    return db.getRepository(MailOutboxEntity).findOneByOrFail({ id });
  }

  async function settled(id: string): Promise<MailOutboxEntity> {
    return until(`mail ${id} to settle`, async () => {
      const current = await row(id);
      return current.status === 'pending' ? null : current;
    });
  }

  async function finishedJob(jobId: string): Promise<Job> {
    return until(`job ${jobId}`, async () => {
      const state = await queue.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed') return null;
      // Read after its state: a job read before it finished has no return value and an old
      // attempt count, though its state (read later) says it finished.
      return (await queue.getJob(jobId)) ?? null;
    });
  }

  it('sends an added and dispatched mail once, in the recipient language, with links on PUBLIC_URL', async () => {
    const startup = await app.get(StartupsService).create({ name: 'Mailed Startup' }, null);
    const id = await add(
      mail('ada@example.test', 'de', { subjectType: 'startup', subjectId: startup.id }),
    );
    await outbox.dispatch([id]);

    const sent = await settled(id);
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 0,
      lastError: null,
      providerMessageId: `<${id}@kohorte.example.test>`,
      subject: 'Testnachricht von Gründerzentrum <Test>',
    });
    expect(sent.sentAt).toBeInstanceOf(Date);
    const received = sink.to('ada@example.test');
    expect(received).toHaveLength(1);
    const message = firstOf(received);
    expect(message.subject).toBe('Testnachricht von Gründerzentrum <Test>');
    expect(message.messageId).toBe(`<${id}@kohorte.example.test>`);
    expect(message.from?.value[0]).toMatchObject({ address: 'kohorte@example.test' });
    expect(message.to && !Array.isArray(message.to) && message.to.value[0]).toEqual({
      address: 'ada@example.test',
      name: 'Ada Lovelace',
    });
    // Both parts, German, the incubator's name escaped in HTML, the link absolute on PUBLIC_URL.
    expect(message.text).toContain('Hallo Ada,');
    expect(message.text).toContain(`Link öffnen: ${PUBLIC_URL}/respond/abc123`);
    expect(message.text).toContain('Sie erhalten diese E-Mail, weil');
    expect(message.html).toContain(`href="${PUBLIC_URL}/respond/abc123"`);
    expect(message.html).toContain('Gründerzentrum &lt;Test&gt;');
    expect(message.html).not.toContain('Gründerzentrum <Test>');

    const timeline = (await db.query(
      `SELECT kind, body, data FROM activities WHERE subject_id = $1 AND kind = 'email'`,
      [startup.id],
    )) as { kind: string; body: string; data: Record<string, unknown> }[];
    expect(timeline).toEqual([
      {
        kind: 'email',
        body: 'Testnachricht von Gründerzentrum <Test>',
        data: { outboxId: id, template: 'test-message', recipient: 'ada@example.test' },
      },
    ]);
  });

  it('returns the existing row for a second add() with the same key', async () => {
    const first = await add(mail('keyed@example.test', 'en', { key: 'offer:42' }));
    const second = await add(mail('keyed@example.test', 'en', { key: 'offer:42' }));
    expect(second).toBe(first);
    const { count } = firstOf(
      (await db.query(`SELECT count(*)::int AS count FROM mail_outbox WHERE key = 'offer:42'`)) as {
        count: number;
      }[],
    );
    expect(count).toBe(1);
  });

  it('never sends twice: a duplicated job, a job run again and racing handlers send once', async () => {
    const id = await add(mail('twice@example.test', 'en'));
    const handler = app.get(MailSendHandler);
    // Two handlers at once on the same row and the dispatched job besides.
    await Promise.allSettled([handler.send(id), handler.send(id), outbox.dispatch([id])]);
    await finishedJob(mailJobId(id));
    await settled(id);
    // The same job once more (duplicated under another id), and the handler run again.
    await queue.add('mail.send', { outboxId: id }, { jobId: `${mailJobId(id)}.duplicate` });
    const duplicate = await finishedJob(`${mailJobId(id)}.duplicate`);
    expect(duplicate.returnvalue).toBe('skipped');
    await expect(handler.send(id)).resolves.toBe('skipped');
    // The row's own job retried after the send (as when its worker died between the send's
    // commit and the job's completion): it finds the row sent.
    await (await queue.getJob(mailJobId(id)))!.retry('completed');
    expect((await finishedJob(mailJobId(id))).returnvalue).toBe('skipped');

    expect(sink.to('twice@example.test')).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 0 });
  });

  it('retries an SMTP failure with backoff and then sends once', async () => {
    sink.reject(451, 451);
    const id = await add(mail('retry@example.test', 'en'));
    await outbox.dispatch([id]);

    const job = await finishedJob(mailJobId(id));
    expect(job.returnvalue).toBe('sent');
    expect(job.attemptsMade).toBe(3);
    expect(await row(id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: expect.stringContaining('Try again later'),
    });
    expect(sink.to('retry@example.test')).toHaveLength(1);
  });

  it('issues a mail’s link at send time: a retried job sends a fresh token, none is stored', async () => {
    const startup = await app.get(StartupsService).create({ name: 'Linked Startup' }, null);
    sink.reject(451, 451);
    const id = await add({
      to: 'linked@example.test',
      locale: 'en',
      template: 'startup-profile-link',
      data: { startupName: 'Linked Startup' },
      link: {
        path: '/respond/profile',
        purpose: 'startup-profile',
        subjectType: 'startup',
        subjectId: startup.id,
        ttlSeconds: 3600,
        singleUse: false,
        extra: { contactId: 'c1' },
      },
      subjectType: 'startup',
      subjectId: startup.id,
    });
    await outbox.dispatch([id]);
    const job = await finishedJob(mailJobId(id));
    // The state and the last failure are in the comparison so that a failure says why the job
    // did not send (a completed job keeps the last retry's reason: it is not compared).
    expect({
      state: await job.getState(),
      failedReason: job.failedReason,
      returnvalue: job.returnvalue as unknown,
      attemptsMade: job.attemptsMade,
    }).toMatchObject({ state: 'completed', returnvalue: 'sent', attemptsMade: 3 });

    const message = firstOf(sink.to('linked@example.test'));
    const token = new RegExp(`${PUBLIC_URL}/respond/profile/([A-Za-z0-9_-]{43})`).exec(
      message.text ?? '',
    )?.[1];
    expect(token).toBeDefined();
    // One token per try: the two refused ones revoked, the sent one live, each stored as a hash.
    const tokens = (await db.query(
      `SELECT token_hash AS "hash", revoked_at IS NOT NULL AS revoked FROM link_tokens
        WHERE subject_id = $1 ORDER BY created_at`,
      [startup.id],
    )) as { hash: string; revoked: boolean }[];
    expect(tokens.map((t) => t.revoked)).toEqual([true, true, false]);
    expect(itemAt(tokens, 2).hash).toBe(createHash('sha256').update(token!).digest('hex'));
    const { holding } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS holding FROM mail_outbox t WHERE strpos(t::text, $1) > 0`,
        [token],
      )) as { holding: number }[],
    );
    expect(holding).toBe(0);
    const stored = await row(id);
    expect(stored.text).toContain(`${PUBLIC_URL}/respond/profile/[link]`);
    expect(stored.html).toContain(`href="${PUBLIC_URL}/respond/profile/[link]"`);
  });

  it('marks a mail failed at once when the server rejects it permanently', async () => {
    sink.reject(550);
    const id = await add(mail('nobody@example.test', 'en'));
    await outbox.dispatch([id]);

    const job = await finishedJob(mailJobId(id));
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(await row(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('No such mailbox'),
      subject: 'Test message from Gründerzentrum <Test>',
    });
    expect(sink.to('nobody@example.test')).toHaveLength(0);
  });

  it('marks a mail failed when its last attempt fails', async () => {
    sink.reject(451);
    const id = await add(mail('last@example.test', 'en'));
    await expect(app.get(MailSendHandler).send(id, true)).rejects.toThrow('Try again later');
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1 });
    // A failed mail is never sent later by a stray job either.
    await expect(app.get(MailSendHandler).send(id)).resolves.toBe('skipped');
    expect(sink.to('last@example.test')).toHaveLength(0);
  });

  it('fails a mail whose data the template cannot render, without retrying', async () => {
    const id = await add(mail('broken@example.test', 'en'));
    // A typed sender cannot leave out a field; a row written by an older version can.
    await db.query(`UPDATE mail_outbox SET data = data - 'path' WHERE id = $1`, [id]);
    await outbox.dispatch([id]);
    const job = await finishedJob(mailJobId(id));
    expect(job.attemptsMade).toBe(1);
    expect(await row(id)).toMatchObject({
      status: 'failed',
      lastError: expect.stringContaining('"path"'),
    });
  });

  it('sends a mail written but never dispatched exactly once through the sweep', async () => {
    // The worker died between the commit of the outbox row and its dispatch: no job exists.
    const lost = await add(mail('lost@example.test', 'en'));
    await db.query(
      `UPDATE mail_outbox SET created_at = now() - interval '2 minutes' WHERE id = $1`,
      [lost],
    );
    // A mail just written is left to its own job, which is still on its way.
    const fresh = await add(mail('fresh@example.test', 'en'));
    expect(await queue.getJob(mailJobId(lost))).toBeUndefined();

    const sweep = await queue.add('mail.sweep', {}, { jobId: 'test-sweep-1' });
    await finishedJob(sweep.id!);
    expect((await queue.getJob('test-sweep-1'))?.returnvalue).toBe(1);
    expect((await settled(lost)).status).toBe('sent');
    expect(await row(fresh)).toMatchObject({ status: 'pending' });

    // The next sweep finds nothing to do; the mail went out once.
    await queue.add('mail.sweep', {}, { jobId: 'test-sweep-2' });
    const second = await finishedJob('test-sweep-2');
    expect(second.returnvalue).toBe(0);
    expect(sink.to('lost@example.test')).toHaveLength(1);
    expect(sink.to('fresh@example.test')).toHaveLength(0);
  });

  it('queues a stale mail again whose job ended without sending it', async () => {
    // The job ran while the row was not there yet (dispatched inside the transaction, say).
    const id = await add(mail('late@example.test', 'en'));
    await db.query(`UPDATE mail_outbox SET status = 'failed' WHERE id = $1`, [id]);
    await outbox.dispatch([id]);
    expect((await finishedJob(mailJobId(id))).returnvalue).toBe('skipped');
    await db.query(
      `UPDATE mail_outbox SET status = 'pending', created_at = now() - interval '2 minutes' WHERE id = $1`,
      [id],
    );

    await queue.add('mail.sweep', {}, { jobId: 'test-sweep-3' });
    await finishedJob('test-sweep-3');
    expect((await settled(id)).status).toBe('sent');
    expect(sink.to('late@example.test')).toHaveLength(1);
  });
});
