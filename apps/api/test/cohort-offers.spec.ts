import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type CohortOffers,
  CSRF_COOKIE,
  CSRF_HEADER,
  type SendOffersResult,
} from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import { MatchingRunHandler } from '@kohorte/server/matching';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { setCookieValue, signedInAgent, type TestAgent, write } from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { firstN, firstOf, itemAt } from '@kohorte/server/testing';

const label = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;
const offersOf = (cohortId: string) => `/api/v1/cohorts/${cohortId}/offers`;
const PARTS = JSON.stringify([
  { part: 'topics', points: 40, max: 40, reason: { de: 'Gleiche Themen', en: 'Same topics' } },
]);

describe('a cohort’s offers and their answers', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;
  let publicUrl: string;

  // A real SMTP server: the offer email is sent to it and its link read back from it.
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
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  async function insert(sql: string, params: unknown[]): Promise<string> {
    const row = firstOf((await db.query(`${sql} RETURNING id`, params)) as { id: string }[]);
    return row.id;
  }

  /** A running cohort with these startups (accepted members) and these mentors in its pool. */
  async function cohortWith(
    startups: number,
    mentors: number,
  ): Promise<{ cohortId: string; startupIds: string[]; mentors: { id: string; email: string }[] }> {
    const programmeId = await insert(`INSERT INTO programmes (name) VALUES ($1)`, [
      label('Programme'),
    ]);
    const cohortId = await insert(
      `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       VALUES ($1, $2, '2026-01-01', '2030-12-31', 'running')`,
      [programmeId, label('Cohort')],
    );
    const startupIds: string[] = [];
    for (let i = 0; i < startups; i++) {
      startupIds.push(
        await insert(
          `INSERT INTO startups (name, topics, sectors, stage, languages, city)
           VALUES ($1, '{pricing,fundraising}', '{fintech}', 'seed', '{de,en}', 'Leipzig')`,
          [label(`Startup ${i}`)],
        ),
      );
    }
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status)
       SELECT $1, unnest($2::uuid[]), 'accepted'`,
      [cohortId, startupIds],
    );
    const seeded: { id: string; email: string }[] = [];
    for (let j = 0; j < mentors; j++) {
      const email = `${label('mentor').replace(' ', '-')}@test.kohorte.dev`;
      const id = await insert(
        `INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, '{pricing,fundraising}', '{fintech}', '{en}', 'Leipzig', 3)`,
        [label(`Mentor ${j}`), email],
      );
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohortId,
        id,
      ]);
      seeded.push({ id, email });
    }
    return { cohortId, startupIds, mentors: seeded };
  }

  async function doneRun(cohortId: string, kind: 'mentors' | 'investors'): Promise<string> {
    return insert(
      `INSERT INTO matching_runs (cohort_id, kind, status, parameters, progress, finished_at)
       VALUES ($1, $2, 'done',
         '{"k":1,"minScore":0,"weights":{},"fairness":false,"fairnessPenalty":5}', 100, now())`,
      [cohortId, kind],
    );
  }

  interface ProposalSeed {
    runId: string;
    cohortId: string;
    startupId: string;
    mentorId?: string;
    investorId?: string;
    status: string;
    score: number;
    /** Hours before now; null: never offered. */
    offeredHoursAgo: number | null;
    remindedHoursAgo?: number;
  }

  async function proposal(seed: ProposalSeed): Promise<string> {
    return insert(
      `INSERT INTO match_proposals
         (run_id, cohort_id, startup_id, mentor_id, investor_id, score, parts, rank, status,
          offered_at, reminded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 1, $8,
         now() - make_interval(hours => $9::int), now() - make_interval(hours => $10::int))`,
      [
        seed.runId,
        seed.cohortId,
        seed.startupId,
        seed.mentorId ?? null,
        seed.investorId ?? null,
        seed.score,
        PARTS,
        seed.status,
        seed.offeredHoursAgo,
        seed.remindedHoursAgo ?? null,
      ],
    );
  }

  /** A timeline entry as the offers and introductions areas write them, `hoursAgo` in the past. */
  async function activity(
    subject: { type: 'startup' | 'mentor' | 'investor'; id: string },
    kind: 'answer' | 'match',
    actorLabel: string | null,
    data: Record<string, unknown>,
    hoursAgo: number,
  ): Promise<void> {
    await db.query(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_label, data, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, now() - make_interval(hours => $6::int))`,
      [subject.type, subject.id, kind, actorLabel, JSON.stringify(data), hoursAgo],
    );
  }

  async function listOf(cohortId: string, agent = manager): Promise<CohortOffers> {
    const res = await agent.agent.get(offersOf(cohortId));
    expect(res.status).toBe(200);
    return res.body as CohortOffers;
  }

  it('lists the latest answers first, then the open offers, with the answer from the timeline', async () => {
    const { cohortId, startupIds: s, mentors } = await cohortWith(8, 2);
    const [m1, m2] = firstN(
      mentors.map((mentor) => mentor.id),
      2,
    );
    const investorId = await insert(
      `INSERT INTO investors (name, email, type) VALUES ($1, $2, 'angel')`,
      [label('Investor'), `${label('investor').replace(' ', '-')}@test.kohorte.dev`],
    );
    const mentorRun = await doneRun(cohortId, 'mentors');
    const investorRun = await doneRun(cohortId, 'investors');
    const mentorOffer = (startupId: string, mentorId: string) => ({
      runId: mentorRun,
      cohortId,
      startupId,
      mentorId,
    });
    const introduction = (startupId: string) => ({
      runId: investorRun,
      cohortId,
      startupId,
      investorId,
    });

    const openMentor = await proposal({
      ...mentorOffer(firstOf(s), m1),
      status: 'offered',
      score: 71.5,
      offeredHoursAgo: 24,
      remindedHoursAgo: 2,
    });
    const asked = await proposal({
      ...introduction(itemAt(s, 1)),
      status: 'startup-asked',
      score: 60,
      offeredHoursAgo: 2,
    });
    const consented = await proposal({
      ...introduction(itemAt(s, 2)),
      status: 'offered',
      score: 65,
      offeredHoursAgo: 1,
    });
    const accepted = await proposal({
      ...mentorOffer(itemAt(s, 3), m1),
      status: 'accepted',
      score: 80,
      offeredHoursAgo: 72,
    });
    const declined = await proposal({
      ...mentorOffer(itemAt(s, 4), m2),
      status: 'declined',
      score: 75,
      offeredHoursAgo: 48,
    });
    const expired = await proposal({
      ...mentorOffer(itemAt(s, 5), m2),
      status: 'expired',
      score: 50,
      offeredHoursAgo: 240,
    });
    const founderDeclined = await proposal({
      ...introduction(itemAt(s, 6)),
      status: 'declined',
      score: 55,
      offeredHoursAgo: 120,
    });
    const investorAccepted = await proposal({
      ...introduction(itemAt(s, 7)),
      status: 'accepted',
      score: 58,
      offeredHoursAgo: 96,
    });
    // Not sent (approved, never offered), or taken back: not on the list.
    await proposal({
      ...mentorOffer(itemAt(s, 1), m2),
      status: 'approved',
      score: 90,
      offeredHoursAgo: null,
    });
    await proposal({
      ...mentorOffer(itemAt(s, 2), m2),
      status: 'withdrawn',
      score: 90,
      offeredHoursAgo: 3,
    });
    // Another cohort's offer: not on this one's list.
    const other = await cohortWith(1, 1);
    await proposal({
      runId: await doneRun(other.cohortId, 'mentors'),
      cohortId: other.cohortId,
      startupId: firstOf(other.startupIds),
      mentorId: firstOf(other.mentors).id,
      status: 'offered',
      score: 90,
      offeredHoursAgo: 1,
    });

    const startup = (id: string) => ({ type: 'startup' as const, id });
    await activity(
      startup(itemAt(s, 3)),
      'answer',
      'mentor',
      { proposalId: accepted, answer: 'accepted' },
      50,
    );
    // The mentor's timeline holds the same answer; the startup's is the one read.
    await activity(
      { type: 'mentor', id: m2 },
      'answer',
      'mentor',
      { proposalId: declined, answer: 'declined', reason: 'conflict' },
      30,
    );
    await activity(
      startup(itemAt(s, 4)),
      'answer',
      'mentor',
      { proposalId: declined, answer: 'declined', reason: 'too-busy' },
      30,
    );
    await activity(
      startup(itemAt(s, 5)),
      'match',
      null,
      { proposalId: expired, action: 'offered' },
      240,
    );
    await activity(
      startup(itemAt(s, 5)),
      'match',
      null,
      { proposalId: expired, action: 'reminded' },
      96,
    );
    await activity(
      startup(itemAt(s, 5)),
      'match',
      null,
      { proposalId: expired, action: 'expired' },
      72,
    );
    await activity(
      startup(itemAt(s, 6)),
      'answer',
      'founder',
      { proposalId: founderDeclined, answer: 'declined' },
      110,
    );
    // The founders agree first: not the outcome; the investor's answer later is.
    await activity(
      startup(itemAt(s, 7)),
      'answer',
      'founder',
      { proposalId: investorAccepted, answer: 'agreed' },
      90,
    );
    await activity(
      startup(itemAt(s, 7)),
      'answer',
      'investor',
      { proposalId: investorAccepted, answer: 'accepted' },
      80,
    );
    // An open introduction the founders agreed to: still open, nobody has answered it yet.
    await activity(
      startup(itemAt(s, 2)),
      'answer',
      'founder',
      { proposalId: consented, answer: 'agreed' },
      1,
    );

    const list = await listOf(cohortId);
    expect(list.open).toBe(3);
    expect(list.items.map((item) => item.proposalId)).toEqual([
      declined,
      accepted,
      expired,
      investorAccepted,
      founderDeclined,
      consented,
      asked,
      openMentor,
    ]);
    expect(list.counts).toEqual({
      'startup-asked': 1,
      offered: 2,
      accepted: 2,
      declined: 2,
      expired: 1,
    });
    const byId = new Map(list.items.map((item) => [item.proposalId, item]));
    const hoursAgo = (iso: string | null) =>
      iso === null ? null : Math.round((Date.now() - Date.parse(iso)) / 3600_000);

    const open = byId.get(openMentor)!;
    expect(open).toMatchObject({
      runId: mentorRun,
      kind: 'mentors',
      status: 'offered',
      startup: { id: s[0] },
      partner: { id: m1 },
      score: 71.5,
      answeredAt: null,
      answeredBy: null,
      declineReason: null,
    });
    expect(open.startup.name).toMatch(/^Startup 0 /);
    expect(open.partner.name).toMatch(/^Mentor 0 /);
    expect(hoursAgo(open.offeredAt)).toBe(24);
    expect(hoursAgo(open.remindedAt)).toBe(2);

    const introductionAsked = byId.get(asked)!;
    expect(introductionAsked).toMatchObject({
      runId: investorRun,
      kind: 'investors',
      status: 'startup-asked',
      partner: { id: investorId },
      remindedAt: null,
      answeredAt: null,
    });
    expect(introductionAsked.partner.name).toMatch(/^Investor /);
    expect(byId.get(consented)).toMatchObject({
      status: 'offered',
      answeredAt: null,
      answeredBy: null,
    });

    const outcome = (id: string) => {
      const item = byId.get(id)!;
      return {
        status: item.status,
        answeredBy: item.answeredBy,
        declineReason: item.declineReason,
        answeredHoursAgo: hoursAgo(item.answeredAt),
      };
    };
    expect(outcome(accepted)).toEqual({
      status: 'accepted',
      answeredBy: 'mentor',
      declineReason: null,
      answeredHoursAgo: 50,
    });
    expect(outcome(declined)).toEqual({
      status: 'declined',
      answeredBy: 'mentor',
      declineReason: 'too-busy',
      answeredHoursAgo: 30,
    });
    expect(outcome(expired)).toEqual({
      status: 'expired',
      answeredBy: null,
      declineReason: null,
      answeredHoursAgo: 72,
    });
    expect(outcome(founderDeclined)).toEqual({
      status: 'declined',
      answeredBy: 'founder',
      declineReason: null,
      answeredHoursAgo: 110,
    });
    expect(outcome(investorAccepted)).toEqual({
      status: 'accepted',
      answeredBy: 'investor',
      declineReason: null,
      answeredHoursAgo: 80,
    });

    // Viewers read it too.
    expect(await listOf(cohortId, viewer)).toEqual(list);
  });

  it('a cohort without sent offers: an empty list, nothing open', async () => {
    const { cohortId } = await cohortWith(1, 1);
    expect(await listOf(cohortId)).toEqual({
      items: [],
      open: 0,
      counts: { 'startup-asked': 0, offered: 0, accepted: 0, declined: 0, expired: 0 },
    });
  });

  it('at most 200, every open one kept: the counts cover them all', async () => {
    const { cohortId, startupIds } = await cohortWith(1, 0);
    const runId = await doneRun(cohortId, 'mentors');
    // 150 closed offers (newer) and 60 open ones (older): every open one is listed.
    const mentorIds: string[] = [];
    for (let i = 0; i < 210; i++) {
      mentorIds.push(
        await insert(
          `INSERT INTO mentors (full_name, email, city, capacity) VALUES ($1, $2, 'Leipzig', 1)`,
          [label('Mentor'), `${label('m').replace(' ', '-')}@test.kohorte.dev`],
        ),
      );
    }
    await db.query(
      `INSERT INTO match_proposals
         (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status, offered_at)
       SELECT $1, $2, $3, m.id, 50, $4::jsonb, 1,
         CASE WHEN m.n <= 150 THEN 'declined' ELSE 'offered' END,
         now() - make_interval(mins => CASE WHEN m.n <= 150 THEN m.n::int ELSE 1000 + m.n::int END)
       FROM unnest($5::uuid[]) WITH ORDINALITY AS m(id, n)`,
      [runId, cohortId, startupIds[0], PARTS, mentorIds],
    );
    const list = await listOf(cohortId);
    expect(list.items).toHaveLength(200);
    expect(list.open).toBe(60);
    const statuses = list.items.map((item) => item.status);
    expect(list.counts).toMatchObject({ offered: 60, declined: 150 });
    expect(statuses.slice(0, 140)).toEqual(Array<string>(140).fill('declined'));
    expect(statuses.slice(140)).toEqual(Array<string>(60).fill('offered'));
    const offeredAt = list.items.slice(140).map((item) => Date.parse(item.offeredAt));
    expect(offeredAt).toEqual([...offeredAt].sort((a, b) => b - a));
  });

  it('404 for an unknown cohort, 400 naming `id` for a malformed one, 401 signed out', async () => {
    const unknown = await manager.agent.get(offersOf('00000000-0000-4000-8000-000000000000'));
    expect(unknown.status).toBe(404);
    expect((unknown.body as ApiErrorBody).message).toMatch(/no cohort/i);
    const malformed = await manager.agent.get(offersOf('not-a-uuid'));
    expect(malformed.status).toBe(400);
    expect((malformed.body as ApiErrorBody).errors?.[0]?.field).toBe('id');
    const { cohortId } = await cohortWith(1, 1);
    await request(app.getHttpServer()).get(offersOf(cohortId)).expect(401);
  });

  it('the real flow: an offer sent by email and accepted through its link shows as accepted by the mentor', async () => {
    const { cohortId, mentors } = await cohortWith(1, 1);
    const mentor = firstOf(mentors);
    const started = await staff()
      .post(`/api/v1/cohorts/${cohortId}/matching-runs`)
      .send({ kind: 'mentors', k: 1 });
    expect(started.status).toBe(202);
    const runId = (started.body as { id: string }).id;
    expect(await app.get(MatchingRunHandler).run(runId)).toBe('done');
    await staff().post(`/api/v1/matching-runs/${runId}/approve`).send({}).expect(200);
    expect(await listOf(cohortId)).toMatchObject({ items: [], open: 0 });

    const sent = await staff().post(`/api/v1/matching-runs/${runId}/offers`);
    expect(sent.status).toBe(200);
    expect(sent.body as SendOffersResult).toEqual({ offered: 1, emails: 1, skipped: [] });
    const before = await listOf(cohortId);
    expect(before.open).toBe(1);
    expect(before.items).toHaveLength(1);
    expect(before.items[0]).toMatchObject({
      runId,
      kind: 'mentors',
      status: 'offered',
      partner: { id: mentor.id },
      answeredAt: null,
      answeredBy: null,
    });
    // The deadline the offer email states: 14 days (OFFER_EXPIRY_DAYS) from the sending.
    const daysLeft = (Date.parse(firstOf(before.items).expiresAt!) - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(13.9);
    expect(daysLeft).toBeLessThanOrEqual(14);

    // The mentor's mail through the real SMTP server, and the link in it.
    const outbox = firstOf(
      (await db.query(
        `SELECT id FROM mail_outbox WHERE template = 'mentor-offer' AND subject_id = $1`,
        [mentor.id],
      )) as { id: string }[],
    );
    await expect(app.get(MailSendHandler).send(outbox.id)).resolves.toBe('sent');
    const mail = received.find((m) =>
      [m.to ?? []].flat().some((to) => to.value.some((a) => a.address === mentor.email)),
    );
    const pattern = new RegExp(`${publicUrl}/respond/offer/([A-Za-z0-9_-]{43})`);
    const token = pattern.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    // The mentor's browser: no session, only the CSRF cookie every page load receives.
    const browser = request.agent(app.getHttpServer());
    const csrf = setCookieValue(
      await browser.get('/api/v1/auth/session').expect(401),
      CSRF_COOKIE,
    )!;
    await browser
      .post('/api/v1/public/offers/accept')
      .set('Authorization', `Link ${token}`)
      .set(CSRF_HEADER, csrf)
      .expect(200);

    const after = await listOf(cohortId);
    expect(after.open).toBe(0);
    expect(after.items[0]).toMatchObject({
      proposalId: firstOf(before.items).proposalId,
      status: 'accepted',
      answeredBy: 'mentor',
      declineReason: null,
    });
    expect(Date.parse(firstOf(after.items).answeredAt!)).toBeGreaterThanOrEqual(
      Date.parse(firstOf(after.items).offeredAt),
    );
  });
});
