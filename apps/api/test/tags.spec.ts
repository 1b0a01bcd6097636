import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody, TagCount } from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';

const BASE = '/api/v1/tags';

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

describe('tags API', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function tags(query: Record<string, string>): Promise<TagCount[]> {
    const res = await viewer.agent.get(BASE).query(query);
    expect(res.status).toBe(200);
    return res.body as TagCount[];
  }

  it('counts the tags of a list, most used first, by a case-insensitive prefix', async () => {
    // A prefix no other test uses, so that only these tags match.
    const p = `Zq${randomBytes(3).toString('hex')}`;
    const startups = [[`${p} Alpha`, `${p} Beta`], [`${p} alpha`], [`${p} Beta`], [`${p} Beta`]];
    for (const [index, list] of startups.entries()) {
      await write(manager.agent, manager.csrf)
        .post('/api/v1/startups')
        .send({ name: `Tagged ${index}`, tags: list })
        .expect(201);
    }

    expect(await tags({ list: 'startups', q: p.toLowerCase() })).toEqual([
      { tag: `${p} Beta`, count: 3 },
      // Ties by name ignoring case, then upper case first: the same order on every database.
      { tag: `${p} Alpha`, count: 1 },
      { tag: `${p} alpha`, count: 1 },
    ]);
    expect(await tags({ list: 'startups', q: `${p.toUpperCase()} B` })).toEqual([
      { tag: `${p} Beta`, count: 3 },
    ]);
    // Another list has its own tags.
    expect(await tags({ list: 'investors', q: p })).toEqual([]);
    await db.query(
      `INSERT INTO mentors (full_name, email, tags) VALUES ('Tagged Mentor', $1, $2)`,
      [uniqueEmail('tagged'), [`${p} Beta`]],
    );
    expect(await tags({ list: 'mentors', q: p })).toEqual([{ tag: `${p} Beta`, count: 1 }]);
  });

  it('treats LIKE wildcards in the prefix literally', async () => {
    const p = `Wc${randomBytes(3).toString('hex')}`;
    await write(manager.agent, manager.csrf)
      .post('/api/v1/startups')
      .send({ name: 'Wildcards', tags: [`${p}_x`, `${p}ax`] })
      .expect(201);
    expect((await tags({ list: 'startups', q: `${p}_` })).map((t) => t.tag)).toEqual([`${p}_x`]);
  });

  it('lists the 50 most used without a prefix', async () => {
    const p = `Many${randomBytes(3).toString('hex')}`;
    for (const batch of [0, 1, 2]) {
      const list = Array.from({ length: 20 }, (_, i) => `${p} ${batch * 20 + i}`);
      await write(manager.agent, manager.csrf)
        .post('/api/v1/startups')
        .send({ name: `Many ${batch}`, tags: list })
        .expect(201);
    }
    const all = await tags({ list: 'startups' });
    expect(all).toHaveLength(50);
    const counts = all.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('validates the list and the prefix, and answers 401 to anonymous callers', async () => {
    const res = await viewer.agent.get(BASE).query({ list: 'cohorts', q: 'x'.repeat(41) });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['list', 'q']);
    await request(app.getHttpServer()).get(BASE).query({ list: 'startups' }).expect(401);
  });
});
