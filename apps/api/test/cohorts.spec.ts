import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type {
  ApiErrorBody,
  Cohort,
  CohortPoolMentor,
  CohortStartup,
  Page,
  Programme,
  Startup,
} from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/cohorts';

function token(label: string): string {
  return `${label}${randomBytes(4).toString('hex')}`;
}

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

function messageOf(body: ApiErrorBody, field: string): string {
  return (body.errors ?? []).find((error) => error.field === field)?.messages.join(' ') ?? '';
}

interface TimelineRow {
  subject_type: string;
  subject_id: string;
  kind: string;
  actor_id: string | null;
  changes: { field: string; before: unknown; after: unknown }[] | null;
  data: Record<string, unknown> | null;
}

describe('cohorts API', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let manager: TestAgent;
  let viewer: TestAgent;
  let db: DataSource;
  let programme: Programme;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    admin = await signedInAgent(app, 'admin');
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
    programme = await createProgramme(token('Accelerator'));
  });
  afterAll(async () => {
    await app.close();
  });

  const writer = () => write(manager.agent, manager.csrf);

  async function createProgramme(name: string): Promise<Programme> {
    const res = await writer().post('/api/v1/programmes').send({ name });
    expect(res.status).toBe(201);
    return res.body as Programme;
  }

  async function createCohort(body: Record<string, unknown> = {}): Promise<Cohort> {
    const res = await writer()
      .post(BASE)
      .send({
        programmeId: programme.id,
        name: token('Cohort'),
        startsOn: '2026-03-01',
        endsOn: '2026-08-31',
        ...body,
      });
    expect(res.status).toBe(201);
    return res.body as Cohort;
  }

  async function createStartup(): Promise<Startup> {
    const res = await writer()
      .post('/api/v1/startups')
      .send({ name: token('Startup') });
    expect(res.status).toBe(201);
    return res.body as Startup;
  }

  /** Mentors are written directly: their API is another slice's. */
  async function createMentor(capacity = 2): Promise<{ id: string; fullName: string }> {
    const fullName = token('Mentor ');
    const row = firstOf(
      (await db.query(
        `INSERT INTO mentors (full_name, email, capacity) VALUES ($1, $2, $3) RETURNING id`,
        [fullName, `${token('m')}@test.kohorte.dev`, capacity],
      )) as { id: string }[],
    );
    return { id: row.id, fullName };
  }

  function addStartups(cohortId: string, startupIds: string[], status?: string) {
    return writer()
      .post(`${BASE}/${cohortId}/startups`)
      .send(status ? { startupIds, status } : { startupIds });
  }

  function addMentors(cohortId: string, mentorIds: string[]) {
    return writer().post(`${BASE}/${cohortId}/mentors`).send({ mentorIds });
  }

  function move(cohortId: string, startupId: string, status: string) {
    return writer().patch(`${BASE}/${cohortId}/startups/${startupId}`).send({ status });
  }

  function assign(cohortId: string, startupId: string, mentorId: string) {
    return writer().post(`${BASE}/${cohortId}/startups/${startupId}/mentors`).send({ mentorId });
  }

  /** Entries of one transaction share its timestamp, so their order among each other is not fixed. */
  async function activities(subjectType: string, subjectId: string): Promise<TimelineRow[]> {
    return (await db.query(
      `SELECT subject_type, subject_id, kind, actor_id, changes, data FROM activities
       WHERE subject_type = $1 AND subject_id = $2 ORDER BY created_at, id`,
      [subjectType, subjectId],
    )) as TimelineRow[];
  }

  describe('access', () => {
    it('answers 401 to anonymous callers', async () => {
      const server = app.getHttpServer();
      await request(server).get(BASE).expect(401);
      await request(server).get(`${BASE}/${randomUUID()}/startups`).expect(401);
      await request(server).post(BASE).send({}).expect(401);
    });

    it('lets a viewer read everything but change nothing', async () => {
      const cohort = await createCohort();
      const startup = await createStartup();
      expect((await addStartups(cohort.id, [startup.id])).status).toBe(201);
      const mentor = await createMentor();
      expect((await addMentors(cohort.id, [mentor.id])).status).toBe(201);

      await viewer.agent.get(BASE).expect(200);
      await viewer.agent.get(`${BASE}/${cohort.id}`).expect(200);
      await viewer.agent.get(`${BASE}/${cohort.id}/startups`).expect(200);
      await viewer.agent.get(`${BASE}/${cohort.id}/mentors`).expect(200);

      const v = write(viewer.agent, viewer.csrf);
      const cohortUrl = `${BASE}/${cohort.id}`;
      await v.post(BASE).send({}).expect(403);
      await v.patch(cohortUrl).send({ status: 'running' }).expect(403);
      await v.delete(cohortUrl).expect(403);
      await v
        .post(`${cohortUrl}/startups`)
        .send({ startupIds: [startup.id] })
        .expect(403);
      await v.patch(`${cohortUrl}/startups/${startup.id}`).send({ status: 'active' }).expect(403);
      await v.delete(`${cohortUrl}/startups/${startup.id}`).expect(403);
      await v
        .post(`${cohortUrl}/mentors`)
        .send({ mentorIds: [mentor.id] })
        .expect(403);
      await v.delete(`${cohortUrl}/mentors/${mentor.id}`).expect(403);
      await v
        .post(`${cohortUrl}/startups/${startup.id}/mentors`)
        .send({ mentorId: mentor.id })
        .expect(403);
      const members = await viewer.agent.get(`${cohortUrl}/startups`).expect(200);
      expect((members.body as CohortStartup[]).map((m) => m.status)).toEqual(['applied']);
    });

    it('lets a manager change a cohort but only an admin delete it', async () => {
      const cohort = await createCohort();
      await writer().patch(`${BASE}/${cohort.id}`).send({ status: 'running' }).expect(200);
      await writer().delete(`${BASE}/${cohort.id}`).expect(403);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${cohort.id}`).expect(204);
      await viewer.agent.get(`${BASE}/${cohort.id}`).expect(404);
    });
  });

  describe('create and edit', () => {
    it('stores a cohort with its programme and zero counts, and records its creation', async () => {
      const cohort = await createCohort({ name: ' Spring ', status: 'running', capacity: 12 });
      expect(cohort).toEqual({
        id: expect.any(String),
        programme: { id: programme.id, name: programme.name },
        name: 'Spring',
        startsOn: '2026-03-01',
        endsOn: '2026-08-31',
        status: 'running',
        capacity: 12,
        counts: { applied: 0, accepted: 0, active: 0, alumni: 0, dropped: 0 },
        mentorCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const defaults = await createCohort();
      expect(defaults).toMatchObject({ status: 'planning', capacity: null });
      const entries = await activities('cohort', cohort.id);
      expect(entries).toEqual([
        expect.objectContaining({
          kind: 'created',
          actor_id: manager.user.id,
          data: expect.objectContaining({ programmeId: programme.id }),
        }),
      ]);
    });

    it('names each bad field', async () => {
      const res = await writer().post(BASE).send({
        programmeId: 'nope',
        name: '',
        startsOn: '2026-02-30',
        endsOn: '01.03.2026',
        status: 'open',
        capacity: -1,
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body as ApiErrorBody)).toEqual([
        'capacity',
        'endsOn',
        'name',
        'programmeId',
        'startsOn',
        'status',
      ]);
      const fraction = await writer().post(BASE).send({
        programmeId: programme.id,
        name: 'x',
        startsOn: '2026-03-01',
        endsOn: '2026-03-02',
        capacity: 1.5,
      });
      expect(fieldsOf(fraction.body as ApiErrorBody)).toEqual(['capacity']);
    });

    it('rejects an unknown programme and an end before the start, naming the field', async () => {
      const unknown = await writer().post(BASE).send({
        programmeId: randomUUID(),
        name: 'Orphan',
        startsOn: '2026-03-01',
        endsOn: '2026-04-01',
      });
      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown.body as ApiErrorBody)).toEqual(['programmeId']);

      const backwards = await writer().post(BASE).send({
        programmeId: programme.id,
        name: 'Backwards',
        startsOn: '2026-03-01',
        endsOn: '2026-02-28',
      });
      expect(backwards.status).toBe(400);
      expect(fieldsOf(backwards.body as ApiErrorBody)).toEqual(['endsOn']);
      // One day is a valid cohort.
      await createCohort({ startsOn: '2026-05-05', endsOn: '2026-05-05' });
    });

    it('checks a patch against the stored values', async () => {
      const cohort = await createCohort({ startsOn: '2026-03-01', endsOn: '2026-08-31' });
      const url = `${BASE}/${cohort.id}`;
      const end = await writer().patch(url).send({ endsOn: '2026-02-01' });
      expect(end.status).toBe(400);
      expect(fieldsOf(end.body as ApiErrorBody)).toEqual(['endsOn']);
      const start = await writer().patch(url).send({ startsOn: '2026-09-01' });
      expect(start.status).toBe(400);
      expect(fieldsOf(start.body as ApiErrorBody)).toEqual(['startsOn']);
      const both = await writer().patch(url).send({ startsOn: '2026-09-01', endsOn: '2026-12-01' });
      expect(both.status).toBe(200);
      const bad = await writer().patch(url).send({ status: 'done', capacity: -3, name: null });
      expect(fieldsOf(bad.body as ApiErrorBody)).toEqual(['capacity', 'name', 'status']);
      const stored = await viewer.agent.get(url).expect(200);
      expect(stored.body).toMatchObject({ startsOn: '2026-09-01', endsOn: '2026-12-01' });
    });

    it('records edits and status moves field by field; a patch that changes nothing writes nothing', async () => {
      const cohort = await createCohort({ capacity: 5 });
      const url = `${BASE}/${cohort.id}`;
      const res = await writer().patch(url).send({ status: 'running', capacity: null });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'running', capacity: null });
      await writer().patch(url).send({ status: 'running', name: cohort.name }).expect(200);
      await writer().patch(url).send({ status: 'closed' }).expect(200);
      const entries = await activities('cohort', cohort.id);
      expect(entries.map((entry) => [entry.kind, entry.changes])).toEqual([
        ['created', null],
        [
          'updated',
          [
            { field: 'status', before: 'planning', after: 'running' },
            { field: 'capacity', before: 5, after: null },
          ],
        ],
        ['updated', [{ field: 'status', before: 'running', after: 'closed' }]],
      ]);
      expect(itemAt(entries, 1).actor_id).toBe(manager.user.id);
    });

    it('refuses a capacity below the startups that already have a place', async () => {
      const cohort = await createCohort();
      const [a, b] = [await createStartup(), await createStartup()];
      expect((await addStartups(cohort.id, [a.id, b.id], 'active')).status).toBe(201);
      const res = await writer().patch(`${BASE}/${cohort.id}`).send({ capacity: 1 });
      expect(res.status).toBe(409);
      expect(fieldsOf(res.body as ApiErrorBody)).toEqual(['capacity']);
      await writer().patch(`${BASE}/${cohort.id}`).send({ capacity: 2 }).expect(200);
    });
  });

  describe('list and detail', () => {
    it('filters by programme, status and words of cohort or programme name, latest start first', async () => {
      const word = token('lst');
      const other = await createProgramme(`Lab ${word}`);
      const early = await createCohort({
        name: `Early ${word}`,
        startsOn: '2025-01-01',
        endsOn: '2025-06-30',
      });
      const late = await createCohort({
        name: `Late ${word}`,
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        status: 'running',
      });
      const inLab = await createCohort({
        programmeId: other.id,
        name: 'Autumn',
        startsOn: '2025-09-01',
        endsOn: '2025-12-31',
      });

      const ids = async (query: Record<string, string | number>) => {
        const res = await viewer.agent.get(BASE).query(query).expect(200);
        return (res.body as Page<Cohort>).items.map((cohort) => cohort.id);
      };
      expect(await ids({ q: word })).toEqual([late.id, inLab.id, early.id]);
      expect(await ids({ q: `${word} autumn` })).toEqual([inLab.id]);
      expect(await ids({ programmeId: other.id })).toEqual([inLab.id]);
      expect(await ids({ q: word, status: 'running' })).toEqual([late.id]);
      const paged = await viewer.agent
        .get(BASE)
        .query({ q: word, pageSize: 2, page: 2 })
        .expect(200);
      expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect((paged.body as Page<Cohort>).items.map((c) => c.id)).toEqual([early.id]);

      const bad = await viewer.agent
        .get(BASE)
        .query({ status: 'open', programmeId: 'x' })
        .expect(400);
      expect(fieldsOf(bad.body as ApiErrorBody)).toEqual(['programmeId', 'status']);
    });

    it('counts startups per membership status and the pool', async () => {
      const cohort = await createCohort();
      const startups = [await createStartup(), await createStartup(), await createStartup()];
      await addStartups(cohort.id, [firstOf(startups).id, itemAt(startups, 1).id]);
      await addStartups(cohort.id, [itemAt(startups, 2).id], 'active');
      const mentor = await createMentor();
      await addMentors(cohort.id, [mentor.id]);
      const res = await viewer.agent.get(`${BASE}/${cohort.id}`).expect(200);
      expect(res.body).toMatchObject({
        counts: { applied: 2, accepted: 0, active: 1, alumni: 0, dropped: 0 },
        mentorCount: 1,
      });
      const listed = await viewer.agent.get(BASE).query({ q: cohort.name }).expect(200);
      expect((listed.body as Page<Cohort>).items[0]).toEqual(res.body);
    });
  });

  describe('membership', () => {
    it('adds startups, names unknown ids and existing members, and writes nothing then', async () => {
      const cohort = await createCohort();
      const [a, b] = [await createStartup(), await createStartup()];
      const unknown = await addStartups(cohort.id, [a.id, b.id, randomUUID()]);
      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown.body as ApiErrorBody)).toEqual(['startupIds.2']);

      const added = await addStartups(cohort.id, [a.id]);
      expect(added.status).toBe(201);
      expect(added.body).toEqual([
        {
          startup: { id: a.id, name: a.name, stage: null, city: null },
          status: 'applied',
          mentors: [],
          joinedAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      ]);
      const again = await addStartups(cohort.id, [a.id, b.id]);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(fieldsOf(again.body as ApiErrorBody)).toEqual(['startupIds.0']);
      const members = await viewer.agent.get(`${BASE}/${cohort.id}/startups`).expect(200);
      expect((members.body as CohortStartup[]).map((m) => m.startup.id)).toEqual([a.id]);

      const bad = await writer()
        .post(`${BASE}/${cohort.id}/startups`)
        .send({ startupIds: [], status: 'waiting' });
      expect(fieldsOf(bad.body as ApiErrorBody)).toEqual(['startupIds', 'status']);
      await writer()
        .post(`${BASE}/${randomUUID()}/startups`)
        .send({ startupIds: [a.id] })
        .expect(404);
    });

    it('records every add, move and removal on the startup and the cohort', async () => {
      const cohort = await createCohort();
      const startup = await createStartup();
      await addStartups(cohort.id, [startup.id]);
      const moved = await move(cohort.id, startup.id, 'active');
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ status: 'active', startup: { id: startup.id } });
      // Moving it where it is changes nothing and writes nothing.
      await move(cohort.id, startup.id, 'active').expect(200);
      await writer().delete(`${BASE}/${cohort.id}/startups/${startup.id}`).expect(204);
      await writer().delete(`${BASE}/${cohort.id}/startups/${startup.id}`).expect(404);

      const data = {
        cohortId: cohort.id,
        cohortName: cohort.name,
        startupId: startup.id,
        startupName: startup.name,
      };
      const expected = [
        [null, 'applied'],
        ['applied', 'active'],
        ['active', null],
      ].map(([before, after]) => ({
        kind: 'membership',
        actor_id: manager.user.id,
        changes: [{ field: 'status', before, after }],
        data,
      }));
      const onStartup = (await activities('startup', startup.id)).filter(
        (e) => e.kind === 'membership',
      );
      const onCohort = (await activities('cohort', cohort.id)).filter(
        (e) => e.kind === 'membership',
      );
      expect(onStartup).toEqual(expected.map((e) => expect.objectContaining(e)));
      expect(onCohort).toEqual(expected.map((e) => expect.objectContaining(e)));
    });

    it('refuses a move into a full cohort with a 409 naming status, and lets other moves pass', async () => {
      const cohort = await createCohort({ capacity: 2 });
      const [a, b, c] = [await createStartup(), await createStartup(), await createStartup()];
      await addStartups(cohort.id, [a.id, b.id], 'accepted');
      await addStartups(cohort.id, [c.id]);
      const full = await move(cohort.id, c.id, 'active');
      expect(full.status).toBe(409);
      expect(fieldsOf(full.body as ApiErrorBody)).toEqual(['status']);
      expect(messageOf(full.body as ApiErrorBody, 'status')).toBe('the cohort is full (2 of 2)');
      // Accepted → active keeps the place it has; applicants and dropped ones take none.
      await move(cohort.id, a.id, 'active').expect(200);
      await move(cohort.id, c.id, 'dropped').expect(200);
      await move(cohort.id, b.id, 'alumni').expect(200);
      await move(cohort.id, c.id, 'active').expect(200);
      const tooMany = await addStartups(cohort.id, [(await createStartup()).id], 'accepted');
      expect(tooMany.status).toBe(409);
      expect(fieldsOf(tooMany.body as ApiErrorBody)).toEqual(['status']);
      const stored = await viewer.agent.get(`${BASE}/${cohort.id}`).expect(200);
      expect((stored.body as Cohort).counts).toMatchObject({ active: 2, alumni: 1, applied: 0 });
      const bad = await move(cohort.id, a.id, 'graduated');
      expect(fieldsOf(bad.body as ApiErrorBody)).toEqual(['status']);
    });

    it('lets parallel moves into the last place take turns: one passes, the others get the 409', async () => {
      const cohort = await createCohort({ capacity: 1 });
      const startups = await Promise.all(Array.from({ length: 5 }, () => createStartup()));
      await addStartups(
        cohort.id,
        startups.map((s) => s.id),
      );
      const results = await Promise.all(startups.map((s) => move(cohort.id, s.id, 'accepted')));
      expect(results.map((res) => res.status).sort()).toEqual([200, 409, 409, 409, 409]);
      const stored = await viewer.agent.get(`${BASE}/${cohort.id}`).expect(200);
      expect((stored.body as Cohort).counts).toMatchObject({ accepted: 1, applied: 4 });
    });
  });

  describe('mentor pool and mentorships', () => {
    it('adds mentors to the pool with their load, naming unknown ids and duplicates', async () => {
      const cohort = await createCohort();
      const [m1, m2] = [await createMentor(3), await createMentor(1)];
      const unknown = await addMentors(cohort.id, [m1.id, randomUUID()]);
      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown.body as ApiErrorBody)).toEqual(['mentorIds.1']);
      const added = await addMentors(cohort.id, [m1.id, m2.id]);
      expect(added.status).toBe(201);
      expect((added.body as CohortPoolMentor[]).map((p) => p.mentor.id).sort()).toEqual(
        [m1.id, m2.id].sort(),
      );
      const again = await addMentors(cohort.id, [m2.id]);
      expect(again.status).toBe(409);
      expect(fieldsOf(again.body as ApiErrorBody)).toEqual(['mentorIds.0']);

      const pool = await viewer.agent.get(`${BASE}/${cohort.id}/mentors`).expect(200);
      expect((pool.body as CohortPoolMentor[]).find((p) => p.mentor.id === m1.id)).toEqual({
        mentor: { id: m1.id, fullName: m1.fullName, expertise: [], capacity: 3, city: null },
        load: 0,
        offered: 0,
        addedAt: expect.any(String),
      });
      const entries = await activities('mentor', m1.id);
      expect(entries).toEqual([
        expect.objectContaining({
          kind: 'pool',
          data: expect.objectContaining({ cohortId: cohort.id, action: 'added' }),
        }),
      ]);
      expect((await activities('cohort', cohort.id)).filter((e) => e.kind === 'pool')).toHaveLength(
        2,
      );
    });

    it('assigns a pool mentor to a member, shows it on the card and in the load, and ends it', async () => {
      const cohort = await createCohort();
      const startup = await createStartup();
      const outsider = await createStartup();
      const mentor = await createMentor(2);
      const stranger = await createMentor(2);
      await addStartups(cohort.id, [startup.id]);
      await addMentors(cohort.id, [mentor.id]);

      const notInPool = await assign(cohort.id, startup.id, stranger.id);
      expect(notInPool.status).toBe(400);
      expect(fieldsOf(notInPool.body as ApiErrorBody)).toEqual(['mentorId']);
      await assign(cohort.id, outsider.id, mentor.id).expect(404);

      const assigned = await assign(cohort.id, startup.id, mentor.id);
      expect(assigned.status).toBe(201);
      const card = assigned.body as CohortStartup;
      expect(card.mentors).toEqual([
        { id: mentor.id, fullName: mentor.fullName, mentorshipId: expect.any(String) },
      ]);
      const twice = await assign(cohort.id, startup.id, mentor.id);
      expect(twice.status).toBe(409);
      expect(fieldsOf(twice.body as ApiErrorBody)).toEqual(['mentorId']);

      const pool = await viewer.agent.get(`${BASE}/${cohort.id}/mentors`).expect(200);
      expect(firstOf(pool.body as CohortPoolMentor[]).load).toBe(1);
      const members = await viewer.agent.get(`${BASE}/${cohort.id}/startups`).expect(200);
      expect(firstOf(members.body as CohortStartup[]).mentors).toEqual(card.mentors);

      const url = `${BASE}/${cohort.id}/startups/${startup.id}/mentors/${mentor.id}`;
      await writer().delete(url).expect(204);
      await writer().delete(url).expect(404);
      const row = firstOf(
        (await db.query(`SELECT ended_at FROM mentorships WHERE id = $1`, [
          firstOf(card.mentors).mentorshipId,
        ])) as { ended_at: Date | null }[],
      );
      expect(row.ended_at).toBeInstanceOf(Date);

      for (const [type, id] of [
        ['startup', startup.id],
        ['mentor', mentor.id],
      ] as const) {
        const entries = (await activities(type, id)).filter((e) => e.kind === 'mentorship');
        expect(entries.map((e) => e.data?.action)).toEqual(['assigned', 'ended']);
        expect(firstOf(entries).data).toMatchObject({
          cohortId: cohort.id,
          startupId: startup.id,
          mentorId: mentor.id,
          mentorshipId: firstOf(card.mentors).mentorshipId,
        });
      }
    });

    it('refuses a mentor at capacity, counting live mentorships in every cohort', async () => {
      const [first, second] = [await createCohort(), await createCohort()];
      const [a, b] = [await createStartup(), await createStartup()];
      const mentor = await createMentor(1);
      await addStartups(first.id, [a.id]);
      await addStartups(second.id, [b.id]);
      await addMentors(first.id, [mentor.id]);
      await addMentors(second.id, [mentor.id]);
      await assign(first.id, a.id, mentor.id).expect(201);
      const full = await assign(second.id, b.id, mentor.id);
      expect(full.status).toBe(409);
      expect(fieldsOf(full.body as ApiErrorBody)).toEqual(['mentorId']);
      expect(messageOf(full.body as ApiErrorBody, 'mentorId')).toBe(
        `${mentor.fullName} has no free place (1 of 1)`,
      );
      // Removing the startup from the first cohort ends its mentorship and frees the place.
      await writer().delete(`${BASE}/${first.id}/startups/${a.id}`).expect(204);
      await assign(second.id, b.id, mentor.id).expect(201);
    });

    it('lets only one of several parallel assignments take a mentor’s last place', async () => {
      const cohort = await createCohort();
      // Several at once, so that without the lock at least two would read the same load.
      const startups = await Promise.all(Array.from({ length: 6 }, () => createStartup()));
      const mentor = await createMentor(1);
      await addStartups(
        cohort.id,
        startups.map((s) => s.id),
      );
      await addMentors(cohort.id, [mentor.id]);
      const results = await Promise.all(startups.map((s) => assign(cohort.id, s.id, mentor.id)));
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const { live } = firstOf(
        (await db.query(
          `SELECT count(*)::int AS live FROM mentorships WHERE mentor_id = $1 AND ended_at IS NULL`,
          [mentor.id],
        )) as { live: number }[],
      );
      expect(live).toBe(1);
    });

    it('ends a mentor’s mentorships in the cohort when they leave its pool', async () => {
      const cohort = await createCohort();
      const startup = await createStartup();
      const mentor = await createMentor(2);
      await addStartups(cohort.id, [startup.id]);
      await addMentors(cohort.id, [mentor.id]);
      await assign(cohort.id, startup.id, mentor.id).expect(201);
      await writer().delete(`${BASE}/${cohort.id}/mentors/${mentor.id}`).expect(204);
      await writer().delete(`${BASE}/${cohort.id}/mentors/${mentor.id}`).expect(404);
      const members = await viewer.agent.get(`${BASE}/${cohort.id}/startups`).expect(200);
      expect(firstOf(members.body as CohortStartup[]).mentors).toEqual([]);
      const entries = await activities('mentor', mentor.id);
      expect(entries.map((e) => [e.kind, e.data?.action]).sort()).toEqual([
        ['mentorship', 'assigned'],
        ['mentorship', 'ended'],
        ['pool', 'added'],
        ['pool', 'removed'],
      ]);
    });
  });

  describe('closing versus deleting', () => {
    it('keeps a closed cohort with its startups; deleting removes it but not the startups or their history', async () => {
      const cohort = await createCohort({ status: 'running' });
      const startup = await createStartup();
      const mentor = await createMentor();
      await addStartups(cohort.id, [startup.id], 'active');
      await addMentors(cohort.id, [mentor.id]);
      await assign(cohort.id, startup.id, mentor.id).expect(201);

      await writer().patch(`${BASE}/${cohort.id}`).send({ status: 'closed' }).expect(200);
      const closed = await viewer.agent
        .get(BASE)
        .query({ status: 'closed', q: cohort.name })
        .expect(200);
      expect((closed.body as Page<Cohort>).items.map((c) => c.id)).toEqual([cohort.id]);
      const kept = await viewer.agent.get(`${BASE}/${cohort.id}/startups`).expect(200);
      expect(firstOf(kept.body as CohortStartup[]).status).toBe('active');

      await write(admin.agent, admin.csrf).delete(`${BASE}/${cohort.id}`).expect(204);
      await viewer.agent.get(`${BASE}/${cohort.id}`).expect(404);
      await viewer.agent.get(`${BASE}/${cohort.id}/startups`).expect(404);
      await viewer.agent.get(`/api/v1/startups/${startup.id}`).expect(200);
      const { n } = firstOf(
        (await db.query(`SELECT count(*)::int AS n FROM cohort_startups WHERE cohort_id = $1`, [
          cohort.id,
        ])) as { n: number }[],
      );
      expect(n).toBe(0);
      const left = (await activities('startup', startup.id)).filter(
        (e) => e.kind === 'membership' && e.changes?.[0]?.after === null,
      );
      expect(left).toHaveLength(1);
      expect(left[0]).toMatchObject({
        kind: 'membership',
        actor_id: admin.user.id,
        changes: [{ field: 'status', before: 'active', after: null }],
        data: expect.objectContaining({ cohortId: cohort.id, cohortDeleted: true }),
      });
      const mentorEntries = await activities('mentor', mentor.id);
      expect(mentorEntries.map((e) => [e.kind, e.data?.action]).sort()).toEqual([
        ['mentorship', 'assigned'],
        ['mentorship', 'ended'],
        ['pool', 'added'],
        ['pool', 'removed'],
      ]);
      // The cohort's own timeline goes with it.
      expect(await activities('cohort', cohort.id)).toEqual([]);
    });
  });
});
