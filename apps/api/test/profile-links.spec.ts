import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type TimelineEntry,
  type TimelinePage,
  type ApiErrorBody,
  type Cohort,
  CSRF_HEADER,
  type FounderProfileView,
  type LinkErrorBody,
  type Programme,
  type ProfileRequestResult,
  type Startup,
  type StartupFigures,
} from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { LINK_FAILURES_PER_IP, LINK_REQUESTS_PER_IP } from '@kohorte/server/links';
import { MailSendHandler } from '@kohorte/server/mail';
import type { ParsedMail } from 'mailparser';
import request, { type Response, type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import {
  anonymousBrowser,
  signedInAgent,
  type TestAgent,
  uniqueEmail,
  write,
} from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { defined, firstOf, itemAt } from '@kohorte/server/testing';

const PROFILE = '/api/v1/public/profile';
const LINKS = '/api/v1/public/profile-links';

interface OutboxRow {
  id: string;
  recipient: string;
  recipientName: string | null;
  locale: string;
  template: string;
  data: { startupName: string; founderName: string; link: Record<string, unknown> };
}

/** A made-up client address per test (the API trusts the loopback proxy's X-Forwarded-For). */
function newIp(): string {
  const [a, b] = randomBytes(2);
  return `198.51.${a}.${b}`;
}

function fields(res: Response): string[] {
  return ((res.body as ApiErrorBody).errors ?? []).map((error) => error.field).sort();
}

describe('founders’ profile links', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;
  let anonymous: ReturnType<typeof request.agent>;
  let anonymousCsrf: string;

  // A real SMTP server: the founder's email is sent to it and read back from it.
  const smtp = new SmtpSink();
  const received = smtp.received;
  const refused = smtp.refused;

  beforeAll(async () => {
    // No worker runs here: mails leave only when a test calls the send handler itself.
    await smtp.start();
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
    // A founder's browser: no session, only the CSRF cookie every page load receives.
    ({ agent: anonymous, csrf: anonymousCsrf } = await anonymousBrowser(app));
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  async function startupWithFounders(
    founders: number,
    body: Record<string, unknown> = {},
  ): Promise<{ startup: Startup; emails: string[] }> {
    const created = await staff()
      .post('/api/v1/startups')
      .send({ name: `Profile ${randomBytes(3).toString('hex')}`, city: 'Leipzig', ...body });
    expect(created.status).toBe(201);
    const startup = created.body as Startup;
    const emails: string[] = [];
    for (let i = 0; i < founders; i++) {
      const email = uniqueEmail(`founder${i}`);
      emails.push(email);
      await staff()
        .post(`/api/v1/startups/${startup.id}/contacts`)
        .send({ fullName: `Founder ${i}`, email })
        .expect(201);
    }
    return { startup, emails };
  }

  async function outbox(startupId: string): Promise<OutboxRow[]> {
    return (await db.query(
      `SELECT id, recipient, recipient_name AS "recipientName", locale, template, data
FROM mail_outbox WHERE subject_type = 'startup' AND subject_id = $1 ORDER BY created_at, recipient`,
      [startupId],
    )) as OutboxRow[];
  }

  /** The mail of this outbox row as the SMTP server received it (Message-ID = the row's id). */
  function mailOf(row: OutboxRow, from: ParsedMail[] = received): ParsedMail | undefined {
    return from.find((mail) => mail.messageId?.startsWith(`<${row.id}@`));
  }

  /** The token in a received mail's link (the text part; the HTML has the same link). */
  function tokenIn(mail: ParsedMail | undefined): string {
    const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
    const link = new RegExp(`${publicUrl}/respond/profile/([A-Za-z0-9_-]{43})`).exec(
      mail?.text ?? '',
    );
    return defined(link?.[1], 'the profile link in the mail');
  }

  /** Sends the row as the worker would (the token is issued now) and reads its link's token. */
  async function sendAndRead(row: OutboxRow): Promise<string> {
    await expect(app.get(MailSendHandler).send(row.id)).resolves.toBe('sent');
    return tokenIn(mailOf(row));
  }

  /** Staff send the startup's founders their links; the token of the newest mail, as received. */
  async function linkFor(startupId: string): Promise<string> {
    await staff().post(`/api/v1/startups/${startupId}/profile-requests`).expect(202);
    const rows = await outbox(startupId);
    return sendAndRead(itemAt(rows, rows.length - 1));
  }

  /** How many rows of the table hold this text anywhere (any column). */
  async function rowsHolding(table: 'mail_outbox' | 'link_tokens', text: string): Promise<number> {
    const row = firstOf(
      (await db.query(`SELECT count(*)::int AS n FROM ${table} t WHERE strpos(t::text, $1) > 0`, [
        text,
      ])) as { n: number }[],
    );
    return row.n;
  }

  type Method = 'get' | 'head' | 'patch' | 'put' | 'post';
  /** A request of the founder's browser with the link's token, from `ip`. */
  function viaLink(method: Method, url: string, token: string, ip: string): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', ip);
    return method === 'get' || method === 'head' ? req : req.set(CSRF_HEADER, anonymousCsrf);
  }

  async function timeline(startupId: string): Promise<TimelineEntry[]> {
    const res = await viewer.agent
      .get('/api/v1/timeline')
      .query({ subjectType: 'startup', subjectId: startupId, pageSize: 100 })
      .expect(200);
    return (res.body as TimelinePage).items;
  }

  async function waitForOutbox(startupId: string, count: number): Promise<OutboxRow[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const rows = await outbox(startupId);
      if (rows.length >= count) return rows;
      if (Date.now() > deadline) throw new Error(`outbox of ${startupId} has ${rows.length} rows`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  describe('staff send links', () => {
    it('one link and one email per founder, in German unless the startup works in English only', async () => {
      const { startup, emails } = await startupWithFounders(2);
      await staff()
        .post(`/api/v1/startups/${startup.id}/contacts`)
        .send({ fullName: 'Not A Founder', email: uniqueEmail('adviser'), isFounder: false })
        .expect(201);
      const res = await staff().post(`/api/v1/startups/${startup.id}/profile-requests`);
      expect(res.status).toBe(202);
      expect(res.body as ProfileRequestResult).toEqual({ startups: 1, emails: 2, skipped: [] });
      const rows = await outbox(startup.id);
      expect(rows.map((row) => row.recipient).sort()).toEqual([...emails].sort());
      const contacts = (await db.query(
        `SELECT id FROM startup_contacts WHERE startup_id = $1 AND is_founder`,
        [startup.id],
      )) as { id: string }[];
      for (const row of rows) {
        expect(row).toMatchObject({ template: 'startup-profile-link', locale: 'de' });
        expect(row.data.startupName).toBe(startup.name);
        // A link request, not a link: the token is issued when the mail is sent.
        expect(row.data.link).toEqual({
          path: '/respond/profile',
          purpose: 'startup-profile',
          subjectType: 'startup',
          subjectId: startup.id,
          ttlSeconds: 7 * 86_400,
          singleUse: false,
          extra: { contactId: expect.any(String) },
          revokeEarlier: true,
          createdBy: expect.any(String),
        });
        expect(contacts.map((c) => c.id)).toContain(
          (row.data.link.extra as { contactId: string }).contactId,
        );
      }
      const tokens = [await sendAndRead(firstOf(rows)), await sendAndRead(itemAt(rows, 1))];
      expect(tokens[0]).not.toBe(tokens[1]);
      const expiries = (await db.query(
        `SELECT expires_at AS "expiresAt" FROM link_tokens WHERE subject_id = $1`,
        [startup.id],
      )) as { expiresAt: Date }[];
      expect(expiries).toHaveLength(2);
      for (const { expiresAt } of expiries) {
        const days = (expiresAt.getTime() - Date.now()) / 86_400_000;
        expect(days).toBeGreaterThan(6.99);
        expect(days).toBeLessThanOrEqual(7);
      }

      const english = await startupWithFounders(1, { languages: ['en', 'fr'] });
      await staff().post(`/api/v1/startups/${english.startup.id}/profile-requests`).expect(202);
      expect(firstOf(await outbox(english.startup.id)).locale).toBe('en');
      const both = await startupWithFounders(1, { languages: ['en', 'de'] });
      await staff().post(`/api/v1/startups/${both.startup.id}/profile-requests`).expect(202);
      expect(firstOf(await outbox(both.startup.id)).locale).toBe('de');
    });

    it('409 naming why when the startup has no founder or is archived; 404 when unknown', async () => {
      const { startup } = await startupWithFounders(0);
      const none = await staff().post(`/api/v1/startups/${startup.id}/profile-requests`);
      expect(none.status).toBe(409);
      expect(fields(none)).toEqual(['founders']);

      const archived = await startupWithFounders(1);
      await staff().post(`/api/v1/startups/${archived.startup.id}/archive`).expect(200);
      const refused = await staff().post(
        `/api/v1/startups/${archived.startup.id}/profile-requests`,
      );
      expect(refused.status).toBe(409);
      expect(fields(refused)).toEqual(['status']);
      expect(await outbox(archived.startup.id)).toEqual([]);

      await staff()
        .post('/api/v1/startups/00000000-0000-4000-8000-000000000000/profile-requests')
        .expect(404);
    });

    it('a cohort: every startup but the dropped ones, listing those skipped', async () => {
      const programme = (
        await staff()
          .post('/api/v1/programmes')
          .send({ name: `P ${randomBytes(3).toString('hex')}` })
      ).body as Programme;
      const cohort = (
        await staff()
          .post('/api/v1/cohorts')
          .send({
            programmeId: programme.id,
            name: 'Batch',
            startsOn: '2026-03-01',
            endsOn: '2026-08-31',
          })
          .expect(201)
      ).body as Cohort;
      const withFounder = await startupWithFounders(1);
      const without = await startupWithFounders(0);
      const dropped = await startupWithFounders(1);
      const add = (ids: string[], status: string) =>
        staff()
          .post(`/api/v1/cohorts/${cohort.id}/startups`)
          .send({ startupIds: ids, status })
          .expect(201);
      await add([withFounder.startup.id, without.startup.id], 'active');
      await add([dropped.startup.id], 'dropped');

      const res = await staff().post(`/api/v1/cohorts/${cohort.id}/profile-requests`);
      expect(res.status).toBe(202);
      expect(res.body as ProfileRequestResult).toEqual({
        startups: 1,
        emails: 1,
        skipped: [
          { startupId: without.startup.id, name: without.startup.name, reason: 'no-founder' },
        ],
      });
      expect(await outbox(withFounder.startup.id)).toHaveLength(1);
      expect(await outbox(dropped.startup.id)).toEqual([]);
    });

    it('viewers may not send links (403), nobody signed out may (401)', async () => {
      const { startup } = await startupWithFounders(1);
      await write(viewer.agent, viewer.csrf)
        .post(`/api/v1/startups/${startup.id}/profile-requests`)
        .expect(403);
      await request(app.getHttpServer())
        .post(`/api/v1/startups/${startup.id}/profile-requests`)
        .expect(401);
      expect(await outbox(startup.id)).toEqual([]);
    });
  });

  describe('through the link', () => {
    it('the founder’s real email carries a link on the public URL that opens the profile', async () => {
      const { startup, emails } = await startupWithFounders(1, { name: 'Bäckerei <b>Bot</b>' });
      await staff().post(`/api/v1/startups/${startup.id}/profile-requests`).expect(202);
      const row = firstOf(await outbox(startup.id));
      await expect(app.get(MailSendHandler).send(row.id)).resolves.toBe('sent');
      const mail = received.find((m) =>
        [m.to ?? []].flat().some((to) => to.value.some((a) => a.address === emails[0])),
      );
      expect(mail).toBe(mailOf(row));
      expect(mail?.subject).toBe('Bitte aktualisieren Sie das Profil von Bäckerei <b>Bot</b>');
      expect(mail?.html).toContain('Bäckerei &lt;b&gt;Bot&lt;/b&gt;');
      const token = tokenIn(mail);
      const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
      expect(mail?.html).toContain(`href="${publicUrl}/respond/profile/${token}"`);
      const opened = await viaLink('get', PROFILE, token, newIp()).expect(200);
      expect((opened.body as FounderProfileView).profile.name).toBe('Bäckerei <b>Bot</b>');
      // The vocabularies the form offers are public too (nothing in them is confidential).
      const lists = await anonymous.get('/api/v1/public/vocabularies').expect(200);
      expect((lists.body as { stages: unknown[] }).stages.length).toBeGreaterThan(0);
    });

    it('stores no raw token: the sent copy shows […]/[link], the link in the real mail works', async () => {
      const { startup } = await startupWithFounders(1);
      await staff().post(`/api/v1/startups/${startup.id}/profile-requests`).expect(202);
      const row = firstOf(await outbox(startup.id));
      const token = await sendAndRead(row);
      expect(await rowsHolding('mail_outbox', token)).toBe(0);
      expect(await rowsHolding('link_tokens', token)).toBe(0);
      const stored = firstOf(
        (await db.query(`SELECT status, html, text FROM mail_outbox WHERE id = $1`, [row.id])) as {
          status: string;
          html: string;
          text: string;
        }[],
      );
      const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
      expect(stored.status).toBe('sent');
      expect(stored.html).toContain(`href="${publicUrl}/respond/profile/[link]"`);
      expect(stored.text).toContain(`${publicUrl}/respond/profile/[link]`);
      await viaLink('get', PROFILE, token, newIp()).expect(200);
    });

    it('a refused send revokes its token and keeps the earlier link; the retry issues a fresh one', async () => {
      const { startup } = await startupWithFounders(1);
      const earlier = await linkFor(startup.id);
      await staff().post(`/api/v1/startups/${startup.id}/profile-requests`).expect(202);
      const row = itemAt(await outbox(startup.id), 1);
      smtp.refuseNext(1);
      await expect(app.get(MailSendHandler).send(row.id)).rejects.toThrow(/Try again later/);
      const first = tokenIn(mailOf(row, refused));
      const [pending] = (await db.query(`SELECT status, attempts FROM mail_outbox WHERE id = $1`, [
        row.id,
      ])) as { status: string; attempts: number }[];
      expect(pending).toEqual({ status: 'pending', attempts: 1 });
      expect(await rowsHolding('mail_outbox', first)).toBe(0);
      // The mail did not go out: the founder's earlier link still works.
      await viaLink('get', PROFILE, earlier, newIp()).expect(200);

      const second = await sendAndRead(row);
      expect(second).not.toBe(first);
      expect(await rowsHolding('mail_outbox', second)).toBe(0);
      const ip = newIp();
      for (const stale of [first, earlier]) {
        const res = await viaLink('get', PROFILE, stale, ip);
        expect(res.status).toBe(410);
        expect((res.body as LinkErrorBody).reason).toBe('revoked');
      }
      await viaLink('get', PROFILE, second, ip).expect(200);
    });

    it('shows the startup’s own profile without internal fields, with no-referrer and no-store', async () => {
      const { startup } = await startupWithFounders(1, { tags: ['Secret tag'] });
      const token = await linkFor(startup.id);
      const res = await viaLink('get', PROFILE, token, newIp());
      expect(res.status).toBe(200);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
      const view = res.body as FounderProfileView;
      expect(view.profile).toMatchObject({ id: startup.id, name: startup.name, city: 'Leipzig' });
      expect(Object.keys(view.profile)).not.toEqual(
        expect.arrayContaining(['tags', 'status', 'profileCompleteness']),
      );
      expect(JSON.stringify(view)).not.toContain('Secret tag');
      expect(view.figures).toEqual([]);
      expect(new Date(view.linkExpiresAt).getTime()).toBeGreaterThan(Date.now());
    });

    it('saves a profile change like the staff API; a bad value is a 400 naming the field and saves nothing', async () => {
      const { startup } = await startupWithFounders(1, { stage: 'seed', sectors: ['fintech'] });
      const token = await linkFor(startup.id);
      const ip = newIp();

      const bad = await viaLink('patch', PROFILE, token, ip).send({
        city: 'Halle',
        website: 'not a url',
        sectors: ['fintech', 'fintek'],
      });
      expect(bad.status).toBe(400);
      expect(bad.headers['referrer-policy']).toBe('no-referrer');
      expect(fields(bad)).toEqual(['website']);
      const unknownKey = await viaLink('patch', PROFILE, token, ip).send({
        city: 'Halle',
        sectors: ['fintech', 'fintek'],
      });
      expect(unknownKey.status).toBe(400);
      expect(fields(unknownKey)).toEqual(['sectors.1']);
      const internal = await viaLink('patch', PROFILE, token, ip).send({ tags: ['VIP'] });
      expect(internal.status).toBe(400);
      expect(fields(internal)).toEqual(['tags']);
      const stored = (await manager.agent.get(`/api/v1/startups/${startup.id}`).expect(200))
        .body as Startup;
      expect(stored).toMatchObject({ city: 'Leipzig', sectors: ['fintech'], tags: [] });

      const good = await viaLink('patch', PROFILE, token, ip).send({
        city: 'Halle',
        teamSize: 4,
      });
      expect(good.status).toBe(200);
      expect((good.body as FounderProfileView).profile).toMatchObject({
        city: 'Halle',
        teamSize: 4,
      });
      // A multi-use link: a second save works too.
      await viaLink('patch', PROFILE, token, ip)
        .send({ oneLiner: 'Robots for bakeries' })
        .expect(200);

      const updates = (await timeline(startup.id)).filter((entry) => entry.kind === 'updated');
      expect(updates).toHaveLength(2);
      expect(updates[1]).toMatchObject({
        actor: null,
        actorLabel: 'founder',
        changes: [
          { field: 'teamSize', before: null, after: 4 },
          { field: 'city', before: 'Leipzig', after: 'Halle' },
        ],
      });
      expect(firstOf(updates).changes).toEqual([
        { field: 'oneLiner', before: null, after: 'Robots for bakeries' },
      ]);
    });

    it('creates and replaces a month’s figures; staff read them; each change is on the timeline', async () => {
      const { startup } = await startupWithFounders(1);
      const token = await linkFor(startup.id);
      const ip = newIp();
      const url = `${PROFILE}/figures/2025-03`;

      const first = await viaLink('put', url, token, ip).send({
        revenueEur: 12000,
        customers: 7,
        highlights: '  First paying bakery ',
      });
      expect(first.status).toBe(200);
      expect(first.body as StartupFigures).toMatchObject({
        month: '2025-03',
        revenueEur: 12000,
        customers: 7,
        teamSize: null,
        highlights: 'First paying bakery',
        asks: null,
      });
      await viaLink('put', url, token, ip)
        .send({ revenueEur: 15000, customers: 7, asks: 'An intro to a bank' })
        .expect(200);
      await viaLink('put', `${PROFILE}/figures/2025-01`, token, ip)
        .send({ revenueEur: 3000 })
        .expect(200);

      const bad = await viaLink('put', url, token, ip).send({ revenueEur: -5, customers: 1.5 });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['customers', 'revenueEur']);
      for (const month of [
        '2025-13',
        '1999-12',
        '2025-3',
        `${new Date().getUTCFullYear() + 1}-01`,
      ]) {
        const wrong = await viaLink('put', `${PROFILE}/figures/${month}`, token, ip).send({});
        expect(wrong.status).toBe(400);
        expect(fields(wrong)).toEqual(['month']);
      }

      const figures = (await viewer.agent.get(`/api/v1/startups/${startup.id}/figures`).expect(200))
        .body as StartupFigures[];
      expect(
        figures.map((f) => [f.month, f.revenueEur, f.customers, f.highlights, f.asks]),
      ).toEqual([
        ['2025-01', 3000, null, null, null],
        ['2025-03', 15000, 7, null, 'An intro to a bank'],
      ]);
      const entries = (await timeline(startup.id)).filter(
        (entry) => entry.data?.['figuresMonth'] === '2025-03',
      );
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({
        kind: 'updated',
        actorLabel: 'founder',
        changes: [
          { field: 'revenueEur', before: 12000, after: 15000 },
          { field: 'highlights', before: 'First paying bakery', after: null },
          { field: 'asks', before: null, after: 'An intro to a bank' },
        ],
      });
      await viewer.agent
        .get('/api/v1/startups/00000000-0000-4000-8000-000000000000/figures')
        .expect(404);
    });

    it('reaches no other startup and no staff endpoint', async () => {
      const mine = await startupWithFounders(1);
      const other = await startupWithFounders(1);
      const token = await linkFor(mine.startup.id);
      const ip = newIp();

      // Ids in the body or the query are not how a link finds its startup.
      const withId = await viaLink('patch', PROFILE, token, ip).send({
        id: other.startup.id,
        city: 'Dresden',
      });
      expect(withId.status).toBe(400);
      expect(fields(withId)).toEqual(['id']);
      const queried = await viaLink('get', `${PROFILE}?startupId=${other.startup.id}`, token, ip);
      expect((queried.body as FounderProfileView).profile.id).toBe(mine.startup.id);

      // Staff endpoints do not take a link's token: 401, as for anyone signed out.
      await viaLink('get', `/api/v1/startups/${other.startup.id}`, token, ip).expect(401);
      await viaLink('get', `/api/v1/startups/${mine.startup.id}`, token, ip).expect(401);
      await viaLink('patch', `/api/v1/startups/${other.startup.id}`, token, ip)
        .send({ city: 'Dresden' })
        .expect(401);
      await viaLink('get', `/api/v1/startups/${mine.startup.id}/figures`, token, ip).expect(401);
      await viaLink('get', '/api/v1/startups', token, ip).expect(401);

      const otherNow = (await viewer.agent.get(`/api/v1/startups/${other.startup.id}`).expect(200))
        .body as Startup;
      expect(otherNow.city).toBe('Leipzig');
      expect((await timeline(other.startup.id)).filter((e) => e.kind === 'updated')).toEqual([]);
    });

    it('GET and HEAD, three times each, change nothing', async () => {
      const { startup } = await startupWithFounders(1);
      const token = await linkFor(startup.id);
      const ip = newIp();
      const snapshot = async () => ({
        startup: (await db.query(`SELECT to_jsonb(s) AS row FROM startups s WHERE id = $1`, [
          startup.id,
        ])) as unknown[],
        tokens: (await db.query(
          `SELECT to_jsonb(t) AS row FROM link_tokens t WHERE subject_id = $1 ORDER BY id`,
          [startup.id],
        )) as unknown[],
        activity: (await db.query(
          `SELECT count(*)::int AS n FROM activities WHERE subject_id = $1`,
          [startup.id],
        )) as unknown[],
      });
      const before = await snapshot();
      for (let i = 0; i < 3; i++) {
        await viaLink('get', PROFILE, token, ip).expect(200);
        const head = await viaLink('head', PROFILE, token, ip);
        expect(head.status).toBe(200);
        expect(head.headers['referrer-policy']).toBe('no-referrer');
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('links that do not work', () => {
    it('unknown, expired and revoked tokens say which; none of them is a 401', async () => {
      const ip = newIp();
      const unknown = await viaLink('get', PROFILE, randomBytes(32).toString('base64url'), ip);
      expect(unknown.status).toBe(404);
      expect((unknown.body as LinkErrorBody).reason).toBe('unknown');
      expect(unknown.headers['referrer-policy']).toBe('no-referrer');
      const missing = await anonymous.get(PROFILE).set('X-Forwarded-For', ip);
      expect(missing.status).toBe(404);
      expect((missing.body as LinkErrorBody).reason).toBe('unknown');

      const { startup, emails } = await startupWithFounders(1);
      const expired = await linkFor(startup.id);
      await db.query(
        `UPDATE link_tokens SET expires_at = now() - interval '1 minute' WHERE subject_id = $1`,
        [startup.id],
      );
      for (const method of ['get', 'patch'] as const) {
        const res = await viaLink(method, PROFILE, expired, ip).send({ city: 'Jena' });
        expect(res.status).toBe(410);
        expect((res.body as LinkErrorBody).reason).toBe('expired');
      }

      const other = await startupWithFounders(1);
      const first = await linkFor(other.startup.id);
      const second = await linkFor(other.startup.id);
      const revoked = await viaLink('get', PROFILE, first, ip);
      expect(revoked.status).toBe(410);
      expect((revoked.body as LinkErrorBody).reason).toBe('revoked');
      await viaLink('get', PROFILE, second, ip).expect(200);
      expect(emails).toHaveLength(1);
    });

    it('guessing from one address is stopped with 429 and Retry-After, even for a good token', async () => {
      const { startup } = await startupWithFounders(1);
      const token = await linkFor(startup.id);
      const ip = newIp();
      for (let i = 0; i < LINK_FAILURES_PER_IP; i++) {
        await viaLink('get', PROFILE, randomBytes(32).toString('base64url'), ip).expect(404);
      }
      const blocked = await viaLink('get', PROFILE, randomBytes(32).toString('base64url'), ip);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.headers['referrer-policy']).toBe('no-referrer');
      await viaLink('get', PROFILE, token, ip).expect(429);
      await viaLink('put', `${PROFILE}/figures/2025-01`, token, ip).send({}).expect(429);
      // Another address is not affected, and working links do not count against it.
      const elsewhere = newIp();
      for (let i = 0; i < LINK_FAILURES_PER_IP + 5; i++) {
        await viaLink('get', PROFILE, token, elsewhere).expect(200);
      }
    });
  });

  describe('asking for a new link', () => {
    it('answers the same for a known and an unknown email, and mails only the founder', async () => {
      const { startup, emails } = await startupWithFounders(1);
      const old = await linkFor(startup.id);
      const ip = newIp();
      const ask = (email: string) =>
        anonymous.post(LINKS).set(CSRF_HEADER, anonymousCsrf).set('X-Forwarded-For', ip).send({
          email,
        });

      const unknown = await ask(uniqueEmail('nobody'));
      const known = await ask(`  ${firstOf(emails).toUpperCase()} `);
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.body).toEqual(unknown.body);
      expect(known.text).toBe(unknown.text);
      expect(known.headers['referrer-policy']).toBe('no-referrer');

      const rows = await waitForOutbox(startup.id, 2);
      expect(rows[1]).toMatchObject({ recipient: emails[0], template: 'startup-profile-link' });
      expect(itemAt(rows, 1).data.link).toMatchObject({ createdBy: null, revokeEarlier: true });
      const fresh = await sendAndRead(itemAt(rows, 1));
      // Worded for a founder who asked, not as if the team asked for an update.
      const mail = mailOf(itemAt(rows, 1));
      expect(mail?.subject).toMatch(/^Ihr Link zum Profil von /);
      expect(mail?.text).toContain('Sie haben einen neuen Link zum Profil von');
      expect(mail?.text).not.toContain('bittet Sie');
      await viaLink('get', PROFILE, fresh, ip).expect(200);
      expect((await viaLink('get', PROFILE, old, ip)).body).toMatchObject({ reason: 'revoked' });
      const all = (await db.query(`SELECT count(*)::int AS n FROM mail_outbox`)) as { n: number }[];
      const unknownRows = (await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE recipient LIKE 'nobody-%'`,
      )) as { n: number }[];
      expect(firstOf(all).n).toBeGreaterThan(0);
      expect(firstOf(unknownRows).n).toBe(0);
    });

    it('builds the mailed link on PUBLIC_URL whatever Host the request names', async () => {
      const { startup, emails } = await startupWithFounders(1);
      await anonymous
        .post(LINKS)
        .set(CSRF_HEADER, anonymousCsrf)
        .set('X-Forwarded-For', newIp())
        .set('Host', 'evil.example')
        .set('X-Forwarded-Host', 'evil.example')
        .set('X-Forwarded-Proto', 'http')
        .send({ email: emails[0] })
        .expect(202);
      const row = firstOf(await waitForOutbox(startup.id, 1));
      const token = await sendAndRead(row);
      const mail = mailOf(row);
      const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
      expect(publicUrl).not.toContain('evil.example');
      expect(mail?.html).toContain(`href="${publicUrl}/respond/profile/${token}"`);
      expect(`${mail?.html}${mail?.text}`).not.toContain('evil.example');
    });

    it('400 for something that is not an email; 429 after too many requests from one address', async () => {
      const ip = newIp();
      const ask = (email: string) =>
        anonymous.post(LINKS).set(CSRF_HEADER, anonymousCsrf).set('X-Forwarded-For', ip).send({
          email,
        });
      const bad = await ask('not-an-email');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['email']);
      for (let i = 0; i < LINK_REQUESTS_PER_IP; i++) {
        await ask(uniqueEmail('nobody')).expect(202);
      }
      const blocked = await ask(uniqueEmail('nobody'));
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
