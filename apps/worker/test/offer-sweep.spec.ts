import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { QUEUES } from '@kohorte/contracts';
import { MatchingRunsService, MatchProposalsService } from '@kohorte/server/matching';
import { MentorOffersService } from '@kohorte/server/offers';
import { offerExpireJobId, offerRemindJobId } from '@kohorte/server/proposals';
import {
  createTestDatabase,
  dropTestDatabase,
  firstN,
  firstOf,
  type TestDatabase,
  testRedisPrefix,
  until,
} from '@kohorte/server/testing';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';

const label = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;

interface Proposal {
  id: string;
  status: string;
  remindedAt: Date | null;
  mentorEmail: string;
}

describe('the offer follow-up sweep', () => {
  const saved = { ...process.env };
  let database: TestDatabase;
  let app: INestApplicationContext;
  let db: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    // A database and a queue prefix of this file's own: the sweep looks at every open offer, and
    // the workers of other test files must not take its jobs.
    database = await createTestDatabase('kohorte_offer_sweep');
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_PREFIX: testRedisPrefix(),
      OFFER_REMINDER_DAYS: '4',
      OFFER_EXPIRY_DAYS: '14',
    });
    delete process.env.SMTP_URL;
    app = await createWorker();
    db = app.get(DataSource);
    queue = app.get<Queue>(getQueueToken(QUEUES.offers));
    // The worker schedules the sweep every 10 minutes; this test runs it itself.
    expect(await queue.getJobScheduler('offer.sweep')).toMatchObject({ every: 600_000 });
    await queue.removeJobScheduler('offer.sweep');
  });
  afterAll(async () => {
    await app?.close();
    process.env = saved;
    if (database) await dropTestDatabase(database.name);
  });

  /** A finished mentor run with one startup and three fitting mentors, all offered by email. */
  async function offeredProposals(): Promise<Proposal[]> {
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
    for (let j = 0; j < 3; j++) {
      const mentor = firstOf(
        (await db.query(
          `INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, '{pricing,fundraising}', '{fintech}', '{de}', 'Leipzig', 2) RETURNING id`,
          [label(`Mentor ${j}`), `${label('mentor').replace(' ', '-')}@test.kohorte.dev`],
        )) as { id: string }[],
      );
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohort.id,
        mentor.id,
      ]);
    }
    const runs = app.get(MatchingRunsService);
    const run = await runs.start(cohort.id, { kind: 'mentors', k: 3 }, null);
    await until(`run ${run.id} to finish`, async () =>
      (await runs.get(run.id)).status === 'done' ? true : null,
    );
    await app.get(MatchProposalsService).approve(run.id, undefined, null);
    expect(await app.get(MentorOffersService).send(run.id, null)).toMatchObject({ offered: 3 });
    // The offer emails go out (the development mailbox), which issues their links.
    await until('the offer emails to be sent', async () => {
      const { pending } = firstOf(
        (await db.query(
          `SELECT count(*)::int AS pending FROM mail_outbox WHERE status = 'pending'`,
        )) as { pending: number }[],
      );
      return pending === 0 ? true : null;
    });
    return proposals(run.id);
  }

  async function proposals(runId: string): Promise<Proposal[]> {
    return (await db.query(
      `SELECT p.id, p.status, p.reminded_at AS "remindedAt", m.email AS "mentorEmail"
       FROM match_proposals p JOIN mentors m ON m.id = p.mentor_id
       WHERE p.run_id = $1 ORDER BY p.rank`,
      [runId],
    )) as Proposal[];
  }

  async function proposal(id: string): Promise<Proposal> {
    return firstOf(
      (await db.query(
        `SELECT p.id, p.status, p.reminded_at AS "remindedAt", m.email AS "mentorEmail"
       FROM match_proposals p JOIN mentors m ON m.id = p.mentor_id WHERE p.id = $1`,
        [id],
      )) as Proposal[],
    );
  }

  async function offeredDaysAgo(id: string, days: number): Promise<void> {
    await db.query(
      // The deadline moves with it (the right side reads the row as it was).
      `UPDATE match_proposals SET offered_at = now() - make_interval(days => $2),
         expires_at = now() - make_interval(days => $2) + (expires_at - offered_at)
       WHERE id = $1`,
      [id, days],
    );
  }

  async function reminders(email: string): Promise<number> {
    const { n } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox
       WHERE template = 'mentor-offer-reminder' AND recipient = $1`,
        [email],
      )) as { n: number }[],
    );
    return n;
  }

  async function links(proposalId: string): Promise<{ revoked: boolean }[]> {
    return (await db.query(
      `SELECT revoked_at IS NOT NULL AS revoked FROM link_tokens
       WHERE purpose = 'mentor-offer' AND extra->>'proposalId' = $1`,
      [proposalId],
    )) as { revoked: boolean }[];
  }

  async function sweep(jobId: string): Promise<unknown> {
    await queue.add('offer.sweep', {}, { jobId });
    const job = await until<Job>(`sweep ${jobId}`, async () => {
      const state = await queue.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed') return null;
      return (await queue.getJob(jobId)) ?? null;
    });
    expect(job.failedReason).toBeUndefined();
    return job.returnvalue;
  }

  it('expires and reminds the offers whose delayed jobs Redis lost, once', async () => {
    const [old, mid, fresh] = firstN(await offeredProposals(), 3);
    // Redis lost the delayed follow-ups (a flush, an outage without persistence).
    for (const { id } of [old, mid, fresh]) {
      for (const jobId of [offerRemindJobId(id), offerExpireJobId(id)]) {
        expect(await queue.getJob(jobId)).toBeDefined();
        await queue.remove(jobId);
        expect(await queue.getJob(jobId)).toBeUndefined();
      }
    }
    await offeredDaysAgo(old.id, 15);
    await offeredDaysAgo(mid.id, 5);
    await offeredDaysAgo(fresh.id, 1);
    expect(await links(old.id)).toEqual([{ revoked: false }]);

    expect(await sweep('test-offer-sweep-1')).toEqual({ reminded: 1, expired: 1, failed: 0 });
    // Past the expiry: expired, its link answers no more, and no reminder of a dead offer.
    expect(await proposal(old.id)).toMatchObject({ status: 'expired', remindedAt: null });
    expect(await links(old.id)).toEqual([{ revoked: true }]);
    expect(await reminders(old.mentorEmail)).toBe(0);
    // Past the reminder day: one reminder in the outbox, still open.
    const reminded = await proposal(mid.id);
    expect(reminded.status).toBe('offered');
    expect(reminded.remindedAt).toBeInstanceOf(Date);
    expect(await reminders(mid.mentorEmail)).toBe(1);
    expect(await links(mid.id)).toContainEqual({ revoked: false });
    // Not due yet: untouched.
    expect(await proposal(fresh.id)).toMatchObject({ status: 'offered', remindedAt: null });
    expect(await reminders(fresh.mentorEmail)).toBe(0);

    // The next sweep (and a late delayed job) finds nothing more to do.
    expect(await sweep('test-offer-sweep-2')).toEqual({ reminded: 0, expired: 0, failed: 0 });
    expect(await reminders(mid.mentorEmail)).toBe(1);
    expect((await proposal(mid.id)).remindedAt).toEqual(reminded.remindedAt);
    expect(await proposal(old.id)).toMatchObject({ status: 'expired' });
    const timeline = (await db.query(
      `SELECT data->>'proposalId' AS "proposalId", data->>'action' AS action FROM activities
       WHERE kind = 'match' AND subject_type = 'startup' AND data->>'action' IN ('reminded', 'expired')`,
    )) as { proposalId: string; action: string }[];
    expect(timeline).toEqual(
      expect.arrayContaining([
        { proposalId: old.id, action: 'expired' },
        { proposalId: mid.id, action: 'reminded' },
      ]),
    );
    expect(timeline).toHaveLength(2);
  });
});
