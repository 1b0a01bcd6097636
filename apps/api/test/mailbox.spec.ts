import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { MailboxMessage, MailboxPage, Startup } from '@kohorte/contracts';
import { MailOutbox, MailSendHandler, MailTransport } from '@kohorte/server/mail';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

/** Where a socket was asked to connect, whatever form `connect()` was called with. */
function target(args: unknown[]): string {
  // net.connect() hands the socket its arguments normalised into one array.
  const [first, second] = (Array.isArray(args[0]) ? args[0] : args) as [unknown, unknown];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: number; path?: string };
    return options.path ?? `${options.host ?? 'localhost'}:${options.port}`;
  }
  const host = typeof second === 'string' ? second : 'localhost';
  return typeof first === 'number' ? `${host}:${first}` : String(first);
}

describe('/api/v1/mailbox (the development mailbox: no SMTP_URL)', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: TestAgent;
  let manager: TestAgent;
  let viewer: TestAgent;
  let mailId: string;
  let recipient: string;

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    [admin, manager, viewer] = await Promise.all([
      signedInAgent(app, 'admin'),
      signedInAgent(app, 'manager'),
      signedInAgent(app, 'viewer'),
    ]);
    recipient = uniqueEmail('mentor');
    mailId = await db.transaction((tx) =>
      app.get(MailOutbox).add(tx, {
        to: recipient,
        toName: 'Grace Hopper',
        locale: 'en',
        template: 'test-message',
        data: { name: 'Grace', message: 'Follow <this> link & answer.', path: '/respond/t0k3n' },
      }),
    );
  });
  afterAll(async () => {
    await app.close();
  });

  it('sends to the development mailbox without opening a connection to anything but PostgreSQL and Redis', async () => {
    expect(app.get(MailTransport).devMailbox).toBe(true);
    const connect = jest.spyOn(net.Socket.prototype, 'connect');
    try {
      // The worker's handler, run here: the API process has the same modules.
      await expect(app.get(MailSendHandler).send(mailId)).resolves.toBe('sent');
      const targets = connect.mock.calls.map((args) => target(args));
      const database = new URL(process.env.DATABASE_URL!).port || '5432';
      expect(targets.filter((t) => !t.endsWith(`:${database}`) && !t.endsWith(':6379'))).toEqual(
        [],
      );
    } finally {
      connect.mockRestore();
    }
    const [row] = (await db.query(
      'SELECT status, provider_message_id FROM mail_outbox WHERE id = $1',
      [mailId],
    )) as { status: string; provider_message_id: string }[];
    expect(row).toEqual({ status: 'sent', provider_message_id: 'dev-mailbox' });
  });

  it('lists the mail for an admin, newest first', async () => {
    const res = await admin.agent.get('/api/v1/mailbox?pageSize=100').expect(200);
    const page = res.body as MailboxPage;
    expect(page).toMatchObject({ page: 1, pageSize: 100, transport: 'dev-mailbox' });
    const times = page.items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.items.find((item) => item.id === mailId)).toEqual({
      id: mailId,
      recipient,
      recipientName: 'Grace Hopper',
      locale: 'en',
      template: 'test-message',
      subject: 'Test message from Kohorte',
      status: 'sent',
      attempts: 0,
      subjectType: null,
      subjectId: null,
      createdAt: expect.any(String),
      sentAt: expect.any(String),
      devMailbox: true,
    });
    const pending = await admin.agent.get('/api/v1/mailbox?status=pending').expect(200);
    expect((pending.body as MailboxPage).items.map((item) => item.id)).not.toContain(mailId);
  });

  it('shows an admin the rendered mail: escaped HTML with absolute links, and the text', async () => {
    const res = await admin.agent.get(`/api/v1/mailbox/${mailId}`).expect(200);
    const message = res.body as MailboxMessage;
    const link = `${process.env.PUBLIC_URL ?? 'http://localhost:3000'}/respond/t0k3n`;
    expect(message.html).toContain(`<a href="${link}">`);
    expect(message.html).toContain('Follow &lt;this&gt; link &amp; answer.');
    expect(message.text).toContain(`Open the link: ${link}`);
    expect(message.text).toContain('You receive this because');
    expect(message).toMatchObject({ providerMessageId: 'dev-mailbox', lastError: null });
  });

  it('keeps the working link of a founder’s mail in the stored copy: the mailbox is how a local user follows it', async () => {
    const staff = () => write(admin.agent, admin.csrf);
    const startup = (
      await staff()
        .post('/api/v1/startups')
        .send({ name: 'Mailbox Labs', city: 'Halle' })
        .expect(201)
    ).body as Startup;
    await staff()
      .post(`/api/v1/startups/${startup.id}/contacts`)
      .send({ fullName: 'Ada Founder', email: uniqueEmail('founder') })
      .expect(201);
    await staff().post(`/api/v1/startups/${startup.id}/profile-requests`).expect(202);
    const { id } = firstOf(
      (await db.query(
        `SELECT id FROM mail_outbox WHERE subject_type = 'startup' AND subject_id = $1`,
        [startup.id],
      )) as { id: string }[],
    );
    await expect(app.get(MailSendHandler).send(id)).resolves.toBe('sent');

    const message = (await admin.agent.get(`/api/v1/mailbox/${id}`).expect(200))
      .body as MailboxMessage;
    const base = process.env.PUBLIC_URL ?? 'http://localhost:3000';
    const found = new RegExp(`${base}/respond/profile/([A-Za-z0-9_-]{43})`).exec(
      message.text ?? '',
    );
    expect(found).not.toBeNull();
    expect(message.html).toContain(`href="${base}/respond/profile/${found![1]}"`);
    const opened = await request(app.getHttpServer())
      .get('/api/v1/public/profile')
      .set('Authorization', `Link ${found![1]}`)
      .expect(200);
    expect((opened.body as { profile: { name: string } }).profile.name).toBe('Mailbox Labs');
  });

  it('is for admins only: managers and viewers get 403, anonymous 401', async () => {
    await manager.agent.get('/api/v1/mailbox').expect(403);
    await manager.agent.get(`/api/v1/mailbox/${mailId}`).expect(403);
    await viewer.agent.get(`/api/v1/mailbox/${mailId}`).expect(403);
    await request(app.getHttpServer()).get('/api/v1/mailbox').expect(401);
    await request(app.getHttpServer()).get(`/api/v1/mailbox/${mailId}`).expect(401);
  });

  it('answers bad input with 400 naming the field, an unknown mail with 404', async () => {
    const badId = await admin.agent.get('/api/v1/mailbox/not-a-uuid').expect(400);
    expect(badId.body.errors).toEqual([{ field: 'id', messages: ['id must be a UUID'] }]);
    const badQuery = await admin.agent.get('/api/v1/mailbox?pageSize=101&status=lost').expect(400);
    expect(badQuery.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'pageSize',
      'status',
    ]);
    await admin.agent.get('/api/v1/mailbox/00000000-0000-4000-8000-000000000000').expect(404);
  });
});
