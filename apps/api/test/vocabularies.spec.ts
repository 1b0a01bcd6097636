import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type UnmappedRegion,
  type Vocabularies,
  VOCABULARY_KINDS,
} from '@kohorte/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

describe('GET /api/v1/vocabularies', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
  });
  afterAll(async () => {
    await app.close();
  });

  it('needs a signed-in user', async () => {
    await request(app.getHttpServer()).get('/api/v1/vocabularies').expect(401);
  });

  it('returns the seeded lists in order, with German and English labels', async () => {
    const { agent } = await signedInAgent(app, 'viewer');
    const res = await agent.get('/api/v1/vocabularies').expect(200);
    const vocabularies = res.body as Vocabularies;

    expect(Object.keys(vocabularies).sort()).toEqual([...VOCABULARY_KINDS].sort());
    expect(vocabularies.stages.map((t) => t.key)).toEqual([
      'idea',
      'pre-seed',
      'seed',
      'series-a',
      'growth',
    ]);
    expect(vocabularies.sectors.length).toBeGreaterThanOrEqual(16);
    expect(vocabularies.topics.length).toBeGreaterThanOrEqual(20);
    expect(vocabularies.languages.map((t) => t.key)).toEqual(
      expect.arrayContaining(['de', 'en', 'uk', 'ar']),
    );
    expect(vocabularies.topics).toContainEqual({
      kind: 'topics',
      key: 'public-funding',
      labelDe: 'Fördermittel',
      labelEn: 'Public funding and grants',
      position: expect.any(Number),
      parent: null,
    });
    for (const kind of VOCABULARY_KINDS) {
      const terms = vocabularies[kind];
      expect(terms.map((t) => t.position)).toEqual(terms.map((_, i) => i));
      for (const term of terms) {
        expect(term.kind).toBe(kind);
        expect(term.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(term.labelDe.length).toBeGreaterThan(0);
        expect(term.labelEn.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('the region vocabulary', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let manager: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    admin = await signedInAgent(app, 'admin');
    manager = await signedInAgent(app, 'manager');
  });
  afterAll(async () => {
    await app.close();
  });

  const put = (who: TestAgent, key: string, body: Record<string, unknown>, kind = 'regions') =>
    write(who.agent, who.csrf).put(`/api/v1/vocabularies/${kind}/${key}`).send(body);
  const regions = async () =>
    ((await admin.agent.get('/api/v1/vocabularies').expect(200)).body as Vocabularies).regions;
  const suffix = () => randomBytes(3).toString('hex');

  it('is a tree from the cities up to Europe, with every Land and labels in both languages', async () => {
    const terms = await regions();
    const byKey = new Map(terms.map((term) => [term.key, term]));
    const chain = (key: string): string[] => {
      const parent = byKey.get(key)?.parent;
      return parent ? [key, ...chain(parent)] : [key];
    };
    expect(chain('leipzig')).toEqual(['leipzig', 'sachsen', 'germany', 'dach', 'europe']);
    expect(chain('halle')).toEqual(['halle', 'sachsen-anhalt', 'germany', 'dach', 'europe']);
    expect(chain('zuerich')).toEqual(['zuerich', 'switzerland', 'dach', 'europe']);
    expect(chain('wien')).toEqual(['wien', 'austria', 'dach', 'europe']);
    const cities = ['dresden', 'chemnitz', 'jena', 'erfurt', 'magdeburg', 'berlin', 'potsdam'];
    for (const city of [...cities, 'hamburg', 'muenchen', 'koeln', 'frankfurt-am-main']) {
      expect(chain(city).slice(-3)).toEqual(['germany', 'dach', 'europe']);
    }
    expect(terms.filter((term) => term.parent === 'germany')).toHaveLength(16);
    expect(byKey.get('muenchen')).toMatchObject({ labelDe: 'München', labelEn: 'Munich' });
    expect(byKey.get('sachsen')).toMatchObject({ labelDe: 'Sachsen', labelEn: 'Saxony' });
  });

  it('lets admins add a region under another and move it, never into itself', async () => {
    const key = `kreis-${suffix()}`;
    await put(manager, key, { labelDe: 'Kreis', labelEn: 'District', parent: 'sachsen' }).expect(
      403,
    );
    const created = await put(admin, key, {
      labelDe: ' Landkreis Leipzig ',
      labelEn: 'Leipzig district',
      parent: 'sachsen',
    }).expect(200);
    expect(created.body).toMatchObject({
      kind: 'regions',
      key,
      labelDe: 'Landkreis Leipzig',
      parent: 'sachsen',
    });
    const town = `ort-${suffix()}`;
    await put(admin, town, {
      labelDe: 'Markkleeberg',
      labelEn: 'Markkleeberg',
      parent: key,
    }).expect(200);
    expect((await regions()).find((term) => term.key === town)?.parent).toBe(key);

    const cycle = await put(admin, key, { labelDe: 'K', labelEn: 'K', parent: town }).expect(400);
    expect((cycle.body as ApiErrorBody).errors).toEqual([
      {
        field: 'parent',
        messages: [`"${town}" lies within "${key}": a region cannot lie in itself`],
      },
    ]);
    const unknown = await put(admin, key, { labelDe: 'K', labelEn: 'K', parent: 'atlantis' });
    expect(unknown.status).toBe(400);
    const notRegion = await put(
      admin,
      `x-${suffix()}`,
      { labelDe: 'X', labelEn: 'X', parent: 'sachsen' },
      'sectors',
    );
    expect((notRegion.body as ApiErrorBody).errors).toEqual([
      { field: 'parent', messages: ['only regions have a parent'] },
    ]);
    const badKey = await put(admin, 'Not_A_Key', { labelDe: 'X', labelEn: 'X' }).expect(400);
    expect((badKey.body as ApiErrorBody).errors?.map((e) => e.field)).toEqual(['key']);
    const badLabels = await put(admin, key, { labelDe: ' ', labelEn: 'x'.repeat(121) });
    expect(badLabels.status).toBe(400);
    expect(((badLabels.body as ApiErrorBody).errors ?? []).map((e) => e.field).sort()).toEqual([
      'labelDe',
      'labelEn',
    ]);

    await put(admin, key, {
      labelDe: 'Landkreis Leipzig',
      labelEn: 'Leipzig district',
      parent: 'germany',
    }).expect(200);
    expect((await regions()).find((term) => term.key === key)?.parent).toBe('germany');
  });

  it('shows regions kept as text and lets an admin map them onto region keys', async () => {
    const text = `Ostdeutschland ${suffix()}`;
    const ids = (await db.query(
      `INSERT INTO investors (name, email, type, regions, unmapped_regions)
       VALUES ('Ost Fonds', $2, 'vc', '{sachsen}', ARRAY[$1]),
              ('Ost Angel', $3, 'angel', '{}', ARRAY[$1, 'Nordics'])
       RETURNING id`,
      [text, uniqueEmail('ost'), uniqueEmail('ost')],
    )) as { id: string }[];
    const listed = (await manager.agent.get('/api/v1/vocabularies/regions/unmapped').expect(200))
      .body as UnmappedRegion[];
    expect(listed).toContainEqual({ text, investors: 2 });
    const investor = await manager.agent.get(`/api/v1/investors/${itemAt(ids, 1).id}`).expect(200);
    expect(investor.body).toMatchObject({ regions: [], unmappedRegions: [text, 'Nordics'] });

    const map = (who: TestAgent, body: Record<string, unknown>) =>
      write(who.agent, who.csrf).post('/api/v1/vocabularies/regions/unmapped').send(body);
    await map(manager, { text, keys: ['sachsen'] }).expect(403);
    const wrong = await map(admin, { text, keys: ['ostland'] }).expect(400);
    expect((wrong.body as ApiErrorBody).errors?.[0]?.field).toBe('keys.0');
    const res = await map(admin, { text, keys: ['sachsen', 'thueringen'] }).expect(200);
    expect(res.body).toEqual({ investors: 2 });

    const after = (await db.query(
      `SELECT regions, unmapped_regions AS unmapped FROM investors WHERE id = ANY($1) ORDER BY name`,
      [ids.map((row) => row.id)],
    )) as { regions: string[]; unmapped: string[] }[];
    expect(after).toEqual([
      { regions: ['sachsen', 'thueringen'], unmapped: ['Nordics'] },
      { regions: ['sachsen', 'thueringen'], unmapped: [] },
    ]);
    const unmapped = (await manager.agent.get('/api/v1/vocabularies/regions/unmapped').expect(200))
      .body as UnmappedRegion[];
    expect(unmapped.map((row) => row.text)).not.toContain(text);
    const entry = firstOf(
      (await db.query(
        `SELECT changes FROM activities WHERE subject_type = 'investor' AND subject_id = $1
       AND kind = 'updated'`,
        [itemAt(ids, 1).id],
      )) as { changes: unknown }[],
    );
    expect(entry.changes).toEqual([
      { field: 'regions', before: [], after: ['sachsen', 'thueringen'] },
      { field: 'unmappedRegions', before: [text, 'Nordics'], after: ['Nordics'] },
    ]);
  });
});
