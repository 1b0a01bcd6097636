import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type Call,
  type CallInput,
  CSRF_HEADER,
  PITCH_DECK_MAX_BYTES,
} from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import request, { type Response, type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/create-app';
import { fakePdf, pdfDeck } from '../support/pdf-files';
import {
  anonymousBrowser,
  signedInAgent,
  type TestAgent,
  uniqueEmail,
  write,
} from '../support/sign-in';
import { SmtpSink } from '../support/smtp-sink';
import { RowSnapshots } from './row-snapshot';
import { defined } from '@kohorte/server/testing';

const PUBLIC = '/api/v1/public';
const HOUR = 3600_000;

function newIp(): string {
  const [a, b] = randomBytes(2);
  return `192.0.${a}.${b}`;
}

function call(overrides: Partial<CallInput> = {}): CallInput {
  return {
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + HOUR).toISOString(),
    title: { de: 'Bad-Input-Ausschreibung', en: 'Bad input call' },
    intro: { de: 'Intro', en: 'Intro' },
    confirmation: { de: 'Danke', en: 'Thanks' },
    consent: { de: 'Einwilligung', en: 'Consent' },
    profileFields: ['oneLiner'],
    questions: [
      {
        key: 'story',
        kind: 'longText',
        label: { de: 'Story', en: 'Story' },
        required: false,
        maxLength: 50,
      },
      { key: 'deck', kind: 'pitchDeck', label: { de: 'Deck', en: 'Deck' }, required: false },
    ],
    retentionDays: 30,
    ...overrides,
  };
}

/**
 * The public application pages fed what people and bots send: files that are no PDF or too
 * large, texts too long, answers after the deadline, links that are not theirs. Each gets a 4xx
 * that names the field and the reason, and no row of the database changes.
 */
describe('bad input on the public application pages', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let anonymous: ReturnType<typeof request.agent>;
  let csrf: string;
  let snapshots: RowSnapshots;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await smtp.start();
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    ({ agent: anonymous, csrf } = await anonymousBrowser(app));
    snapshots = await RowSnapshots.of(db);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  async function openCall(overrides: Partial<CallInput> = {}): Promise<Call> {
    const programme = (
      await staff()
        .post('/api/v1/programmes')
        .send({ name: `Bad ${randomBytes(3).toString('hex')}` })
        .expect(201)
    ).body as { id: string };
    const cohort = (
      await staff()
        .post('/api/v1/cohorts')
        .send({
          programmeId: programme.id,
          name: 'C',
          startsOn: '2027-01-01',
          endsOn: '2027-06-30',
        })
        .expect(201)
    ).body as { id: string };
    return (
      await staff().put(`/api/v1/cohorts/${cohort.id}/call`).send(call(overrides)).expect(200)
    ).body as Call;
  }

  async function linkFor(target: Call): Promise<string> {
    const email = uniqueEmail('bad');
    await anonymous
      .post(`${PUBLIC}/calls/${target.id}/applications`)
      .set(CSRF_HEADER, csrf)
      .set('X-Forwarded-For', newIp())
      .send({ email, locale: 'en' })
      .expect(202);
    const deadline = Date.now() + 10_000;
    let row: { id: string } | undefined;
    while (!row) {
      [row] = (await db.query(`SELECT id FROM mail_outbox WHERE recipient = $1`, [email])) as {
        id: string;
      }[];
      if (!row && Date.now() > deadline) throw new Error('no link mail');
      if (!row) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await app.get(MailSendHandler).send(row.id);
    const mail = smtp.received.find((m) => m.messageId?.startsWith(`<${row.id}@`));
    const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
    const link = new RegExp(`${publicUrl}/respond/application/([A-Za-z0-9_-]{43})`).exec(
      mail?.text ?? '',
    );
    return defined(link?.[1], 'the application link in the mail');
  }

  function viaLink(method: 'get' | 'patch' | 'put' | 'post', url: string, token: string): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', newIp());
    return method === 'get' ? req : req.set(CSRF_HEADER, csrf);
  }

  /** Sends the request and checks: a 4xx with the field and reason, and no row changed. */
  async function refused(
    send: () => Test,
    status: number,
    field: string,
    code: string,
  ): Promise<Response> {
    const before = await snapshots.take();
    const res = await send();
    expect({
      status: res.status,
      errors: (res.body as ApiErrorBody).errors?.map((e) => [e.field, e.code]),
    }).toEqual({
      status,
      errors: [[field, code]],
    });
    expect(typeof (res.body as ApiErrorBody).message).toBe('string');
    expect(RowSnapshots.changed(before, await snapshots.take())).toEqual([]);
    return res;
  }

  it('refuses a file that is not a PDF by its content, whatever its name', async () => {
    const token = await linkFor(await openCall());
    const upload = (bytes: Buffer, name: string) => () =>
      viaLink('put', `${PUBLIC}/application/files/deck`, token).attach('file', bytes, name);
    await refused(
      upload(Buffer.from('\x89PNG\r\n\x1a\n not a deck', 'latin1'), 'deck.pdf'),
      400,
      'file',
      'notPdf',
    );
    await refused(upload(fakePdf(), 'deck.pdf'), 400, 'file', 'pdfUnreadable');
    await refused(upload(Buffer.from('MZ executable'), 'deck.exe'), 400, 'file', 'notPdf');
    // A PDF named otherwise is a PDF.
    await viaLink('put', `${PUBLIC}/application/files/deck`, token)
      .attach('file', await pdfDeck(), 'deck.bin')
      .expect(200);
    // Only a pitch-deck question takes a file.
    const deck = await pdfDeck();
    await refused(
      () =>
        viaLink('put', `${PUBLIC}/application/files/story`, token).attach('file', deck, 'x.pdf'),
      400,
      'questionKey',
      'notUploadQuestion',
    );
  });

  it('refuses a file over the limit with 413 naming the limit', async () => {
    const token = await linkFor(await openCall());
    const big = Buffer.concat([await pdfDeck(), Buffer.alloc(PITCH_DECK_MAX_BYTES, 0x20)]);
    const res = await refused(
      () =>
        viaLink('put', `${PUBLIC}/application/files/deck`, token).attach('file', big, 'big.pdf'),
      413,
      'file',
      'fileTooLarge',
    );
    expect((res.body as ApiErrorBody).errors?.[0]?.params).toEqual({ max: 10 });
  });

  it('refuses a text over its limit, naming the answer', async () => {
    const token = await linkFor(await openCall());
    await refused(
      () =>
        viaLink('patch', `${PUBLIC}/application`, token).send({
          answers: { story: 'x'.repeat(51) },
        }),
      400,
      'answers.story',
      'tooLong',
    );
    await refused(
      () =>
        viaLink('patch', `${PUBLIC}/application`, token).send({
          profile: { oneLiner: 'y'.repeat(281) },
        }),
      400,
      'profile.oneLiner',
      'tooLong',
    );
  });

  it('refuses answers, files and a submit after the deadline', async () => {
    const target = await openCall();
    const token = await linkFor(target);
    await staff()
      .put(`/api/v1/cohorts/${target.cohortId}/call`)
      .send(
        call({
          opensAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          closesAt: new Date(Date.now() - 1000).toISOString(),
        }),
      )
      .expect(200);
    await refused(
      () => viaLink('patch', `${PUBLIC}/application`, token).send({ answers: { story: 'late' } }),
      409,
      'closesAt',
      'callClosed',
    );
    const lateDeck = await pdfDeck();
    await refused(
      () =>
        viaLink('put', `${PUBLIC}/application/files/deck`, token).attach('file', lateDeck, 'd.pdf'),
      409,
      'closesAt',
      'callClosed',
    );
    await refused(
      () => viaLink('post', `${PUBLIC}/application/submit`, token).send({ consentVersion: 1 }),
      409,
      'closesAt',
      'callClosed',
    );
  });

  it('refuses a link that is not an application link, or none', async () => {
    const before = await snapshots.take();
    for (const token of [randomBytes(32).toString('base64url'), 'short', '']) {
      const res = await viaLink('patch', `${PUBLIC}/application`, token).send({
        answers: { story: 'x' },
      });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ reason: 'unknown' });
    }
    expect(RowSnapshots.changed(before, await snapshots.take())).toEqual([]);
  });
});
