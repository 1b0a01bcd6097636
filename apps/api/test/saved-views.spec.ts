import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody, SavedView } from '@kohorte/contracts';
import request from 'supertest';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';

const BASE = '/api/v1/saved-views';

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

describe('saved filters API', () => {
  let app: INestApplication;
  let manager: TestAgent;
  let other: TestAgent;
  let viewer: TestAgent;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    manager = await signedInAgent(app, 'manager');
    other = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function save(by: TestAgent, body: Record<string, unknown>): Promise<SavedView> {
    const res = await write(by.agent, by.csrf).post(BASE).send(body);
    expect(res.status).toBe(201);
    return res.body as SavedView;
  }

  async function listOf(by: TestAgent, list: string): Promise<SavedView[]> {
    const res = await by.agent.get(BASE).query({ list });
    expect(res.status).toBe(200);
    return res.body as SavedView[];
  }

  it('saves views per user and list, and lists them by name', async () => {
    const seed = await save(manager, {
      list: 'startups',
      name: '  Seed fintechs ',
      query: { stage: 'seed', sector: 'fintech', sort: 'updatedAt', order: 'desc' },
    });
    expect(seed).toEqual({
      id: expect.any(String),
      list: 'startups',
      name: 'Seed fintechs',
      query: { stage: 'seed', sector: 'fintech', sort: 'updatedAt', order: 'desc' },
      createdAt: expect.any(String),
    });
    const archived = await save(manager, {
      list: 'startups',
      name: 'archived ones',
      query: { status: 'archived' },
    });
    await save(manager, { list: 'mentors', name: 'Seed fintechs', query: {} });

    expect((await listOf(manager, 'startups')).map((f) => f.id)).toEqual([archived.id, seed.id]);
    expect((await listOf(manager, 'mentors')).map((f) => f.name)).toEqual(['Seed fintechs']);
    expect(await listOf(other, 'startups')).toEqual([]);
  });

  it('answers 409 naming name for a second view of the same name, ignoring case', async () => {
    await save(manager, { list: 'investors', name: 'Angels', query: { type: 'angel' } });
    const dup = await write(manager.agent, manager.csrf)
      .post(BASE)
      .send({ list: 'investors', name: 'ANGELS ', query: {} });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(fieldsOf(dup.body)).toEqual(['name']);
    // Another user may use the name.
    await save(other, { list: 'investors', name: 'Angels', query: {} });
  });

  it('lets nobody see or delete another user’s views', async () => {
    const mine = await save(manager, {
      list: 'cohorts',
      name: 'Running',
      query: { status: 'running' },
    });
    await write(other.agent, other.csrf).delete(`${BASE}/${mine.id}`).expect(404);
    expect((await listOf(manager, 'cohorts')).map((f) => f.id)).toEqual([mine.id]);
    expect(await listOf(other, 'cohorts')).toEqual([]);
    await write(manager.agent, manager.csrf).delete(`${BASE}/${mine.id}`).expect(204);
    expect(await listOf(manager, 'cohorts')).toEqual([]);
    await write(manager.agent, manager.csrf).delete(`${BASE}/${mine.id}`).expect(404);
  });

  it('lets viewers keep their own views', async () => {
    const view = await save(viewer, { list: 'startups', name: 'Mine', query: { city: 'Jena' } });
    expect((await listOf(viewer, 'startups')).map((f) => f.id)).toEqual([view.id]);
    await write(viewer.agent, viewer.csrf).delete(`${BASE}/${view.id}`).expect(204);
  });

  it('validates the list, the name and the query', async () => {
    const res = await write(manager.agent, manager.csrf)
      .post(BASE)
      .send({ list: 'planets', name: '', query: 'stage=seed' });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['list', 'name', 'query']);

    const long = await write(manager.agent, manager.csrf)
      .post(BASE)
      .send({ list: 'startups', name: 'x'.repeat(101), query: {} });
    expect(fieldsOf(long.body)).toEqual(['name']);

    const paging = await write(manager.agent, manager.csrf)
      .post(BASE)
      .send({ list: 'startups', name: 'Paged', query: { page: '2', stage: 7, city: 'Jena' } });
    expect(paging.status).toBe(400);
    expect(fieldsOf(paging.body)).toEqual(['query.page', 'query.stage']);

    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, 'v']));
    const tooMany = await write(manager.agent, manager.csrf)
      .post(BASE)
      .send({ list: 'startups', name: 'Many', query: many });
    expect(fieldsOf(tooMany.body)).toEqual(['query']);

    const badList = await manager.agent.get(BASE).query({ list: 'planets' });
    expect(fieldsOf(badList.body)).toEqual(['list']);
    expect(await listOf(manager, 'startups')).not.toContainEqual(
      expect.objectContaining({ name: 'Paged' }),
    );
  });

  it('answers 401 to anonymous callers', async () => {
    await request(app.getHttpServer()).get(BASE).query({ list: 'startups' }).expect(401);
  });
});
