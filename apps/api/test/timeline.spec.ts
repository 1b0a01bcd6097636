import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { TimelineEntry, TimelinePage, ApiErrorBody, Startup } from '@kohorte/contracts';
import request from 'supertest';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const ACTIVITY = '/api/v1/timeline';
const STARTUPS = '/api/v1/startups';
const MISSING = '00000000-0000-4000-8000-000000000000';

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

describe('activity API (timelines)', () => {
  let app: INestApplication;
  let manager: TestAgent;
  let viewer: TestAgent;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function createStartup(body: Record<string, unknown>): Promise<Startup> {
    const res = await write(manager.agent, manager.csrf).post(STARTUPS).send(body);
    expect(res.status).toBe(201);
    return res.body as Startup;
  }

  async function timeline(
    subjectId: string,
    query: Record<string, string | number> = {},
  ): Promise<TimelinePage> {
    const res = await viewer.agent
      .get(ACTIVITY)
      .query({ subjectType: 'startup', subjectId, ...query });
    expect(res.status).toBe(200);
    return res.body as TimelinePage;
  }

  it('records a startup’s creation, edits (before → after), archive and restore, newest first', async () => {
    const startup = await createStartup({
      name: 'Timeline AG',
      city: 'Halle',
      sectors: ['fintech'],
    });
    await write(manager.agent, manager.csrf)
      .patch(`${STARTUPS}/${startup.id}`)
      .send({ city: 'Leipzig', sectors: ['fintech', 'edtech'], teamSize: 5, name: 'Timeline AG' })
      .expect(200);
    // A patch that changes nothing leaves no entry.
    await write(manager.agent, manager.csrf)
      .patch(`${STARTUPS}/${startup.id}`)
      .send({ city: 'Leipzig' })
      .expect(200);
    await write(manager.agent, manager.csrf).post(`${STARTUPS}/${startup.id}/archive`).expect(200);
    await write(manager.agent, manager.csrf).post(`${STARTUPS}/${startup.id}/archive`).expect(200);
    await write(manager.agent, manager.csrf).post(`${STARTUPS}/${startup.id}/restore`).expect(200);

    const page = await timeline(startup.id);
    expect(page.total).toBe(4);
    expect(page.items.map((entry) => entry.kind)).toEqual([
      'restored',
      'archived',
      'updated',
      'created',
    ]);
    const actor = { id: manager.user.id, name: manager.user.name };
    expect(page.items.every((entry) => JSON.stringify(entry.actor) === JSON.stringify(actor))).toBe(
      true,
    );
    expect(itemAt(page.items, 2).changes).toEqual([
      { field: 'sectors', before: ['fintech'], after: ['fintech', 'edtech'] },
      { field: 'teamSize', before: null, after: 5 },
      { field: 'city', before: 'Halle', after: 'Leipzig' },
    ]);
  });

  it('records tag changes with the normalised tags', async () => {
    const startup = await createStartup({ name: 'Tagged', tags: ['EXIST'] });
    await write(manager.agent, manager.csrf)
      .patch(`${STARTUPS}/${startup.id}`)
      .send({ tags: [' exist ', 'Batch  2025'] })
      .expect(200);
    const updated = firstOf((await timeline(startup.id)).items);
    expect(updated.changes).toEqual([
      { field: 'tags', before: ['EXIST'], after: ['exist', 'Batch 2025'] },
    ]);
  });

  it('pages newest first', async () => {
    const startup = await createStartup({ name: 'Pager' });
    for (const body of ['one', 'two', 'three', 'four']) {
      await write(manager.agent, manager.csrf)
        .post('/api/v1/notes')
        .send({ subjectType: 'startup', subjectId: startup.id, body })
        .expect(201);
    }
    const first = await timeline(startup.id, { pageSize: 2 });
    const second = await timeline(startup.id, { pageSize: 2, page: 2 });
    const third = await timeline(startup.id, { pageSize: 2, page: 3 });
    expect([first.total, first.page, first.pageSize]).toEqual([5, 1, 2]);
    expect(first.items.map((entry: TimelineEntry) => entry.body)).toEqual(['four', 'three']);
    expect(second.items.map((entry: TimelineEntry) => entry.body)).toEqual(['two', 'one']);
    expect(third.items.map((entry: TimelineEntry) => entry.kind)).toEqual(['created']);
  });

  it('answers 404 for a record that does not exist, 400 for bad parameters', async () => {
    const startup = await createStartup({ name: 'Not a mentor' });
    for (const subjectType of ['startup', 'mentor', 'investor', 'cohort', 'programme']) {
      const res = await viewer.agent.get(ACTIVITY).query({ subjectType, subjectId: MISSING });
      expect({ subjectType, status: res.status }).toEqual({ subjectType, status: 404 });
    }
    // The id of a startup is no mentor's.
    await viewer.agent
      .get(ACTIVITY)
      .query({ subjectType: 'mentor', subjectId: startup.id })
      .expect(404);

    const bad = await viewer.agent
      .get(ACTIVITY)
      .query({ subjectType: 'planet', subjectId: 'x', pageSize: 1000 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['pageSize', 'subjectId', 'subjectType']);
  });

  it('answers 401 to anonymous callers', async () => {
    const startup = await createStartup({ name: 'Private' });
    await request(app.getHttpServer())
      .get(ACTIVITY)
      .query({ subjectType: 'startup', subjectId: startup.id })
      .expect(401);
  });
});
