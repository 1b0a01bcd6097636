import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  CSRF_HEADER,
  type LinkErrorBody,
  type MatchingRunProposals,
  type MentorOfferAnswer,
  type MentorOfferView,
  type SendOffersResult,
} from '@kohorte/contracts';
import { hashToken } from '@kohorte/server/auth';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import { MatchingRunHandler } from '@kohorte/server/matching';
import type { ParsedMail } from 'mailparser';
import request, { type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { anonymousBrowser, signedInAgent, type TestAgent, write } from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { defined, firstOf, itemAt } from '@kohorte/server/testing';

const OFFER = '/api/v1/public/offers';
const TOPICS = ['pricing', 'fundraising', 'b2b-sales', 'hiring'];
const label = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;

/** A made-up client address (the API trusts the loopback proxy's X-Forwarded-For). */
function newIp(): string {
  const [a, b] = randomBytes(2);
  return `203.0.${a}.${b}`;
}

interface Seeded {
  cohortId: string;
  startupIds: string[];
  mentors: { id: string; email: string; name: string }[];
}

interface TokenRow {
  uses: number;
  usedAt: Date | null;
}

describe('mentor offers by email', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;
  let anonymous: ReturnType<typeof request.agent>;
  let anonymousCsrf: string;
  let publicUrl: string;

  // A real SMTP server: the mentor's email is sent to it and read back from it.
  const smtp = new SmtpSink();
  const received = smtp.received;

  beforeAll(async () => {
    // No worker runs here: mails leave when a test calls the send handler itself.
    await smtp.start();
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    publicUrl = app.get<KohorteConfig>(KOHORTE_CONFIG).publicUrl;
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
    // The mentor's browser: no session, only the CSRF cookie every page load receives.
    ({ agent: anonymous, csrf: anonymousCsrf } = await anonymousBrowser(app));
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  /** Records are written directly (their APIs are other slices'); startups are accepted members. */
  async function seed(startups: number, mentors: number, capacity = 2): Promise<Seeded> {
    const programme = firstOf(
      (await db.query(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
        label('Programme'),
      ])) as { id: string }[],
    );
    const cohort = firstOf(
      (await db.query(
        `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       VALUES ($1, $2, '2026-01-01', '2030-12-31', 'running') RETURNING id`,
        [programme.id, label('Cohort')],
      )) as { id: string }[],
    );
    const startupIds = (
      (await db.query(
        `INSERT INTO startups (name, one_liner, topics, sectors, stage, languages, city)
         SELECT $1 || ' ' || i, 'Robots for bakeries ' || i,
           ARRAY[($2::text[])[1 + i % 4], ($2::text[])[1 + (i + 1) % 4]], '{fintech}', 'seed',
           '{de,en}', 'Leipzig'
         FROM generate_series(0, $3 - 1) AS i RETURNING id`,
        [label('Startup'), TOPICS, startups],
      )) as { id: string }[]
    ).map((row) => row.id);
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status)
       SELECT $1, unnest($2::uuid[]), 'accepted'`,
      [cohort.id, startupIds],
    );
    const seeded: Seeded['mentors'] = [];
    for (let j = 0; j < mentors; j++) {
      const name = label(`${String.fromCharCode(65 + j)} Mentor`);
      const email = `${label('mentor').replace(' ', '-')}@test.kohorte.dev`;
      const row = firstOf(
        (await db.query(
          `INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, $3, '{fintech}', '{de}', 'Leipzig', $4) RETURNING id`,
          [name, email, [TOPICS[j % 4], TOPICS[(j + 2) % 4]], capacity],
        )) as { id: string }[],
      );
      seeded.push({ id: row.id, email, name });
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohort.id,
        row.id,
      ]);
    }
    return { cohortId: cohort.id, startupIds, mentors: seeded };
  }

  /** A finished mentor run (through the API and the worker's handler) with every proposal approved. */
  async function approvedRun(seeded: Seeded, k = 1): Promise<string> {
    const started = await staff()
      .post(`/api/v1/cohorts/${seeded.cohortId}/matching-runs`)
      .send({ kind: 'mentors', k });
    expect(started.status).toBe(202);
    const runId = (started.body as { id: string }).id;
    expect(await app.get(MatchingRunHandler).run(runId)).toBe('done');
    await staff().post(`/api/v1/matching-runs/${runId}/approve`).send({}).expect(200);
    return runId;
  }

  async function sendOffers(runId: string): Promise<SendOffersResult> {
    const res = await staff().post(`/api/v1/matching-runs/${runId}/offers`);
    expect(res.status).toBe(200);
    return res.body as SendOffersResult;
  }

  /** Sends the mentor's pending outbox rows through the real SMTP server; every mail they got. */
  async function mailsTo(mentorId: string, email: string): Promise<ParsedMail[]> {
    const rows = (await db.query(
      `SELECT id FROM mail_outbox WHERE template = 'mentor-offer' AND subject_type = 'mentor'
         AND subject_id = $1 AND status <> 'sent'`,
      [mentorId],
    )) as { id: string }[];
    for (const row of rows) {
      await expect(app.get(MailSendHandler).send(row.id)).resolves.toBe('sent');
    }
    return received.filter((m) =>
      [m.to ?? []].flat().some((to) => to.value.some((a) => a.address === email)),
    );
  }

  /** The offer links of these messages, in their order. */
  function linksIn(mails: ParsedMail[]): string[] {
    const pattern = new RegExp(`${publicUrl}/respond/offer/([A-Za-z0-9_-]{43})`, 'g');
    return mails.flatMap((mail) => [
      ...new Set(
        [...(mail.text ?? '').matchAll(pattern)].map((match) =>
          defined(match[1], 'the offer link'),
        ),
      ),
    ]);
  }

  type Method = 'get' | 'head' | 'post';
  function viaLink(method: Method, url: string, token: string, ip = newIp()): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', ip);
    return method === 'post' ? req.set(CSRF_HEADER, anonymousCsrf) : req;
  }

  async function tokenRow(token: string): Promise<TokenRow> {
    return firstOf(
      (await db.query(`SELECT uses, used_at AS "usedAt" FROM link_tokens WHERE token_hash = $1`, [
        hashToken(token),
      ])) as TokenRow[],
    );
  }

  async function proposalsOf(
    mentorId: string,
  ): Promise<{ id: string; status: string; startupId: string }[]> {
    return (await db.query(
      `SELECT id, status, startup_id AS "startupId" FROM match_proposals WHERE mentor_id = $1
       ORDER BY rank, id`,
      [mentorId],
    )) as { id: string; status: string; startupId: string }[];
  }

  async function answers(
    subjectId: string,
  ): Promise<{ data: Record<string, unknown>; actorLabel: string; body: string | null }[]> {
    return (await db.query(
      `SELECT data, actor_label AS "actorLabel", body FROM activities
       WHERE kind = 'answer' AND subject_id = $1 ORDER BY created_at`,
      [subjectId],
    )) as { data: Record<string, unknown>; actorLabel: string; body: string | null }[];
  }

  /** One mentor with one approved proposal, offered and mailed: the link's token. */
  async function offeredLink(): Promise<{ seeded: Seeded; token: string; runId: string }> {
    const seeded = await seed(1, 1);
    const runId = await approvedRun(seeded);
    expect(await sendOffers(runId)).toEqual({ offered: 1, emails: 1, skipped: [] });
    const mentor = firstOf(seeded.mentors);
    const token = firstOf(linksIn(await mailsTo(mentor.id, mentor.email)));
    return { seeded, token, runId };
  }

  describe('sending', () => {
    it('one email per mentor listing each startup, why it fits in the mentor’s language and its own link; no token in the outbox', async () => {
      const seeded = await seed(4, 2, 3);
      // The second mentor works in English only: their emails are in English.
      await db.query(`UPDATE mentors SET languages = '{en}' WHERE id = $1`, [
        itemAt(seeded.mentors, 1).id,
      ]);
      const runId = await approvedRun(seeded, 1);
      const result = await sendOffers(runId);
      expect(result).toEqual({ offered: 4, emails: 2, skipped: [] });

      const list = (await manager.agent.get(`/api/v1/matching-runs/${runId}/proposals`).expect(200))
        .body as MatchingRunProposals;
      const statuses = list.startups.flatMap((group) => group.proposals.map((p) => p.status));
      expect(statuses).toEqual(['offered', 'offered', 'offered', 'offered']);
      // The outbox holds the link request only: tokens are issued when the mail is sent.
      const outbox = (await db.query(
        `SELECT data FROM mail_outbox WHERE template = 'mentor-offer' AND subject_id = ANY($1::uuid[])`,
        [seeded.mentors.map((m) => m.id)],
      )) as {
        data: { links: Record<string, { path: string; purpose: string; singleUse: boolean }> };
      }[];
      expect(outbox).toHaveLength(2);
      expect(outbox.flatMap(({ data }) => Object.values(data.links))).toHaveLength(4);
      for (const { data } of outbox) {
        for (const [proposalId, link] of Object.entries(data.links)) {
          expect(link).toMatchObject({
            path: '/respond/offer',
            purpose: 'mentor-offer',
            singleUse: true,
            extra: { proposalId },
          });
        }
      }

      const allLinks: string[] = [];
      for (const [index, mentor] of seeded.mentors.entries()) {
        const own = await proposalsOf(mentor.id);
        const mails = await mailsTo(mentor.id, mentor.email);
        expect(mails).toHaveLength(1);
        const mail = firstOf(mails);
        const links = linksIn(mails);
        expect(links).toHaveLength(own.length);
        allLinks.push(...links);
        expect(mail.subject).toMatch(index === 0 ? /^Mentoring-Anfrage: / : /^Mentoring request: /);
        for (const proposal of own) {
          const { name, parts } = firstOf(
            (await db.query(
              `SELECT s.name, p.parts FROM match_proposals p JOIN startups s ON s.id = p.startup_id
             WHERE p.id = $1`,
              [proposal.id],
            )) as {
              name: string;
              parts: { points: number; reason: { de: string; en: string } }[];
            }[],
          );
          expect(mail.text).toContain(`* ${name}`);
          expect(mail.text).toContain(index === 0 ? 'Warum es passt' : 'Why it fits');
          // The explanation in the mentor's language.
          const reason = parts.find((part) => part.points > 0)!.reason;
          expect(mail.text).toContain(index === 0 ? reason.de : reason.en);
        }
        // Each startup's link is the one for its own proposal.
        for (const token of links) {
          const { proposalId } = firstOf(
            (await db.query(
              `SELECT extra->>'proposalId' AS "proposalId" FROM link_tokens WHERE token_hash = $1`,
              [hashToken(token)],
            )) as { proposalId: string }[],
          );
          expect(own.map((proposal) => proposal.id)).toContain(proposalId);
        }
      }
      expect(new Set(allLinks).size).toBe(4);
      // Tokens are stored only as hashes: single use, 14 days, one proposal each.
      for (const token of allLinks) {
        const row = firstOf(
          (await db.query(
            `SELECT single_use AS "singleUse", purpose, extra,
             (extract(epoch FROM expires_at - now()) / 86400)::float8 AS days
           FROM link_tokens WHERE token_hash = $1`,
            [hashToken(token)],
          )) as {
            singleUse: boolean;
            purpose: string;
            days: number;
            extra: { proposalId: string };
          }[],
        );
        expect(row).toMatchObject({ singleUse: true, purpose: 'mentor-offer' });
        expect(row.days).toBeGreaterThan(13.99);
        expect(row.days).toBeLessThanOrEqual(14);
      }
      const stored = (await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE data::text LIKE ANY($1::text[])`,
        [allLinks.map((token) => `%${token}%`)],
      )) as { n: number }[];
      expect(firstOf(stored).n).toBe(0);
      const entries = (await db.query(
        `SELECT subject_type AS "subjectType" FROM activities
         WHERE kind = 'match' AND data->>'runId' = $1 AND data->>'action' = 'offered'`,
        [runId],
      )) as { subjectType: string }[];
      expect(entries.filter((e) => e.subjectType === 'startup')).toHaveLength(4);
      expect(entries.filter((e) => e.subjectType === 'mentor')).toHaveLength(4);

      // Sending again offers nothing more.
      expect(await sendOffers(runId)).toEqual({ offered: 0, emails: 0, skipped: [] });
    });

    it('viewers may not send offers (403), nobody signed out may (401); unknown run 404', async () => {
      const seeded = await seed(1, 1);
      const runId = await approvedRun(seeded);
      await write(viewer.agent, viewer.csrf)
        .post(`/api/v1/matching-runs/${runId}/offers`)
        .expect(403);
      await request(app.getHttpServer()).post(`/api/v1/matching-runs/${runId}/offers`).expect(401);
      expect(firstOf(await proposalsOf(firstOf(seeded.mentors).id)).status).toBe('approved');
      await staff()
        .post('/api/v1/matching-runs/00000000-0000-4000-8000-000000000000/offers')
        .expect(404);
    });
  });

  describe('answering through the link', () => {
    it('GET and HEAD three times each change nothing; the page shows the offer', async () => {
      const { seeded, token } = await offeredLink();
      const mentor = firstOf(seeded.mentors);
      // A live mentee, shown on the page.
      const other = await seed(1, 0);
      await db.query(
        `INSERT INTO mentorships (cohort_id, startup_id, mentor_id) VALUES ($1, $2, $3)`,
        [other.cohortId, other.startupIds[0], mentor.id],
      );
      const before = await tokenRow(token);
      for (let i = 0; i < 3; i++) {
        const res = await viaLink('get', `${OFFER}/current`, token);
        expect(res.status).toBe(200);
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['cache-control']).toBe('no-store');
        const view = res.body as MentorOfferView;
        expect(view.locale).toBe('de');
        expect(view.mentor.name).toBe(mentor.name);
        expect(view.mentor.mentees).toHaveLength(1);
        expect(view.startup.name).toMatch(/^Startup /);
        expect(view.startup.oneLiner).toBe('Robots for bakeries 0');
        expect(view.startup.stage?.key).toBe('seed');
        expect(view.reasons.length).toBeGreaterThan(0);
        await viaLink('head', `${OFFER}/current`, token).expect(200);
      }
      expect(await tokenRow(token)).toEqual(before);
      expect(before).toEqual({ uses: 0, usedAt: null });
      expect(firstOf(await proposalsOf(mentor.id)).status).toBe('offered');
      expect(await answers(mentor.id)).toEqual([]);
    });

    it('accept: the proposal is accepted, a live mentorship starts, the timelines say so; a replay is 410 used', async () => {
      const { seeded, token } = await offeredLink();
      const mentor = firstOf(seeded.mentors);
      const res = await viaLink('post', `${OFFER}/accept`, token);
      expect(res.status).toBe(200);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect((res.body as MentorOfferAnswer).status).toBe('accepted');
      const proposal = firstOf(await proposalsOf(mentor.id));
      expect(proposal.status).toBe('accepted');
      const live = (await db.query(
        `SELECT source, startup_id AS "startupId" FROM mentorships
         WHERE mentor_id = $1 AND ended_at IS NULL`,
        [mentor.id],
      )) as { source: string; startupId: string }[];
      expect(live).toEqual([{ source: 'match', startupId: proposal.startupId }]);
      for (const subject of [mentor.id, proposal.startupId]) {
        const [entry] = await answers(subject);
        expect(entry).toMatchObject({ actorLabel: 'mentor', data: { answer: 'accepted' } });
      }
      // The manager sees it on the proposals view.
      const list = (
        await manager.agent
          .get(
            `/api/v1/matching-runs/${firstOf((await db.query(`SELECT run_id FROM match_proposals WHERE id = $1`, [proposal.id])) as { run_id: string }[]).run_id}/proposals`,
          )
          .expect(200)
      ).body as MatchingRunProposals;
      expect(firstOf(firstOf(list.startups).proposals).status).toBe('accepted');

      for (const [method, url] of [
        ['post', `${OFFER}/accept`],
        ['post', `${OFFER}/decline`],
        ['get', `${OFFER}/current`],
      ] as const) {
        const replay = await viaLink(method, url, token);
        expect(replay.status).toBe(410);
        expect((replay.body as LinkErrorBody).reason).toBe('used');
      }
      expect(await answers(mentor.id)).toHaveLength(1);
    });

    it('decline with a reason: declined, a reject rule keeps the pair out, the note on the timeline', async () => {
      const { seeded, token } = await offeredLink();
      const mentor = firstOf(seeded.mentors);
      const bad = await viaLink('post', `${OFFER}/decline`, token).send({ reason: 'bored' });
      expect(bad.status).toBe(400);
      expect(((bad.body as ApiErrorBody).errors ?? []).map((e) => e.field)).toEqual(['reason']);
      expect(await tokenRow(token)).toMatchObject({ usedAt: null });

      const res = await viaLink('post', `${OFFER}/decline`, token).send({
        reason: 'too-busy',
        note: '  Maybe next spring  ',
      });
      expect(res.status).toBe(200);
      expect((res.body as MentorOfferAnswer).status).toBe('declined');
      const proposal = firstOf(await proposalsOf(mentor.id));
      expect(proposal.status).toBe('declined');
      const rules = (await db.query(
        `SELECT rule FROM match_rules WHERE mentor_id = $1 AND startup_id = $2`,
        [mentor.id, proposal.startupId],
      )) as { rule: string }[];
      expect(rules).toEqual([{ rule: 'reject' }]);
      const [entry] = await answers(proposal.startupId);
      expect(entry).toMatchObject({
        actorLabel: 'mentor',
        body: 'Maybe next spring',
        data: { answer: 'declined', reason: 'too-busy' },
      });
      expect(
        (await db.query(`SELECT 1 FROM mentorships WHERE mentor_id = $1`, [
          mentor.id,
        ])) as unknown[],
      ).toEqual([]);
      const replay = await viaLink('post', `${OFFER}/accept`, token);
      expect(replay.status).toBe(410);
      expect((replay.body as LinkErrorBody).reason).toBe('used');
    });

    it('an expired link is 410 expired; a tampered or foreign link is 404 unknown; nothing changes', async () => {
      const { seeded, token } = await offeredLink();
      const mentor = firstOf(seeded.mentors);
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const bad of [tampered, 'not-a-token', randomBytes(32).toString('base64url')]) {
        for (const [method, url] of [
          ['get', `${OFFER}/current`],
          ['post', `${OFFER}/accept`],
          ['post', `${OFFER}/decline`],
        ] as const) {
          const res = await viaLink(method, url, bad);
          expect(res.status).toBe(404);
          expect((res.body as LinkErrorBody).reason).toBe('unknown');
        }
      }
      // No header at all: unknown as well, never 401.
      const bare = await anonymous.get(`${OFFER}/current`).set('X-Forwarded-For', newIp());
      expect(bare.status).toBe(404);

      await db.query(
        `UPDATE link_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
        [hashToken(token)],
      );
      for (const [method, url] of [
        ['get', `${OFFER}/current`],
        ['post', `${OFFER}/accept`],
      ] as const) {
        const res = await viaLink(method, url, token);
        expect(res.status).toBe(410);
        expect((res.body as LinkErrorBody).reason).toBe('expired');
      }
      expect(firstOf(await proposalsOf(mentor.id)).status).toBe('offered');
      expect(await answers(mentor.id)).toEqual([]);
    });

    it('50 parallel accepts for the last free place: exactly one acceptance, 49 × 409 full', async () => {
      const offers = 50;
      const seeded = await seed(offers + 1, 1, 2);
      const mentor = firstOf(seeded.mentors);
      const [taken, ...offered] = seeded.startupIds;
      // One of the two places is taken already.
      await db.query(
        `INSERT INTO mentorships (cohort_id, startup_id, mentor_id) VALUES ($1, $2, $3)`,
        [seeded.cohortId, taken, mentor.id],
      );
      // A finished run that proposes all 50 startups to this mentor (the engine would not).
      const run = firstOf(
        (await db.query(
          `INSERT INTO matching_runs (cohort_id, kind, status, parameters, progress, finished_at)
         VALUES ($1, 'mentors', 'done',
           '{"k":1,"minScore":0,"weights":{},"fairness":false,"fairnessPenalty":5}', 100, now())
         RETURNING id`,
          [seeded.cohortId],
        )) as { id: string }[],
      );
      await db.query(
        `INSERT INTO match_proposals (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status)
         SELECT $1, $2, s, $3, 80, $4::jsonb, 1, 'approved' FROM unnest($5::uuid[]) AS s`,
        [
          run.id,
          seeded.cohortId,
          mentor.id,
          JSON.stringify([
            {
              part: 'topics',
              points: 40,
              max: 40,
              reason: { de: 'Gleiche Themen', en: 'Same topics' },
            },
          ]),
          offered,
        ],
      );
      // One mentor, 50 startups: mails of at most MAX_LINKS_PER_MAIL startups each (20, 20, 10).
      expect(await sendOffers(run.id)).toEqual({ offered: offers, emails: 3, skipped: [] });
      const links = linksIn(await mailsTo(mentor.id, mentor.email));
      expect(links).toHaveLength(offers);

      // Each from its own address: the property under test is capacity, not the guessing limit.
      const results = await Promise.all(
        links.map((token) => viaLink('post', `${OFFER}/accept`, token).then((res) => res)),
      );
      const codes = results.map((res) => res.status);
      expect(codes.filter((code) => code === 200)).toHaveLength(1);
      expect(codes.filter((code) => code === 409)).toHaveLength(offers - 1);
      for (const res of results.filter((r) => r.status === 409)) {
        const body = res.body as ApiErrorBody;
        expect(body.message).toMatch(/this mentor is now full/i);
        expect(body.errors?.[0]?.field).toBe('capacity');
      }

      const live = (await db.query(
        `SELECT count(*)::int AS n FROM mentorships WHERE mentor_id = $1 AND ended_at IS NULL`,
        [mentor.id],
      )) as { n: number }[];
      expect(firstOf(live).n).toBe(2);
      const statuses = (await proposalsOf(mentor.id)).map((p) => p.status);
      expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'offered')).toHaveLength(offers - 1);
      // The full answers spent no link: they still open the offer.
      const losers = links.filter((_token, index) => itemAt(results, index).status === 409);
      const spent = (await db.query(
        `SELECT count(*)::int AS n FROM link_tokens WHERE token_hash = ANY($1::text[]) AND used_at IS NOT NULL`,
        [links.map(hashToken)],
      )) as { n: number }[];
      expect(firstOf(spent).n).toBe(1);
      await viaLink('get', `${OFFER}/current`, firstOf(losers)).expect(200);
      expect(await answers(mentor.id)).toHaveLength(1);
    });
  });

  describe('pausing new offers through the link', () => {
    /** A day relative to the database's today, as `YYYY-MM-DD`. */
    async function day(offset: number): Promise<string> {
      const row = firstOf(
        (await db.query(`SELECT (current_date + $1::int)::text AS day`, [offset])) as {
          day: string;
        }[],
      );
      return row.day;
    }

    async function availableFrom(mentorId: string): Promise<string | null> {
      const row = firstOf(
        (await db.query(
          `SELECT available_from::text AS "availableFrom" FROM mentors WHERE id = $1`,
          [mentorId],
        )) as { availableFrom: string | null }[],
      );
      return row.availableFrom;
    }

    it('sets the availability with a timeline entry by the mentor; the link is not spent and the offer can still be accepted', async () => {
      const { seeded, token } = await offeredLink();
      const mentor = firstOf(seeded.mentors);
      const until = await day(30);
      const res = await viaLink('post', `${OFFER}/pause`, token).send({ until });
      expect(res.status).toBe(200);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.body).toEqual({ availableFrom: until });
      expect(await availableFrom(mentor.id)).toBe(until);
      const entries = (await db.query(
        `SELECT actor_id AS "actorId", actor_label AS "actorLabel", changes FROM activities
         WHERE kind = 'updated' AND subject_type = 'mentor' AND subject_id = $1`,
        [mentor.id],
      )) as { actorId: string | null; actorLabel: string; changes: unknown }[];
      expect(entries).toEqual([
        {
          actorId: null,
          actorLabel: 'mentor',
          changes: [{ field: 'availableFrom', before: null, after: until }],
        },
      ]);
      expect(await tokenRow(token)).toEqual({ uses: 0, usedAt: null });
      const view = (await viaLink('get', `${OFFER}/current`, token).expect(200))
        .body as MentorOfferView;
      expect(view.mentor.availableFrom).toBe(until);

      const accepted = await viaLink('post', `${OFFER}/accept`, token);
      expect(accepted.status).toBe(200);
      expect((accepted.body as MentorOfferAnswer).status).toBe('accepted');
      // Answered: the link works for nothing more, a pause included.
      const late = await viaLink('post', `${OFFER}/pause`, token).send({ until: await day(60) });
      expect(late.status).toBe(410);
      expect(await availableFrom(mentor.id)).toBe(until);
    });

    it('a bad day is 400 naming until, and changes nothing; an unknown token is 404', async () => {
      const { seeded, token } = await offeredLink();
      const mentor = firstOf(seeded.mentors);
      for (const until of [
        'soon',
        '2027-02-30',
        await day(0),
        await day(-3),
        await day(366),
        undefined,
      ]) {
        const res = await viaLink('post', `${OFFER}/pause`, token).send({ until });
        expect(res.status).toBe(400);
        expect(((res.body as ApiErrorBody).errors ?? []).map((e) => e.field)).toEqual(['until']);
      }
      await db.query(`UPDATE mentors SET available_until = $2::date WHERE id = $1`, [
        mentor.id,
        await day(20),
      ]);
      const afterEnd = await viaLink('post', `${OFFER}/pause`, token).send({
        until: await day(21),
      });
      expect(afterEnd.status).toBe(400);
      expect(((afterEnd.body as ApiErrorBody).errors ?? []).map((e) => e.field)).toEqual(['until']);
      expect(await availableFrom(mentor.id)).toBeNull();
      // The last day allowed works.
      await viaLink('post', `${OFFER}/pause`, token)
        .send({ until: await day(20) })
        .expect(200);

      const unknown = await viaLink(
        'post',
        `${OFFER}/pause`,
        randomBytes(32).toString('base64url'),
      ).send({ until: await day(10) });
      expect(unknown.status).toBe(404);
      expect((unknown.body as LinkErrorBody).reason).toBe('unknown');
    });

    it('a new matching run leaves the paused mentor out', async () => {
      const { seeded, token } = await offeredLink();
      const paused = firstOf(seeded.mentors);
      await viaLink('post', `${OFFER}/pause`, token)
        .send({ until: await day(14) })
        .expect(200);
      // Another cohort whose pool has the paused mentor and an equally fitting one.
      const other = await seed(1, 1);
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        other.cohortId,
        paused.id,
      ]);
      const started = await staff()
        .post(`/api/v1/cohorts/${other.cohortId}/matching-runs`)
        .send({ kind: 'mentors', k: 2 });
      expect(started.status).toBe(202);
      const runId = (started.body as { id: string }).id;
      expect(await app.get(MatchingRunHandler).run(runId)).toBe('done');
      const proposed = (await db.query(
        `SELECT mentor_id AS "mentorId" FROM match_proposals WHERE run_id = $1`,
        [runId],
      )) as { mentorId: string }[];
      expect(proposed.map((row) => row.mentorId)).toEqual([firstOf(other.mentors).id]);

      // Once the pause is over (its day has come), the mentor is proposed again.
      await db.query(`UPDATE mentors SET available_from = current_date WHERE id = $1`, [paused.id]);
      const again = await staff()
        .post(`/api/v1/cohorts/${other.cohortId}/matching-runs`)
        .send({ kind: 'mentors', k: 2 });
      expect(again.status).toBe(202);
      const againId = (again.body as { id: string }).id;
      expect(await app.get(MatchingRunHandler).run(againId)).toBe('done');
      const reproposed = (await db.query(
        `SELECT mentor_id AS "mentorId" FROM match_proposals WHERE run_id = $1`,
        [againId],
      )) as { mentorId: string }[];
      expect(reproposed.map((row) => row.mentorId).sort()).toEqual(
        [firstOf(other.mentors).id, paused.id].sort(),
      );
    });
  });
});
