import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type MatchingRun,
  type MatchingRunProposals,
  type MatchProposal,
  type ProposalAlternative,
  QUEUES,
} from '@kohorte/contracts';
import { MatchingRunHandler } from '@kohorte/server/matching';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstN, firstOf, itemAt } from '@kohorte/server/testing';

const TOPICS = ['pricing', 'fundraising', 'b2b-sales', 'hiring'];
const token = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;
const fieldsOf = (body: ApiErrorBody) => (body.errors ?? []).map((e) => e.field).sort();

interface Seeded {
  cohortId: string;
  startupIds: string[];
  mentorIds: string[];
}

interface TimelineRow {
  subject_type: string;
  subject_id: string;
  kind: string;
  actor_id: string | null;
  data: Record<string, unknown>;
}

describe('matching runs API', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;
  let handler: MatchingRunHandler;
  let queue: Queue;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    handler = app.get(MatchingRunHandler);
    queue = app.get<Queue>(getQueueToken(QUEUES.matching));
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  const writer = () => write(manager.agent, manager.csrf);

  /** Records are written directly: their APIs are other slices'. Startups are accepted members. */
  async function seed(startups = 3, mentors = 3, capacity = 2): Promise<Seeded> {
    const programme = firstOf(
      (await db.query(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
        token('Programme'),
      ])) as { id: string }[],
    );
    const cohort = firstOf(
      (await db.query(
        `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       VALUES ($1, $2, '2026-01-01', '2030-12-31', 'running') RETURNING id`,
        [programme.id, token('Cohort')],
      )) as { id: string }[],
    );
    const startupIds: string[] = [];
    for (let i = 0; i < startups; i++) {
      const row = firstOf(
        (await db.query(
          `INSERT INTO startups (name, topics, sectors, stage, languages, city)
         VALUES ($1, $2, '{fintech}', 'seed', '{de,en}', 'Leipzig') RETURNING id`,
          [
            `${String.fromCharCode(65 + i)} ${token('Startup')}`,
            [TOPICS[i % 4], TOPICS[(i + 1) % 4]],
          ],
        )) as { id: string }[],
      );
      startupIds.push(row.id);
      await db.query(
        `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'accepted')`,
        [cohort.id, row.id],
      );
    }
    const mentorIds: string[] = [];
    for (let j = 0; j < mentors; j++) {
      const row = firstOf(
        (await db.query(
          `INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, $3, '{fintech}', '{de}', 'Leipzig', $4) RETURNING id`,
          [
            `${String.fromCharCode(65 + j)} ${token('Mentor')}`,
            `${token('mentor')}@test.kohorte.dev`,
            [TOPICS[j % 4], TOPICS[(j + 2) % 4]],
            capacity,
          ],
        )) as { id: string }[],
      );
      mentorIds.push(row.id);
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohort.id,
        row.id,
      ]);
    }
    return { cohortId: cohort.id, startupIds, mentorIds };
  }

  function start(cohortId: string, body: Record<string, unknown> = { kind: 'mentors' }) {
    return writer().post(`/api/v1/cohorts/${cohortId}/matching-runs`).send(body);
  }

  /** Starts a run through the API and runs its job with the worker's handler. */
  async function finishedRun(
    cohortId: string,
    body?: Record<string, unknown>,
  ): Promise<MatchingRun> {
    const res = await start(cohortId, body);
    expect(res.status).toBe(202);
    const { id } = res.body as { id: string };
    expect(await handler.run(id)).toBe('done');
    return (await manager.agent.get(`/api/v1/matching-runs/${id}`).expect(200)).body as MatchingRun;
  }

  async function proposals(runId: string, query = ''): Promise<MatchingRunProposals> {
    const res = await manager.agent.get(`/api/v1/matching-runs/${runId}/proposals${query}`);
    expect(res.status).toBe(200);
    return res.body as MatchingRunProposals;
  }

  async function matchEntries(proposalId: string): Promise<TimelineRow[]> {
    return (await db.query(
      `SELECT subject_type, subject_id, kind, actor_id, data FROM activities
       WHERE kind = 'match' AND data->>'proposalId' = $1`,
      [proposalId],
    )) as TimelineRow[];
  }

  describe('starting a run', () => {
    it('answers 401 to anonymous callers and 403 to viewers', async () => {
      const { cohortId } = await seed(1, 1);
      await request(app.getHttpServer())
        .get(`/api/v1/cohorts/${cohortId}/matching-runs`)
        .expect(401);
      await request(app.getHttpServer()).get(`/api/v1/matching-runs/${randomUUID()}`).expect(401);
      await write(viewer.agent, viewer.csrf)
        .post(`/api/v1/cohorts/${cohortId}/matching-runs`)
        .send({ kind: 'mentors' })
        .expect(403);
      // Viewers read.
      await viewer.agent.get(`/api/v1/cohorts/${cohortId}/matching-runs`).expect(200);
    });

    it('answers 202 at once with a queued run whose job id is deterministic', async () => {
      const { cohortId } = await seed(1, 1);
      const res = await start(cohortId, { kind: 'mentors', k: 1, minScore: 10, fairness: true });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ id: expect.any(String), status: 'queued' });
      const { id } = res.body as { id: string };
      const job = await queue.getJob(`matching.run.${id}`);
      expect(job?.data).toEqual({ runId: id, meta: { requestId: expect.any(String) } });

      const run = (await manager.agent.get(`/api/v1/matching-runs/${id}`).expect(200))
        .body as MatchingRun;
      expect(run).toMatchObject({
        id,
        cohortId,
        kind: 'mentors',
        status: 'queued',
        progress: 0,
        parameters: {
          k: 1,
          minScore: 10,
          fairness: true,
          weights: { topics: 45, sector: 15, stage: 10, language: 10, location: 10, capacity: 10 },
        },
        createdBy: { id: manager.user.id, name: manager.user.name },
      });
      expect(run.parameters.fairnessPenalty).toBeGreaterThan(0);
      const history = (await manager.agent.get(`/api/v1/cohorts/${cohortId}/matching-runs`))
        .body as MatchingRun[];
      expect(history.map((r) => r.id)).toEqual([id]);
    });

    it('refuses a second run of a kind while one is queued, naming the cohort', async () => {
      const { cohortId } = await seed(1, 1);
      expect((await start(cohortId)).status).toBe(202);
      const [again, racing] = await Promise.all([start(cohortId), start(cohortId)]);
      for (const res of [again, racing]) {
        expect(res.status).toBe(409);
        expect(fieldsOf(res.body as ApiErrorBody)).toEqual(['cohort']);
      }
      // The other kind is a run of its own.
      expect((await start(cohortId, { kind: 'investors' })).status).toBe(202);
      const runs = (await manager.agent.get(`/api/v1/cohorts/${cohortId}/matching-runs`))
        .body as MatchingRun[];
      expect(runs).toHaveLength(2);
    });

    it('answers 404 for an unknown cohort and 400 naming each bad field', async () => {
      expect((await start(randomUUID())).status).toBe(404);
      const { cohortId } = await seed(1, 1);
      const bad = await start(cohortId, {
        kind: 'mentees',
        k: 0,
        minScore: 101,
        fairness: 'yes',
        weights: { topics: -1, colour: 3 },
      });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body as ApiErrorBody)).toEqual([
        'fairness',
        'k',
        'kind',
        'minScore',
        'weights.colour',
        'weights.topics',
      ]);
      const foreign = await start(cohortId, { kind: 'mentors', weights: { ticket: 50 } });
      expect(foreign.status).toBe(400);
      expect(fieldsOf(foreign.body as ApiErrorBody)).toEqual(['weights.ticket']);
      const zero = await start(cohortId, {
        kind: 'investors',
        weights: { sector: 0, stage: 0, ticket: 0, region: 0 },
      });
      expect(fieldsOf(zero.body as ApiErrorBody)).toEqual(['weights']);
      expect((await start(cohortId, {})).status).toBe(400);
      // Nothing was queued by the refused requests.
      expect((await manager.agent.get(`/api/v1/cohorts/${cohortId}/matching-runs`)).body).toEqual(
        [],
      );
    });
  });

  describe('a finished run', () => {
    let seeded: Seeded;
    let run: MatchingRun;

    beforeAll(async () => {
      // 3 startups × k = 2 in 4 mentors × 2 places: two places stay free for swaps.
      seeded = await seed(3, 4, 2);
      run = await finishedRun(seeded.cohortId);
    });

    it('shows its status, total, stats and proposals per startup with their explanations', async () => {
      expect(run).toMatchObject({ status: 'done', progress: 100, step: null, error: null });
      expect(run.stats).toMatchObject({ startups: 3, partners: 4, proposals: 6, shortfalls: 0 });
      expect(run.counts.proposed).toBe(6);
      const view = await proposals(run.id);
      expect(view.startups.map((s) => s.startup.id)).toEqual(seeded.startupIds);
      const all = view.startups.flatMap((s) => s.proposals);
      expect(all).toHaveLength(6);
      expect(run.totalScore).toBeCloseTo(
        all.reduce((sum, p) => sum + p.score, 0),
        2,
      );
      for (const group of view.startups) {
        expect(group.proposals.map((p) => p.rank)).toEqual([1, 2]);
        expect(firstOf(group.proposals).score).toBeGreaterThanOrEqual(
          itemAt(group.proposals, 1).score,
        );
      }
      const topics = firstOf(all).parts.find((part) => part.part === 'topics');
      expect(topics?.reason.en).toMatch(/topic/);
      expect(topics?.reason.de).toMatch(/Them/);
      expect(view.load.map((l) => l.partner.id)).toEqual(seeded.mentorIds);
      for (const load of view.load) {
        expect(load.capacity).toBe(2);
        expect(load.proposed).toBeLessThanOrEqual(2);
      }
      expect(view.load.reduce((sum, l) => sum + l.proposed, 0)).toBe(6);

      expect((await proposals(run.id, '?unmatched=true')).startups).toHaveLength(0);
      const low = await proposals(run.id, '?lowScore=100');
      expect(low.startups).toHaveLength(3);
      expect((await proposals(run.id, '?lowScore=0')).startups).toHaveLength(0);
      const invalid = await manager.agent.get(
        `/api/v1/matching-runs/${run.id}/proposals?lowScore=x`,
      );
      expect(fieldsOf(invalid.body as ApiErrorBody)).toEqual(['lowScore']);
    });

    it('takes decisions from managers only, each with timeline entries', async () => {
      const view = await proposals(run.id);
      const [first, second] = firstN(firstOf(view.startups).proposals, 2);
      await write(viewer.agent, viewer.csrf)
        .post(`/api/v1/matching-runs/${run.id}/approve`)
        .send({})
        .expect(403);
      await write(viewer.agent, viewer.csrf)
        .post(`/api/v1/match-proposals/${first.id}/reject`)
        .expect(403);

      // Approve some.
      const approved = await writer()
        .post(`/api/v1/matching-runs/${run.id}/approve`)
        .send({ proposalIds: [first.id] });
      expect(approved.status).toBe(200);
      expect((approved.body as MatchProposal[]).map((p) => [p.id, p.status])).toEqual([
        [first.id, 'approved'],
      ]);
      const entries = await matchEntries(first.id);
      expect(entries.map((e) => [e.subject_type, e.subject_id]).sort()).toEqual(
        [
          ['mentor', first.partner.id],
          ['startup', seeded.startupIds[0]],
        ].sort(),
      );
      expect(entries[0]).toMatchObject({
        actor_id: manager.user.id,
        data: { action: 'approved', runId: run.id, cohortId: seeded.cohortId },
      });
      const unknown = await writer()
        .post(`/api/v1/matching-runs/${run.id}/approve`)
        .send({ proposalIds: [first.id, randomUUID()] });
      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown.body as ApiErrorBody)).toEqual(['proposalIds.1']);

      // Reject one: a rule keeps the pair out of later runs.
      const rejected = await writer().post(`/api/v1/match-proposals/${second.id}/reject`);
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ id: second.id, status: 'rejected' });
      const rules = (await db.query(
        `SELECT rule FROM match_rules WHERE cohort_id = $1 AND startup_id = $2 AND mentor_id = $3`,
        [seeded.cohortId, seeded.startupIds[0], second.partner.id],
      )) as { rule: string }[];
      expect(rules).toEqual([{ rule: 'reject' }]);
      expect((await matchEntries(second.id)).map((e) => e.data.action)).toEqual([
        'rejected',
        'rejected',
      ]);
      const again = await writer().post(`/api/v1/match-proposals/${second.id}/reject`);
      expect(again.status).toBe(409);
      expect(fieldsOf(again.body as ApiErrorBody)).toEqual(['status']);
      const closed = await writer()
        .post(`/api/v1/matching-runs/${run.id}/approve`)
        .send({ proposalIds: [second.id] });
      expect(closed.status).toBe(409);
      expect(fieldsOf(closed.body as ApiErrorBody)).toEqual(['proposalIds.0']);

      // Pin one.
      const pinned = await writer().post(`/api/v1/match-proposals/${first.id}/pin`);
      expect(pinned.body).toMatchObject({ pinned: true, status: 'approved' });
      expect((await matchEntries(first.id)).map((e) => e.data.action)).toContain('pinned');

      await writer().post(`/api/v1/match-proposals/${randomUUID()}/pin`).expect(404);
    });

    it('lists alternatives and swaps a partner for one of them', async () => {
      const view = await proposals(run.id);
      const target = itemAt(view.startups, 1).proposals.find((p) => p.status === 'proposed')!;
      const res = await manager.agent.get(`/api/v1/match-proposals/${target.id}/alternatives`);
      expect(res.status).toBe(200);
      const alternatives = res.body as ProposalAlternative[];
      const current = itemAt(view.startups, 1).proposals.map((p) => p.partner.id);
      for (const alternative of alternatives) {
        expect(current).not.toContain(alternative.partner.id);
        expect(alternative.freePlaces).toBeGreaterThan(0);
        expect(alternative.parts.length).toBeGreaterThan(0);
      }
      const scores = alternatives.map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      const freed = view.load.filter((l) => l.proposed < l.capacity).map((l) => l.partner.id);
      expect(alternatives.map((a) => a.partner.id).sort()).toEqual(
        freed.filter((id) => !current.includes(id)).sort(),
      );
      // A mentor already proposed for this startup is no alternative.
      const other = current.find((id) => id !== target.partner.id)!;
      const refused = await writer()
        .post(`/api/v1/match-proposals/${target.id}/swap`)
        .send({ mentorId: other });
      expect(refused.status).toBe(409);
      expect(fieldsOf(refused.body as ApiErrorBody)).toEqual(['mentorId']);
      const missing = await writer().post(`/api/v1/match-proposals/${target.id}/swap`).send({});
      expect(fieldsOf(missing.body as ApiErrorBody)).toEqual(['mentorId']);

      expect(alternatives.length).toBeGreaterThan(0);
      const best = firstOf(alternatives);
      const swapped = await writer()
        .post(`/api/v1/match-proposals/${target.id}/swap`)
        .send({ mentorId: best.partner.id });
      expect(swapped.status).toBe(200);
      const created = swapped.body as MatchProposal;
      expect(created).toMatchObject({
        partner: best.partner,
        status: 'proposed',
        score: best.score,
        rank: target.rank,
        startupId: itemAt(view.startups, 1).startup.id,
      });
      const after = await proposals(run.id);
      const statuses = itemAt(after.startups, 1).proposals.map((p) => [p.partner.id, p.status]);
      expect(statuses).toContainEqual([target.partner.id, 'withdrawn']);
      expect(statuses).toContainEqual([best.partner.id, 'proposed']);
      const entries = await matchEntries(created.id);
      expect(entries.map((e) => e.subject_id).sort()).toEqual(
        [itemAt(view.startups, 1).startup.id, best.partner.id, target.partner.id].sort(),
      );
      expect(firstOf(entries).data).toMatchObject({
        action: 'swapped',
        previousPartnerId: target.partner.id,
        partnerId: best.partner.id,
      });
    });

    it('approves all the rest, then discards the run', async () => {
      const approved = await writer().post(`/api/v1/matching-runs/${run.id}/approve`).send({});
      expect(approved.status).toBe(200);
      const after = await proposals(run.id);
      const open = after.startups
        .flatMap((s) => s.proposals)
        .filter((p) => p.status === 'proposed');
      expect(open).toHaveLength(0);
      expect((approved.body as MatchProposal[]).length).toBeGreaterThan(0);

      const discarded = await writer().post(`/api/v1/matching-runs/${run.id}/discard`);
      expect(discarded.status).toBe(200);
      expect(discarded.body).toMatchObject({ status: 'discarded' });
      const counts = (discarded.body as MatchingRun).counts;
      expect(counts.approved + counts.proposed).toBe(0);
      expect(counts.rejected).toBe(1);
      const cohortEntries = (await db.query(
        `SELECT data FROM activities WHERE subject_type = 'cohort' AND subject_id = $1 AND kind = 'match'`,
        [seeded.cohortId],
      )) as { data: Record<string, unknown> }[];
      expect(cohortEntries.map((e) => e.data.action)).toEqual(['discarded']);
      expect((await writer().post(`/api/v1/matching-runs/${run.id}/discard`)).status).toBe(409);
      const late = await writer().post(`/api/v1/matching-runs/${run.id}/approve`).send({});
      expect(fieldsOf(late.body as ApiErrorBody)).toEqual(['status']);
    });

    it('lets the next run respect the pin and the rejection', async () => {
      const rules = (await db.query(
        `SELECT startup_id, mentor_id, rule FROM match_rules WHERE cohort_id = $1`,
        [seeded.cohortId],
      )) as { startup_id: string; mentor_id: string; rule: string }[];
      const next = await finishedRun(seeded.cohortId);
      const pairs = (await proposals(next.id)).startups.flatMap((s) =>
        s.proposals.map((p) => `${s.startup.id}/${p.partner.id}`),
      );
      for (const rule of rules) {
        const pair = `${rule.startup_id}/${rule.mentor_id}`;
        if (rule.rule === 'pin') expect(pairs).toContain(pair);
        else expect(pairs).not.toContain(pair);
      }
      expect(rules.map((r) => r.rule).sort()).toEqual(['pin', 'reject']);
    });
  });
});
