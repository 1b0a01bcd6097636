import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  CSRF_HEADER,
  type LinkErrorBody,
  type MentorOfferAnswer,
  QUEUES,
  type SendOffersPreview,
} from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import { MatchingRunHandler } from '@kohorte/server/matching';
import { OfferFollowUps } from '@kohorte/server/offers';
import { runJob } from '@kohorte/server/queue';
import { type Job, Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import request, { type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { anonymousBrowser, signedInAgent, type TestAgent, write } from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { defined, firstN, firstOf } from '@kohorte/server/testing';

const OFFER = '/api/v1/public/offers';
const DAY_MS = 24 * 3600 * 1000;
const label = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;

function newIp(): string {
  const [a, b] = randomBytes(2);
  return `203.0.${a}.${b}`;
}

interface Seeded {
  cohortId: string;
  startupIds: string[];
  mentors: { id: string; email: string; name: string }[];
}

describe('offer follow-ups: reminder, expiry, introductions, next best after a decline', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let anonymous: ReturnType<typeof request.agent>;
  let anonymousCsrf: string;
  let publicUrl: string;
  let offersQueue: Queue;
  let followUps: OfferFollowUps;

  // A real SMTP server: every email is sent to it and read back from it.
  const smtp = new SmtpSink();
  const received = smtp.received;

  beforeAll(async () => {
    // No worker runs here: mails leave when a test calls the send handler, jobs when it runs them.
    await smtp.start();
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    const config = app.get<KohorteConfig>(KOHORTE_CONFIG);
    publicUrl = config.publicUrl;
    offersQueue = new Queue(QUEUES.offers, {
      connection: { url: config.redisUrl },
      prefix: config.redisPrefix,
    });
    followUps = app.get(OfferFollowUps);
    manager = await signedInAgent(app, 'manager');
    ({ agent: anonymous, csrf: anonymousCsrf } = await anonymousBrowser(app));
  });
  afterAll(async () => {
    await offersQueue.close();
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  /** One startup (German and English) and `mentors` pool mentors who all fit it. */
  async function seed(mentors: number, capacity = 2): Promise<Seeded> {
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
    const startup = firstOf(
      (await db.query(
        `INSERT INTO startups (name, one_liner, topics, sectors, stage, languages, city)
       VALUES ($1, 'Robots for bakeries', '{pricing,fundraising}', '{fintech}', 'seed', '{de,en}', 'Leipzig')
       RETURNING id`,
        [label('Startup')],
      )) as { id: string }[],
    );
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'accepted')`,
      [cohort.id, startup.id],
    );
    const seeded: Seeded['mentors'] = [];
    for (let j = 0; j < mentors; j++) {
      const name = label(`${String.fromCharCode(65 + j)} Mentor`);
      const email = `${label('mentor').replace(' ', '-')}@test.kohorte.dev`;
      // Fewer shared topics further down the alphabet: A fits best, then B, then C.
      const expertise = [['pricing', 'fundraising'], ['pricing'], ['hiring']][j % 3];
      const row = firstOf(
        (await db.query(
          `INSERT INTO mentors (full_name, email, company, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, $3, $4, '{fintech}', '{de}', 'Leipzig', $5) RETURNING id`,
          [name, email, `Company ${j}`, expertise, capacity],
        )) as { id: string }[],
      );
      seeded.push({ id: row.id, email, name });
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohort.id,
        row.id,
      ]);
    }
    return { cohortId: cohort.id, startupIds: [startup.id], mentors: seeded };
  }

  /** A finished mentor run (k = 1) with its proposal approved and offered. */
  async function offeredRun(seeded: Seeded, offerNextOnDecline?: boolean): Promise<string> {
    const started = await staff()
      .post(`/api/v1/cohorts/${seeded.cohortId}/matching-runs`)
      .send({ kind: 'mentors', k: 1, offerNextOnDecline });
    expect(started.status).toBe(202);
    const runId = (started.body as { id: string }).id;
    expect(await app.get(MatchingRunHandler).run(runId)).toBe('done');
    await staff().post(`/api/v1/matching-runs/${runId}/approve`).send({}).expect(200);
    const sent = await staff().post(`/api/v1/matching-runs/${runId}/offers`);
    expect(sent.status).toBe(200);
    return runId;
  }

  /** Sends every pending outbox row of a template through SMTP; the mails `email` received. */
  async function mailsTo(email: string, template: string): Promise<ParsedMail[]> {
    const rows = (await db.query(
      `SELECT id FROM mail_outbox WHERE template = $1 AND recipient = $2 AND status = 'pending'`,
      [template, email],
    )) as { id: string }[];
    for (const row of rows) {
      await expect(app.get(MailSendHandler).send(row.id)).resolves.toBe('sent');
    }
    return received.filter((m) =>
      [m.to ?? []].flat().some((to) => to.value.some((a) => a.address === email)),
    );
  }

  function linkIn(mail: ParsedMail): string {
    const match = new RegExp(`${publicUrl}/respond/offer/([A-Za-z0-9_-]{43})`).exec(
      mail.text ?? '',
    );
    return defined(match?.[1], 'the link in the mail');
  }

  function viaLink(method: 'get' | 'post', url: string, token: string): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', newIp());
    return method === 'post' ? req.set(CSRF_HEADER, anonymousCsrf) : req;
  }

  async function offeredTo(runId: string): Promise<{ id: string; mentorId: string }[]> {
    return (await db.query(
      `SELECT id, mentor_id AS "mentorId" FROM match_proposals
       WHERE run_id = $1 AND status = 'offered' ORDER BY created_at`,
      [runId],
    )) as { id: string; mentorId: string }[];
  }

  async function statusOf(proposalId: string): Promise<string> {
    const row = firstOf(
      (await db.query(`SELECT status FROM match_proposals WHERE id = $1`, [proposalId])) as {
        status: string;
      }[],
    );
    return row.status;
  }

  async function job(name: 'offer.remind' | 'offer.expire', proposalId: string): Promise<Job> {
    const found = await offersQueue.getJob(`${name}.${proposalId}`);
    expect(found).toBeDefined();
    return found!;
  }

  /** Moves an offer's clock: it was sent `days` ago and its deadline is `leftSeconds` away. */
  async function moveClock(proposalId: string, days: number, leftSeconds: number): Promise<void> {
    await db.query(
      `UPDATE match_proposals SET offered_at = now() - make_interval(days => $2),
         expires_at = now() + make_interval(secs => $3) WHERE id = $1`,
      [proposalId, days, leftSeconds],
    );
  }

  async function deadlineOf(proposalId: string): Promise<Date> {
    const row = firstOf(
      (await db.query(`SELECT expires_at FROM match_proposals WHERE id = $1`, [proposalId])) as {
        expires_at: Date;
      }[],
    );
    return row.expires_at;
  }

  async function matchActions(proposalId: string): Promise<string[]> {
    const rows = (await db.query(
      `SELECT data->>'action' AS action FROM activities
       WHERE kind = 'match' AND data->>'proposalId' = $1 AND subject_type = 'startup'
       ORDER BY created_at, id`,
      [proposalId],
    )) as { action: string }[];
    return rows.map((row) => row.action);
  }

  it('sending schedules a delayed reminder (4 days) and expiry (14 days) per offer, with deterministic ids', async () => {
    const seeded = await seed(1);
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    const remind = await job('offer.remind', offer.id);
    const expire = await job('offer.expire', offer.id);
    expect(remind.name).toBe('offer.remind');
    // `meta` carries the id of the request that sent the offer to the worker's log lines.
    expect(remind.data).toEqual({ proposalId: offer.id, meta: { requestId: expect.any(String) } });
    expect(remind.opts.delay).toBe(4 * DAY_MS);
    expect(await remind.getState()).toBe('delayed');
    expect(expire.name).toBe('offer.expire');
    expect(expire.data).toEqual({ proposalId: offer.id, meta: { requestId: expect.any(String) } });
    expect(expire.opts.delay).toBe(14 * DAY_MS);
    expect(await expire.getState()).toBe('delayed');
  });

  it('one reminder with a new link that replaces the first; a second run of the job sends nothing', async () => {
    const seeded = await seed(1);
    const mentor = firstOf(seeded.mentors);
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    const first = firstOf(await mailsTo(mentor.email, 'mentor-offer'));
    const firstToken = linkIn(first);

    expect(await runJob(followUps.handlers, await job('offer.remind', offer.id))).toBe('reminded');
    const reminders = (await mailsTo(mentor.email, 'mentor-offer-reminder')).filter((m) =>
      m.subject?.startsWith('Erinnerung: '),
    );
    expect(reminders).toHaveLength(1);
    expect(firstOf(reminders).subject).toBe(`Erinnerung: ${first.subject}`);
    const secondToken = linkIn(firstOf(reminders));
    expect(secondToken).not.toBe(firstToken);
    // The newest email works; the first one's link is revoked.
    const stale = await viaLink('get', `${OFFER}/current`, firstToken);
    expect(stale.status).toBe(410);
    expect((stale.body as LinkErrorBody).reason).toBe('revoked');
    await viaLink('get', `${OFFER}/current`, secondToken).expect(200);

    // Duplicated job: nothing more is written or sent.
    expect(await followUps.remind(offer.id)).toBe('skipped');
    const { n } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE template = 'mentor-offer-reminder' AND recipient = $1`,
        [mentor.email],
      )) as { n: number }[],
    );
    expect(n).toBe(1);
    expect(await mailsTo(mentor.email, 'mentor-offer-reminder')).toHaveLength(2);
    expect(await matchActions(offer.id)).toEqual(['approved', 'offered', 'reminded']);

    // The reminder's link answers the offer.
    const res = await viaLink('post', `${OFFER}/accept`, secondToken);
    expect(res.status).toBe(200);
    expect((res.body as MentorOfferAnswer).status).toBe('accepted');
  });

  it('a mentor offered two startups in one email gets one reminder listing both, not two', async () => {
    const seeded = await seed(1);
    const mentor = firstOf(seeded.mentors);
    const second = firstOf(
      (await db.query(
        `INSERT INTO startups (name, topics, sectors, stage, languages, city)
       VALUES ($1, '{pricing}', '{fintech}', 'seed', '{de}', 'Leipzig') RETURNING id`,
        [label('Second Startup')],
      )) as { id: string }[],
    );
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'accepted')`,
      [seeded.cohortId, second.id],
    );
    const runId = await offeredRun(seeded);
    const offers = await offeredTo(runId);
    expect(offers).toHaveLength(2);
    expect(await mailsTo(mentor.email, 'mentor-offer')).toHaveLength(1);

    // Both reminder jobs fire together (the offers queue runs five jobs at once).
    const outcomes = await Promise.all(offers.map((offer) => followUps.remind(offer.id)));
    expect(outcomes.sort()).toEqual(['reminded', 'skipped']);
    const reminders = (await mailsTo(mentor.email, 'mentor-offer-reminder')).filter((m) =>
      m.subject?.startsWith('Erinnerung: '),
    );
    expect(reminders).toHaveLength(1);
    const tokens = [
      ...(firstOf(reminders).text ?? '').matchAll(
        new RegExp(`${publicUrl}/respond/offer/([A-Za-z0-9_-]{43})`, 'g'),
      ),
    ].map((match) => defined(match[1], 'the offer link'));
    expect(new Set(tokens).size).toBe(2);
    for (const offer of offers) {
      expect(await matchActions(offer.id)).toEqual(['approved', 'offered', 'reminded']);
    }
    // Each new link answers its own offer.
    for (const token of new Set(tokens)) {
      await viaLink('post', `${OFFER}/accept`, token).expect(200);
    }
    expect(await Promise.all(offers.map((offer) => statusOf(offer.id)))).toEqual([
      'accepted',
      'accepted',
    ]);
  });

  it('an answered offer gets no reminder and never expires', async () => {
    const seeded = await seed(1);
    const mentor = firstOf(seeded.mentors);
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    const token = linkIn(firstOf(await mailsTo(mentor.email, 'mentor-offer')));
    await viaLink('post', `${OFFER}/accept`, token).expect(200);
    expect(await runJob(followUps.handlers, await job('offer.remind', offer.id))).toBe('skipped');
    expect(await runJob(followUps.handlers, await job('offer.expire', offer.id))).toBe('skipped');
    expect(await statusOf(offer.id)).toBe('accepted');
    const { n } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE template = 'mentor-offer-reminder' AND recipient = $1`,
        [mentor.email],
      )) as { n: number }[],
    );
    expect(n).toBe(0);
  });

  it('expiry: the offer is expired, its link answers 410, the place is free, the timelines say so; once only', async () => {
    const seeded = await seed(1, 1);
    const mentor = firstOf(seeded.mentors);
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    const token = linkIn(firstOf(await mailsTo(mentor.email, 'mentor-offer')));

    // The job fires at the deadline: early, it leaves the offer running.
    expect(await runJob(followUps.handlers, await job('offer.expire', offer.id))).toBe('skipped');
    expect(await statusOf(offer.id)).toBe('offered');
    await moveClock(offer.id, 14, -1);
    expect(await runJob(followUps.handlers, await job('offer.expire', offer.id))).toBe('expired');
    expect(await statusOf(offer.id)).toBe('expired');
    for (const [method, url] of [
      ['get', `${OFFER}/current`],
      ['post', `${OFFER}/accept`],
    ] as const) {
      const res = await viaLink(method, url, token);
      expect(res.status).toBe(410);
      expect((res.body as LinkErrorBody).reason).toBe('revoked');
    }
    const mentorshipCount = (await db.query(
      `SELECT count(*)::int AS n FROM mentorships WHERE mentor_id = $1`,
      [mentor.id],
    )) as { n: number }[];
    expect(firstOf(mentorshipCount).n).toBe(0);
    const entries = (await db.query(
      `SELECT subject_type AS "subjectType" FROM activities
       WHERE kind = 'match' AND data->>'proposalId' = $1 AND data->>'action' = 'expired'`,
      [offer.id],
    )) as { subjectType: string }[];
    expect(entries.map((e) => e.subjectType).sort()).toEqual(['mentor', 'startup']);
    // A late reminder and a duplicated expiry do nothing.
    expect(await followUps.remind(offer.id)).toBe('skipped');
    expect(await followUps.expire(offer.id)).toBe('skipped');
    expect(await matchActions(offer.id)).toEqual(['approved', 'offered', 'expired']);

    // The place is free: a new run offers the same mentor (capacity 1) again.
    const again = await offeredRun(seeded);
    expect((await offeredTo(again)).map((p) => p.mentorId)).toEqual([mentor.id]);
  });

  it('after an accept the mentor and each founder get an introduction with the other side’s contact', async () => {
    const seeded = await seed(1);
    const mentor = firstOf(seeded.mentors);
    const [startupId] = seeded.startupIds;
    const founders = [
      { name: label('Ada Founder'), email: `${label('ada').replace(' ', '-')}@test.kohorte.dev` },
      { name: label('Bo Founder'), email: `${label('bo').replace(' ', '-')}@test.kohorte.dev` },
    ];
    for (const founder of founders) {
      await db.query(
        `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder) VALUES ($1, $2, $3, true)`,
        [startupId, founder.name, founder.email],
      );
    }
    const advisor = `${label('advisor').replace(' ', '-')}@test.kohorte.dev`;
    await db.query(
      `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder) VALUES ($1, 'Not A Founder', $2, false)`,
      [startupId, advisor],
    );
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    const token = linkIn(firstOf(await mailsTo(mentor.email, 'mentor-offer')));
    const introductions = async () =>
      firstOf(
        (await db.query(
          `SELECT count(*)::int AS n FROM mail_outbox
           WHERE template = 'mentor-introduction' AND recipient = ANY($1::text[])`,
          [[mentor.email, ...founders.map((f) => f.email), advisor]],
        )) as { n: number }[],
      ).n;
    // Nothing is introduced before the answer.
    expect(await introductions()).toBe(0);
    await viaLink('post', `${OFFER}/accept`, token).expect(200);
    expect(await statusOf(offer.id)).toBe('accepted');

    const toMentor = (await mailsTo(mentor.email, 'mentor-introduction')).filter((m) =>
      m.subject?.startsWith('Vorstellung: '),
    );
    expect(toMentor).toHaveLength(1);
    for (const founder of founders) {
      expect(firstOf(toMentor).text).toContain(founder.name);
      expect(firstOf(toMentor).text).toContain(founder.email);
      expect(firstOf(toMentor).html).toContain(`mailto:${founder.email}`);
    }
    expect(firstOf(toMentor).text).not.toContain(advisor);
    for (const founder of founders) {
      const mails = await mailsTo(founder.email, 'mentor-introduction');
      expect(mails).toHaveLength(1);
      expect(firstOf(mails).text).toContain(mentor.name);
      expect(firstOf(mails).text).toContain(mentor.email);
      expect(firstOf(mails).text).toContain('Company 0');
      expect(firstOf(mails).text).toContain('Mentor:in');
    }
    expect(await mailsTo(advisor, 'mentor-introduction')).toHaveLength(0);
    expect(await introductions()).toBe(3);
  });

  it('a decline offers the next best mentor, never one who declined before; nobody left: nothing', async () => {
    const seeded = await seed(3);
    const byId = new Map(seeded.mentors.map((m) => [m.id, m]));
    const runId = await offeredRun(seeded);
    const asked: string[] = [];
    for (let round = 0; round < 3; round++) {
      const open = await offeredTo(runId);
      expect(open).toHaveLength(1);
      const offer = firstOf(open);
      expect(asked).not.toContain(offer.mentorId);
      asked.push(offer.mentorId);
      const mentor = byId.get(offer.mentorId)!;
      const mails = await mailsTo(mentor.email, 'mentor-offer');
      expect(mails).toHaveLength(1);
      const res = await viaLink('post', `${OFFER}/decline`, linkIn(firstOf(mails))).send({
        reason: 'too-busy',
      });
      expect(res.status).toBe(200);
      expect(await statusOf(offer.id)).toBe('declined');
      if (round < 2) {
        // The new offer has its mail and its follow-ups.
        const next = firstOf(await offeredTo(runId));
        expect(next).toBeDefined();
        expect(await matchActions(next.id)).toEqual(['offered']);
        expect((await job('offer.expire', next.id)).opts.delay).toBe(14 * DAY_MS);
      }
    }
    // Best first: A (two shared topics), then B (one), then C.
    expect(asked).toEqual(seeded.mentors.map((m) => m.id));
    // Everyone declined: nobody is offered again.
    expect(await offeredTo(runId)).toEqual([]);
    const { n } = firstOf(
      (await db.query(`SELECT count(*)::int AS n FROM match_proposals WHERE run_id = $1`, [
        runId,
      ])) as { n: number }[],
    );
    expect(n).toBe(3);
  });

  it('a run started with offerNextOnDecline: false offers nobody after a decline', async () => {
    const seeded = await seed(2);
    const runId = await offeredRun(seeded, false);
    const offer = firstOf(await offeredTo(runId));
    const mentor = seeded.mentors.find((m) => m.id === offer.mentorId)!;
    const token = linkIn(firstOf(await mailsTo(mentor.email, 'mentor-offer')));
    await viaLink('post', `${OFFER}/decline`, token).send({}).expect(200);
    expect(await offeredTo(runId)).toEqual([]);
  });

  it('an expiry offers the next best mentor when the run asks for it, and tells the manager who started the run', async () => {
    const seeded = await seed(2);
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    const [first, second] = firstN(seeded.mentors, 2);
    expect(offer.mentorId).toBe(first.id);
    await moveClock(offer.id, 14, -1);
    expect(await followUps.expire(offer.id)).toBe('expired');

    const next = firstOf(await offeredTo(runId));
    expect(next.mentorId).toBe(second.id);
    expect(await mailsTo(second.email, 'mentor-offer')).toHaveLength(1);
    expect((await job('offer.expire', next.id)).opts.delay).toBe(14 * DAY_MS);
    const notices = await mailsTo(manager.user.email, 'mentor-offer-expired');
    const notice = notices.find((mail) => mail.text?.includes(first.name));
    expect(notice?.text).toContain(second.name);
    expect(notice?.subject).toContain(first.name);
  });

  it('an expiry after offerNextOnDecline: false offers nobody, and the manager is told to assign', async () => {
    const seeded = await seed(2);
    const runId = await offeredRun(seeded, false);
    const offer = firstOf(await offeredTo(runId));
    const mentor = seeded.mentors.find((m) => m.id === offer.mentorId)!;
    await moveClock(offer.id, 14, -1);
    expect(await followUps.expire(offer.id)).toBe('expired');
    expect(await offeredTo(runId)).toEqual([]);
    const notices = await mailsTo(manager.user.email, 'mentor-offer-expired');
    const notice = notices.find((mail) => mail.text?.includes(mentor.name));
    expect(notice?.text).toMatch(/weisen Sie selbst eine Mentor:in zu|assign one yourself/);
  });

  it('a late reminder moves the deadline to a day away, and its link works until the deadline its email states', async () => {
    const seeded = await seed(1);
    const mentor = firstOf(seeded.mentors);
    const runId = await offeredRun(seeded);
    const offer = firstOf(await offeredTo(runId));
    await mailsTo(mentor.email, 'mentor-offer');
    // The reminder was due on day 4; a worker outage held it until an hour before the deadline.
    await moveClock(offer.id, 14, 3600);
    expect(await followUps.remind(offer.id)).toBe('reminded');

    const deadline = await deadlineOf(offer.id);
    expect(deadline.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    // The mails the mentor received so far: the offer, then the reminder.
    const reminder = (await mailsTo(mentor.email, 'mentor-offer-reminder')).at(-1)!;
    const stated = new Intl.DateTimeFormat('de-DE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Berlin',
      timeZoneName: 'short',
    }).format(deadline);
    expect(reminder.text).toContain(stated);
    const { expiresAt } = firstOf(
      (await db.query(
        `SELECT expires_at AS "expiresAt" FROM link_tokens
       WHERE purpose = 'mentor-offer' AND extra->>'proposalId' = $1 AND revoked_at IS NULL`,
        [offer.id],
      )) as { expiresAt: Date }[],
    );
    expect(Math.abs(expiresAt.getTime() - deadline.getTime())).toBeLessThan(2000);

    // The old deadline's job finds the offer running; the link works; the moved one expires it.
    expect(await runJob(followUps.handlers, await job('offer.expire', offer.id))).toBe('skipped');
    const token = linkIn(reminder);
    await viaLink('get', `${OFFER}/current`, token).expect(200);
    const moved = await offersQueue.getJob(`offer.expire.${offer.id}.moved`);
    expect(moved?.opts.delay).toBeGreaterThan(23 * 3600_000);
    await moveClock(offer.id, 15, -1);
    expect(await runJob(followUps.handlers, moved!)).toBe('expired');
  });

  it('previews what sending would send, as its mentor reads it, without issuing a link; viewers may not', async () => {
    const seeded = await seed(2);
    const started = await staff()
      .post(`/api/v1/cohorts/${seeded.cohortId}/matching-runs`)
      .send({ kind: 'mentors', k: 1 });
    const runId = (started.body as { id: string }).id;
    expect(await app.get(MatchingRunHandler).run(runId)).toBe('done');
    await staff().post(`/api/v1/matching-runs/${runId}/approve`).send({}).expect(200);
    const tokensBefore = (await db.query(`SELECT count(*)::int AS n FROM link_tokens`)) as {
      n: number;
    }[];

    const res = await manager.agent.get(`/api/v1/matching-runs/${runId}/offers/preview`);
    expect(res.status).toBe(200);
    const preview = res.body as SendOffersPreview;
    const best = firstOf(seeded.mentors);
    expect(preview).toMatchObject({
      offers: 1,
      emails: 1,
      recipients: [{ name: best.name, startups: 1, locale: 'de' }],
    });
    expect(preview.example?.to).toBe(best.email);
    expect(preview.example?.subject).toMatch(/^Mentoring-Anfrage: Startup /);
    expect(preview.example?.text).toContain(`${publicUrl}/respond/offer/[link]`);
    expect(preview.example?.text).toMatch(/Der Link gilt bis .* (MEZ|MESZ)/);
    expect(await db.query(`SELECT count(*)::int AS n FROM link_tokens`)).toEqual(tokensBefore);

    const viewer = await signedInAgent(app, 'viewer');
    await viewer.agent.get(`/api/v1/matching-runs/${runId}/offers/preview`).expect(403);
    // Sending sends what was previewed.
    const sent = await staff().post(`/api/v1/matching-runs/${runId}/offers`).expect(200);
    expect(sent.body).toMatchObject({ offered: preview.offers, emails: preview.emails });
  });
});
