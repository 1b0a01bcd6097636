import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody, Cohort, Page, Programme } from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/programmes';

function token(label: string): string {
  return `${label}${randomBytes(4).toString('hex')}`;
}

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

describe('programmes API', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let manager: TestAgent;
  let viewer: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    admin = await signedInAgent(app, 'admin');
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function create(body: Record<string, unknown>): Promise<Programme> {
    const res = await write(manager.agent, manager.csrf).post(BASE).send(body);
    expect(res.status).toBe(201);
    return res.body as Programme;
  }

  async function createCohort(programmeId: string): Promise<Cohort> {
    const res = await write(manager.agent, manager.csrf)
      .post('/api/v1/cohorts')
      .send({ programmeId, name: token('Cohort'), startsOn: '2026-03-01', endsOn: '2026-08-31' });
    expect(res.status).toBe(201);
    return res.body as Cohort;
  }

  async function timeline(id: string): Promise<Record<string, unknown>[]> {
    return (await db.query(
      `SELECT kind, actor_id, changes, data FROM activities
       WHERE subject_type = 'programme' AND subject_id = $1 ORDER BY created_at, id`,
      [id],
    )) as Record<string, unknown>[];
  }

  describe('access', () => {
    it('answers 401 to an anonymous reader or writer', async () => {
      await request(app.getHttpServer()).get(BASE).expect(401);
      await request(app.getHttpServer()).post(BASE).send({ name: 'x' }).expect(401);
    });

    it('lets a viewer read but not write', async () => {
      const programme = await create({ name: token('Readable') });
      await viewer.agent.get(BASE).expect(200);
      await viewer.agent.get(`${BASE}/${programme.id}`).expect(200);
      const viewerWrite = write(viewer.agent, viewer.csrf);
      await viewerWrite.post(BASE).send({ name: 'Not allowed' }).expect(403);
      await viewerWrite.patch(`${BASE}/${programme.id}`).send({ name: 'Nope' }).expect(403);
      await viewerWrite.delete(`${BASE}/${programme.id}`).expect(403);
    });

    it('lets only an admin delete', async () => {
      const programme = await create({ name: token('Deletable') });
      await write(manager.agent, manager.csrf).delete(`${BASE}/${programme.id}`).expect(403);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${programme.id}`).expect(204);
      await viewer.agent.get(`${BASE}/${programme.id}`).expect(404);
    });
  });

  describe('create, read, edit', () => {
    it('stores a programme, counts its cohorts and records who created it', async () => {
      const programme = await create({ name: '  Accelerator  ', description: ' Twelve weeks ' });
      expect(programme).toEqual({
        id: expect.any(String),
        name: 'Accelerator',
        description: 'Twelve weeks',
        cohortCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      await createCohort(programme.id);
      await createCohort(programme.id);
      const read = await viewer.agent.get(`${BASE}/${programme.id}`).expect(200);
      expect((read.body as Programme).cohortCount).toBe(2);
      expect(await timeline(programme.id)).toEqual([
        expect.objectContaining({ kind: 'created', actor_id: manager.user.id }),
      ]);
    });

    it('names each bad field', async () => {
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .send({ name: '   ', description: 'x'.repeat(5001), extra: 1 });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body as ApiErrorBody)).toEqual(['description', 'extra', 'name']);
      const patch = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${randomUUID()}`)
        .send({ name: null });
      expect(patch.status).toBe(400);
      expect(fieldsOf(patch.body as ApiErrorBody)).toEqual(['name']);
    });

    it('answers 404 for an unknown id and 400 for one that is not a UUID', async () => {
      await viewer.agent.get(`${BASE}/${randomUUID()}`).expect(404);
      const res = await viewer.agent.get(`${BASE}/not-a-uuid`).expect(400);
      expect(fieldsOf(res.body as ApiErrorBody)).toEqual(['id']);
      await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${randomUUID()}`)
        .send({ name: 'Ghost' })
        .expect(404);
    });

    it('records an edit field by field, and writes nothing for a patch that changes nothing', async () => {
      const programme = await create({ name: token('Lab') });
      const res = await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${programme.id}`)
        .send({ description: 'Hardware lab' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: programme.name, description: 'Hardware lab' });
      await write(manager.agent, manager.csrf)
        .patch(`${BASE}/${programme.id}`)
        .send({ name: programme.name, description: 'Hardware lab' })
        .expect(200);
      const entries = await timeline(programme.id);
      expect(entries.map((entry) => entry.kind)).toEqual(['created', 'updated']);
      expect(itemAt(entries, 1).changes).toEqual([
        { field: 'description', before: null, after: 'Hardware lab' },
      ]);
    });
  });

  describe('list', () => {
    it('pages by name and searches the name', async () => {
      const word = token('pgm');
      for (const name of ['Charlie', 'alpha', 'Bravo']) await create({ name: `${name} ${word}` });
      const first = await viewer.agent.get(BASE).query({ q: word, pageSize: 2 }).expect(200);
      const page = first.body as Page<Programme>;
      expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(page.items.map((p) => p.name)).toEqual([`alpha ${word}`, `Bravo ${word}`]);
      const second = await viewer.agent
        .get(BASE)
        .query({ q: word, pageSize: 2, page: 2 })
        .expect(200);
      expect((second.body as Page<Programme>).items.map((p) => p.name)).toEqual([
        `Charlie ${word}`,
      ]);
      const bad = await viewer.agent.get(BASE).query({ pageSize: 101 }).expect(400);
      expect(fieldsOf(bad.body as ApiErrorBody)).toEqual(['pageSize']);
    });
  });

  describe('delete', () => {
    it('refuses a programme that still has cohorts with a 409 naming cohorts', async () => {
      const programme = await create({ name: token('Busy') });
      const cohort = await createCohort(programme.id);
      const res = await write(admin.agent, admin.csrf).delete(`${BASE}/${programme.id}`);
      expect(res.status).toBe(409);
      const body = res.body as ApiErrorBody;
      expect(body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(fieldsOf(body)).toEqual(['cohorts']);
      expect(body.errors?.[0]?.messages[0]).toContain('1 cohort');
      await viewer.agent.get(`${BASE}/${programme.id}`).expect(200);

      await write(admin.agent, admin.csrf).delete(`/api/v1/cohorts/${cohort.id}`).expect(204);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${programme.id}`).expect(204);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${programme.id}`).expect(404);
      expect(await timeline(programme.id)).toEqual([]);
    });
  });
});
