import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import {
  type TimelinePage,
  type ApiErrorBody,
  MAX_TAGS,
  type ListPage,
  QUEUES,
  type Startup,
  type StartupListItem,
} from '@kohorte/contracts';
import { MailSendHandler } from '@kohorte/server/mail';
import { StartupsService } from '@kohorte/server/startups';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/startups';

/** A word no other test uses, so that searches and filters see only this test's startups. */
function token(label: string): string {
  return `${label}${randomBytes(4).toString('hex')}`;
}

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

function messagesOf(body: ApiErrorBody, field: string): string {
  return (body.errors ?? []).find((error) => error.field === field)?.messages.join(' ') ?? '';
}

describe('startups API', () => {
  let app: INestApplication;
  let manager: TestAgent;
  let viewer: TestAgent;
  let admin: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
    admin = await signedInAgent(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  async function create(body: Record<string, unknown>): Promise<Startup> {
    const res = await write(manager.agent, manager.csrf).post(BASE).send(body);
    expect(res.status).toBe(201);
    return res.body as Startup;
  }

  async function list(query: Record<string, string | number>): Promise<ListPage<StartupListItem>> {
    const res = await viewer.agent.get(BASE).query(query);
    expect(res.status).toBe(200);
    return res.body as ListPage<StartupListItem>;
  }

  async function row(id: string): Promise<Record<string, unknown>> {
    return firstOf(
      (await db.query('SELECT * FROM startups WHERE id = $1', [id])) as Record<string, unknown>[],
    );
  }

  describe('access', () => {
    it('answers 401 to an anonymous reader', async () => {
      await request(app.getHttpServer()).get(BASE).expect(401);
      await request(app.getHttpServer()).get('/api/v1/vocabularies').expect(401);
    });

    it('lets a viewer read but not write', async () => {
      await viewer.agent.get(BASE).expect(200);
      const res = await write(viewer.agent, viewer.csrf).post(BASE).send({ name: 'Not allowed' });
      expect(res.status).toBe(403);
      const created = await create({ name: token('Allowed') });
      await write(viewer.agent, viewer.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ city: 'x' })
        .expect(403);
      await write(viewer.agent, viewer.csrf).post(`${BASE}/${created.id}/archive`).expect(403);
    });

    it('lets a manager create', async () => {
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({ name: 'Manager made' });
      expect(res.status).toBe(201);
    });
  });

  describe('create and read', () => {
    it('stores every field, records who created it and queues the score job', async () => {
      const body = {
        name: '  Acme Robotics  ',
        oneLiner: 'Robots that pick strawberries',
        description: 'We build picking robots for farms.',
        website: 'https://acme.example.com',
        foundedOn: '2023-05-01',
        stage: 'seed',
        sectors: ['agritech-food', 'industry-4-0'],
        teamSize: 7,
        city: 'Leipzig',
        fundingRaisedEur: 250_000,
        fundingSoughtEur: 1_500_000_000,
        languages: ['de', 'en'],
        topics: ['fundraising', 'b2b-sales'],
        tags: ['EXIST', 'Batch 2025'],
      };
      const created = await create(body);
      expect(created).toEqual({
        ...body,
        name: 'Acme Robotics',
        id: expect.any(String),
        status: 'active',
        profileCompleteness: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const read = await viewer.agent.get(`${BASE}/${created.id}`).expect(200);
      expect(read.body).toEqual(created);
      // The list reads its rows with its own SQL: it must show the very same values, and only
      // the columns the list shows.
      const listed = await list({ q: 'strawberries picking' });
      const { id, name, oneLiner, stage, sectors, tags, city, foundedOn, teamSize, status } =
        created;
      expect(listed.items.find((startup) => startup.id === created.id)).toEqual({
        ...{ id, name, oneLiner, stage, sectors, tags, city, foundedOn, teamSize, status },
        profileCompleteness: created.profileCompleteness,
        updatedAt: created.updatedAt,
      });

      const stored = await row(created.id);
      expect(stored).toMatchObject({
        revision: 1,
        created_by: manager.user.id,
        updated_by: manager.user.id,
      });

      const queue = app.get<Queue>(getQueueToken(QUEUES.startups));
      const job = await queue.getJob(`startup.score-profile.${created.id}.1`);
      expect(job?.name).toBe('startup.score-profile');
      // `meta` carries the request's id to the worker's log lines.
      expect(job?.data).toEqual({
        startupId: created.id,
        revision: 1,
        meta: { requestId: expect.any(String) },
      });
    });

    it('fills unset fields with null and empty lists', async () => {
      const created = await create({ name: 'Bare', city: '   ', website: '' });
      expect(created).toMatchObject({
        oneLiner: null,
        website: null,
        city: null,
        stage: null,
        sectors: [],
        languages: [],
        topics: [],
        tags: [],
        teamSize: null,
      });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const missing = await viewer.agent.get(`${BASE}/00000000-0000-4000-8000-000000000000`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });

      const malformed = await viewer.agent.get(`${BASE}/not-a-uuid`);
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed.body)).toEqual(['id']);
    });
  });

  describe('validation', () => {
    it('lists every invalid field of a body', async () => {
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({
          name: 'Invalid Ltd',
          website: 'ftp://files.example.com',
          teamSize: -1,
          foundedOn: '2999-01-01',
          fundingSoughtEur: 10 ** 13,
          sectors: ['fintech', 'fintech'],
          hacker: true,
        });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(
        ['foundedOn', 'fundingSoughtEur', 'hacker', 'sectors.1', 'teamSize', 'website'].sort(),
      );
      const codes = Object.fromEntries(
        (res.body as ApiErrorBody).errors!.map((error) => [error.field, error.code]),
      );
      expect(codes).toEqual({
        foundedOn: 'future',
        fundingSoughtEur: 'tooLarge',
        hacker: 'unknownField',
        'sectors.1': 'repeated',
        teamSize: 'tooSmall',
        website: 'notUrl',
      });
      expect(messagesOf(res.body, 'website')).toBe(
        '"ftp://files.example.com" is not a web address (e.g. www.example.com)',
      );
      expect(messagesOf(res.body, 'foundedOn')).toBe('2999-01-01 is in the future');
    });

    it('rejects a missing or blank name, impossible dates and malformed keys', async () => {
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({ name: '   ', foundedOn: '2023-02-30', stage: 'Seed Stage', website: 'https://' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['foundedOn', 'name', 'stage', 'website']);

      const noName = await write(manager.agent, manager.csrf).post(BASE).send({ city: 'Leipzig' });
      expect(fieldsOf(noName.body)).toEqual(['name']);
    });

    it('rejects unknown vocabulary keys, naming the field and the key meant', async () => {
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({
          name: 'Typo GmbH',
          stage: 'sed',
          sectors: ['fintech', 'fintek'],
          topics: ['astrology'],
        });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['sectors.1', 'stage', 'topics.0']);
      expect(messagesOf(res.body, 'stage')).toMatch(/"sed".*"seed"/);
      expect(messagesOf(res.body, 'sectors.1')).toMatch(/"fintech"/);
      expect(messagesOf(res.body, 'topics.0')).toMatch(/known topics: .*fundraising/);
      const { count } = firstOf(
        (await db.query(
          `SELECT count(*)::int AS count FROM startups WHERE name = 'Typo GmbH'`,
        )) as { count: number }[],
      );
      expect(count).toBe(0);
    });

    it('rejects bad query parameters', async () => {
      for (const [query, field] of [
        [{ pageSize: 1000 }, 'pageSize'],
        [{ pageSize: 0 }, 'pageSize'],
        [{ page: 'two' }, 'page'],
        [{ sort: 'evil' }, 'sort'],
        [{ order: 'sideways' }, 'order'],
        [{ status: 'deleted' }, 'status'],
        [{ q: 'x'.repeat(201) }, 'q'],
        [{ evil: '1' }, 'evil'],
      ] as const) {
        const res = await viewer.agent.get(BASE).query(query);
        expect({ query, status: res.status, fields: fieldsOf(res.body) }).toEqual({
          query,
          status: 400,
          fields: [field],
        });
      }
    });
  });

  describe('update', () => {
    it('changes only the given fields, clears nulls and bumps the revision', async () => {
      const created = await create({
        name: 'Patchable',
        city: 'Halle',
        teamSize: 3,
        stage: 'idea',
      });
      const res = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ city: null, teamSize: 4, sectors: ['fintech'] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'Patchable',
        city: null,
        teamSize: 4,
        stage: 'idea',
        sectors: ['fintech'],
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
      expect(await row(created.id)).toMatchObject({ revision: 2, updated_by: manager.user.id });

      // A patch that changes nothing writes nothing.
      const same = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ teamSize: 4 })
        .expect(200);
      expect(same.body.updatedAt).toBe(res.body.updatedAt);
      expect(await row(created.id)).toMatchObject({ revision: 2 });
    });

    it('writes nothing when any part of a patch is rejected', async () => {
      const created = await create({ name: 'Unchanged', city: 'Dresden', sectors: ['edtech'] });
      const before = await row(created.id);
      const unknownKey = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ city: 'Berlin', sectors: ['edtech', 'spacetech-x'] });
      expect(unknownKey.status).toBe(400);
      expect(fieldsOf(unknownKey.body)).toEqual(['sectors.1']);

      const invalid = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ city: 'Berlin', name: null, languages: null });
      expect(invalid.status).toBe(400);
      expect(fieldsOf(invalid.body)).toEqual(['languages', 'name']);

      expect(await row(created.id)).toEqual(before);
    });

    it('answers 404 for an unknown startup', async () => {
      await write(manager.agent, manager.csrf)
        .patch(`${BASE}/00000000-0000-4000-8000-000000000000`)
        .send({ city: 'Berlin' })
        .expect(404);
    });
  });

  describe('archive and restore', () => {
    it('archives and restores, idempotently, and hides archived startups by default', async () => {
      const city = token('Archivetown');
      const created = await create({ name: 'Archivable', city });

      const archived = await write(manager.agent, manager.csrf)
        .post(`${BASE}/${created.id}/archive`)
        .expect(200);
      expect(archived.body.status).toBe('archived');
      expect((await row(created.id)).archived_at).toBeInstanceOf(Date);

      const again = await write(manager.agent, manager.csrf)
        .post(`${BASE}/${created.id}/archive`)
        .expect(200);
      expect(again.body).toEqual(archived.body);

      expect((await list({ city })).total).toBe(0);
      expect((await list({ city, status: 'archived' })).items.map((s) => s.id)).toEqual([
        created.id,
      ]);

      const restored = await write(manager.agent, manager.csrf)
        .post(`${BASE}/${created.id}/restore`)
        .expect(200);
      expect(restored.body.status).toBe('active');
      expect((await row(created.id)).archived_at).toBeNull();
      await write(manager.agent, manager.csrf).post(`${BASE}/${created.id}/restore`).expect(200);
      expect((await list({ city })).total).toBe(1);
    });

    it('answers 404 for an unknown startup', async () => {
      await write(manager.agent, manager.csrf)
        .post(`${BASE}/00000000-0000-4000-8000-000000000000/archive`)
        .expect(404);
    });
  });

  describe('list', () => {
    it('finds by a word of the description, a part of the name, ignoring case', async () => {
      const word = token('quantumfarm');
      const nameWord = token('Zephyr');
      const byDescription = await create({
        name: 'Described',
        description: `We do ${word} things`,
      });
      const byName = await create({ name: `${nameWord}ix Labs` });

      expect((await list({ q: word.toUpperCase() })).items.map((s) => s.id)).toEqual([
        byDescription.id,
      ]);
      expect((await list({ q: nameWord.slice(1).toLowerCase() })).items.map((s) => s.id)).toEqual([
        byName.id,
      ]);
      // Every word must match.
      expect((await list({ q: `${nameWord} labs` })).total).toBe(1);
      expect((await list({ q: `${nameWord} ${word}` })).total).toBe(0);
    });

    it('matches % and _ literally', async () => {
      const tag = token('esc');
      const percent = await create({ name: `50% Solar ${tag}` });
      await create({ name: `500 Bikes ${tag}` });
      const underscore = await create({ name: `alpha_beta ${tag}` });
      await create({ name: `alphaxbeta ${tag}` });

      const ids = async (q: string) => (await list({ q: `${q} ${tag}` })).items.map((s) => s.id);
      expect(await ids('50%')).toEqual([percent.id]);
      expect(await ids('a_b')).toEqual([underscore.id]);
      expect(await ids('%')).toEqual([percent.id]);
    });

    it('filters by stage, sector, city (ignoring case) and status', async () => {
      const city = token('Filterstadt');
      const a = await create({ name: 'A', city, stage: 'seed', sectors: ['fintech', 'proptech'] });
      const b = await create({
        name: 'B',
        city: city.toUpperCase(),
        stage: 'seed',
        sectors: ['edtech'],
      });
      const c = await create({ name: 'C', city, stage: 'idea', sectors: ['proptech'] });
      const ids = async (query: Record<string, string>) =>
        (await list({ city: city.toLowerCase(), ...query })).items.map((s) => s.id);

      expect(await ids({})).toEqual([a.id, b.id, c.id]);
      expect(await ids({ stage: 'seed' })).toEqual([a.id, b.id]);
      expect(await ids({ sector: 'proptech' })).toEqual([a.id, c.id]);
      expect(await ids({ stage: 'seed', sector: 'proptech' })).toEqual([a.id]);
      await write(manager.agent, manager.csrf).post(`${BASE}/${b.id}/archive`).expect(200);
      expect(await ids({ stage: 'seed' })).toEqual([a.id]);
      expect(await ids({ status: 'archived' })).toEqual([b.id]);
    });

    it('pages with the right sizes and totals, without overlap when sort keys tie', async () => {
      const city = token('Pagingen');
      const created: string[] = [];
      for (let i = 0; i < 7; i++) created.push((await create({ name: 'Same Name', city })).id);

      for (const order of ['asc', 'desc']) {
        const pages = [];
        for (const page of [1, 2, 3]) pages.push(await list({ city, pageSize: 3, page, order }));
        expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
        expect(pages.map((p) => [p.total, p.page, p.pageSize])).toEqual([
          [7, 1, 3],
          [7, 2, 3],
          [7, 3, 3],
        ]);
        const seen = pages.flatMap((p) => p.items.map((s) => s.id));
        expect([...seen].sort()).toEqual([...created].sort());
      }
      const beyond = await list({ city, pageSize: 3, page: 4 });
      expect([beyond.items.length, beyond.total]).toEqual([0, 7]);
      expect((await list({ city })).pageSize).toBe(25);
    });

    it('sorts by each field, stages in their list order, empty values last', async () => {
      const city = token('Sortheim');
      const growth = await create({
        name: 'Bravo',
        city,
        stage: 'growth',
        foundedOn: '2020-01-01',
      });
      const idea = await create({ name: 'alpha', city, stage: 'idea', foundedOn: '2024-01-01' });
      const none = await create({ name: 'Charlie', city });
      const seed = await create({ name: 'delta', city, stage: 'seed', foundedOn: '2022-01-01' });
      const ids = async (sort: string, order = 'asc') =>
        (await list({ city, sort, order })).items.map((s) => s.id);

      expect(await ids('name')).toEqual([idea.id, growth.id, none.id, seed.id]);
      expect(await ids('stage')).toEqual([idea.id, seed.id, growth.id, none.id]);
      expect(await ids('stage', 'desc')).toEqual([growth.id, seed.id, idea.id, none.id]);
      expect(await ids('foundedOn', 'desc')).toEqual([idea.id, seed.id, growth.id, none.id]);
      expect(await ids('createdAt', 'desc')).toEqual([seed.id, none.id, idea.id, growth.id]);
    });
  });

  describe('tags', () => {
    it('stores tags trimmed, without repeats that differ only in case', async () => {
      const created = await create({
        name: 'Tagged Ltd',
        tags: ['  EXIST ', 'Batch   2025', 'exist', 'B2B'],
      });
      expect(created.tags).toEqual(['EXIST', 'Batch 2025', 'B2B']);
      const patched = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ tags: [] })
        .expect(200);
      expect(patched.body.tags).toEqual([]);
    });

    it('rejects bad tags by index, too many tags, and non-lists, writing nothing', async () => {
      const name = token('BadTags');
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({ name, tags: ['fine', '#nope', ' ', 'x'.repeat(41)], sectors: ['fintek'] });
      expect(res.status).toBe(400);
      // Tag and vocabulary problems come in one answer.
      expect(fieldsOf(res.body)).toEqual(['sectors.0', 'tags.1', 'tags.2', 'tags.3']);
      expect(messagesOf(res.body, 'tags.1')).toMatch(/"#nope" is not a valid tag/);

      const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag ${i}`);
      const tooMany = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({ name, tags: many });
      expect(fieldsOf(tooMany.body)).toEqual(['tags']);
      // Repeats do not count against the limit.
      await create({ name: token('Repeats'), tags: [...many.slice(0, MAX_TAGS), 'TAG 0'] });

      for (const tags of ['EXIST', [1, 2], null]) {
        const wrong = await write(manager.agent, manager.csrf).post(BASE).send({ name, tags });
        expect({ tags, fields: fieldsOf(wrong.body) }).toEqual({ tags, fields: ['tags'] });
      }
      const { count } = firstOf(
        (await db.query(`SELECT count(*)::int AS count FROM startups WHERE name = $1`, [name])) as {
          count: number;
        }[],
      );
      expect(count).toBe(0);
    });

    it('filters the list by a tag, with the other filters', async () => {
      const city = token('Tagstadt');
      const tag = token('Cohort');
      const a = await create({ name: 'A', city, tags: [tag, 'other'] });
      await create({ name: 'B', city, tags: ['other'] });
      const c = await create({ name: 'C', city, tags: [tag], stage: 'seed' });
      await create({ name: 'D', tags: [tag] });
      const ids = async (query: Record<string, string>) =>
        (await list({ city, ...query })).items.map((s) => s.id);

      expect(await ids({ tag })).toEqual([a.id, c.id]);
      expect(await ids({ tag, stage: 'seed' })).toEqual([c.id]);
      expect(firstOf((await list({ city, tag })).items).tags).toEqual([tag, 'other']);

      const bad = await viewer.agent.get(BASE).query({ tag: 'x'.repeat(41) });
      expect(fieldsOf(bad.body)).toEqual(['tag']);
    });
  });

  describe('export (listAll)', () => {
    it('returns every match in the list order, beyond any page size', async () => {
      const city = token('Exportheim');
      await db.query(
        `INSERT INTO startups (name, city) SELECT 'Bulk ' || lpad(g::text, 4, '0'), $1
         FROM generate_series(1, 1005) g`,
        [city],
      );
      const tagged = await create({ name: 'Bulk 0000', city, tags: ['export-me'] });
      const service = app.get(StartupsService);

      const all = await service.listAll({ city, sort: 'name', order: 'desc' });
      expect(all).toHaveLength(1006);
      expect(firstOf(all).name).toBe('Bulk 1005');
      expect(all[1005]).toEqual((await viewer.agent.get(`${BASE}/${tagged.id}`)).body);
      const names = all.map((s) => s.name);
      expect(names).toEqual([...names].sort().reverse());

      expect((await service.listAll({ city, tag: 'export-me' })).map((s) => s.id)).toEqual([
        tagged.id,
      ]);
    });
  });

  describe('delete (erasure)', () => {
    it('is for admins only', async () => {
      const created = await create({ name: token('Keep') });
      await write(manager.agent, manager.csrf).delete(`${BASE}/${created.id}`).expect(403);
      await write(viewer.agent, viewer.csrf).delete(`${BASE}/${created.id}`).expect(403);
      await request(app.getHttpServer()).delete(`${BASE}/${created.id}`).expect(401);
      await viewer.agent.get(`${BASE}/${created.id}`).expect(200);
    });

    it('erases the startup with its contacts, memberships, mentorships and timeline', async () => {
      const created = await create({ name: token('Erase'), city: 'Jena' });
      await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${created.id}`)
        .send({ city: 'Gera' })
        .expect(200);
      await write(manager.agent, manager.csrf)
        .post('/api/v1/notes')
        .send({ subjectType: 'startup', subjectId: created.id, body: 'About to go' })
        .expect(201);
      await write(manager.agent, manager.csrf)
        .post(`${BASE}/${created.id}/contacts`)
        .send({ fullName: 'Founder', email: uniqueEmail('erase') })
        .expect(201);
      const { id: programmeId } = firstOf(
        (await db.query(
          `INSERT INTO programmes (name) VALUES ('Erasure programme') RETURNING id`,
        )) as { id: string }[],
      );
      const { id: cohortId } = firstOf(
        (await db.query(
          `INSERT INTO cohorts (programme_id, name, starts_on, ends_on)
         VALUES ($1, 'Erasure cohort', '2025-01-01', '2025-06-30') RETURNING id`,
          [programmeId],
        )) as { id: string }[],
      );
      const { id: mentorId } = firstOf(
        (await db.query(
          `INSERT INTO mentors (full_name, email) VALUES ('Erasure Mentor', $1) RETURNING id`,
          [uniqueEmail('mentor')],
        )) as { id: string }[],
      );
      await db.query(`INSERT INTO cohort_startups (cohort_id, startup_id) VALUES ($1, $2)`, [
        cohortId,
        created.id,
      ]);
      await db.query(
        `INSERT INTO mentorships (cohort_id, startup_id, mentor_id) VALUES ($1, $2, $3)`,
        [cohortId, created.id, mentorId],
      );
      const timeline = await viewer.agent
        .get('/api/v1/timeline')
        .query({ subjectType: 'startup', subjectId: created.id })
        .expect(200);
      expect((timeline.body as TimelinePage).total).toBe(4);
      // Its founders' mails and links, one sent (with its link token) and one still pending;
      // and another startup's, which stay.
      const other = await create({ name: token('Stays') });
      await write(manager.agent, manager.csrf)
        .post(`${BASE}/${other.id}/contacts`)
        .send({ fullName: 'Other Founder', email: uniqueEmail('stays') })
        .expect(201);
      for (const id of [created.id, created.id, other.id]) {
        await write(manager.agent, manager.csrf).post(`${BASE}/${id}/profile-requests`).expect(202);
      }
      const mails = (await db.query(
        `SELECT id FROM mail_outbox WHERE subject_id = ANY($1) ORDER BY created_at`,
        [[created.id, other.id]],
      )) as { id: string }[];
      expect(mails).toHaveLength(3);
      for (const { id } of [itemAt(mails, 0), itemAt(mails, 2)]) {
        await expect(app.get(MailSendHandler).send(id)).resolves.toBe('sent');
      }
      const mailAndLinks = async (id: string) =>
        (
          (await db.query(
            `SELECT (SELECT count(*) FROM mail_outbox WHERE subject_id = $1
                       OR data -> 'link' ->> 'subjectId' = $1::text)::int AS mails,
                    (SELECT count(*) FROM link_tokens WHERE subject_id = $1)::int AS links`,
            [id],
          )) as { mails: number; links: number }[]
        )[0];
      expect(await mailAndLinks(created.id)).toEqual({ mails: 2, links: 1 });

      await write(admin.agent, admin.csrf).delete(`${BASE}/${created.id}`).expect(204);

      expect(await mailAndLinks(created.id)).toEqual({ mails: 0, links: 0 });
      expect(await mailAndLinks(other.id)).toEqual({ mails: 1, links: 1 });

      await viewer.agent.get(`${BASE}/${created.id}`).expect(404);
      await viewer.agent
        .get('/api/v1/timeline')
        .query({ subjectType: 'startup', subjectId: created.id })
        .expect(404);
      const [left] = (await db.query(
        `SELECT
           (SELECT count(*) FROM activities WHERE subject_id = $1)::int AS activities,
           (SELECT count(*) FROM startup_contacts WHERE startup_id = $1)::int AS contacts,
           (SELECT count(*) FROM cohort_startups WHERE startup_id = $1)::int AS memberships,
           (SELECT count(*) FROM mentorships WHERE startup_id = $1)::int AS mentorships,
           (SELECT count(*) FROM mentors WHERE id = $2)::int AS mentors`,
        [created.id, mentorId],
      )) as Record<string, number>[];
      expect(left).toEqual({
        activities: 0,
        contacts: 0,
        memberships: 0,
        mentorships: 0,
        mentors: 1,
      });

      await write(admin.agent, admin.csrf).delete(`${BASE}/${created.id}`).expect(404);
    });
  });
});
