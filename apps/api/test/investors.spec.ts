import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody, Investor, Page } from '@kohorte/contracts';
import { InvestorsService } from '@kohorte/server/investors';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/investors';
const MISSING = '00000000-0000-4000-8000-000000000000';

/** A word no other test uses, so that searches and filters see only this test's investors. */
function token(label: string): string {
  return `${label}${randomBytes(4).toString('hex')}`;
}

function fieldsOf(body: ApiErrorBody): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

function messagesOf(body: ApiErrorBody, field: string): string {
  return (body.errors ?? []).find((error) => error.field === field)?.messages.join(' ') ?? '';
}

interface TimelineRow {
  kind: string;
  actor_id: string | null;
  changes: { field: string; before: unknown; after: unknown }[] | null;
}

describe('investors API', () => {
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

  const post = (body: Record<string, unknown>) =>
    write(manager.agent, manager.csrf).post(BASE).send(body);
  const patch = (id: string, body: Record<string, unknown>) =>
    write(manager.agent, manager.csrf).patch(`${BASE}/${id}`).send(body);

  async function create(body: Record<string, unknown> = {}): Promise<Investor> {
    const res = await post({
      name: 'Test Fund',
      email: uniqueEmail('investor'),
      type: 'vc',
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body as Investor;
  }

  async function list(query: Record<string, string | number | boolean>): Promise<Page<Investor>> {
    const res = await viewer.agent.get(BASE).query(query);
    expect(res.status).toBe(200);
    return res.body as Page<Investor>;
  }

  const ids = async (query: Record<string, string | number | boolean>) =>
    (await list(query)).items.map((investor) => investor.id);

  async function timeline(id: string): Promise<TimelineRow[]> {
    return (await db.query(
      `SELECT kind, actor_id, changes FROM activities
       WHERE subject_type = 'investor' AND subject_id = $1 ORDER BY created_at, id`,
      [id],
    )) as TimelineRow[];
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const { n } = firstOf(
      (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params)) as {
        n: number;
      }[],
    );
    return n;
  }

  describe('access', () => {
    it('answers 401 to anonymous callers', async () => {
      const investor = await create();
      await request(app.getHttpServer()).get(BASE).expect(401);
      await request(app.getHttpServer()).get(`${BASE}/${investor.id}`).expect(401);
    });

    it('lets a viewer read but write nothing, a manager write but not erase', async () => {
      const investor = await create();
      await viewer.agent.get(`${BASE}/${investor.id}`).expect(200);
      const as = write(viewer.agent, viewer.csrf);
      expect([
        (await as.post(BASE).send({ name: 'No', email: uniqueEmail(), type: 'vc' })).status,
        (await as.patch(`${BASE}/${investor.id}`).send({ name: 'x' })).status,
        (await as.post(`${BASE}/${investor.id}/archive`)).status,
        (await as.post(`${BASE}/${investor.id}/restore`)).status,
        (await as.delete(`${BASE}/${investor.id}`)).status,
      ]).toEqual([403, 403, 403, 403, 403]);
      await write(manager.agent, manager.csrf).delete(`${BASE}/${investor.id}`).expect(403);
      expect(await timeline(investor.id)).toHaveLength(1);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${investor.id}`).expect(204);
      await viewer.agent.get(`${BASE}/${investor.id}`).expect(404);
    });
  });

  describe('create and read', () => {
    it('stores every field and records the creation', async () => {
      const email = uniqueEmail('fund');
      const body = {
        name: ' Leipzig Seed Fonds ',
        contactName: 'Jana Krause',
        email,
        type: 'public',
        sectors: ['cleantech-energy', 'mobility'],
        stages: ['pre-seed', 'seed'],
        ticketMinEur: 50_000,
        ticketMaxEur: 2_000_000_000,
        regions: ['sachsen', 'thueringen'],
        introsPerRound: 5,
        status: 'inactive',
        locale: 'en',
        tags: ['Förderbank', 'förderbank', 'EU'],
      };
      const created = (await post(body).expect(201)).body as Investor;
      expect(created).toEqual({
        ...body,
        name: 'Leipzig Seed Fonds',
        unmappedRegions: [],
        tags: ['Förderbank', 'EU'],
        archivedAt: null,
        id: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect((await viewer.agent.get(`${BASE}/${created.id}`).expect(200)).body).toEqual(created);
      expect((await list({ q: email })).items).toEqual([created]);
      expect(await timeline(created.id)).toEqual([
        { kind: 'created', actor_id: manager.user.id, changes: null },
      ]);
    });

    it('fills unset fields with defaults', async () => {
      expect(await create({ contactName: '  ' })).toMatchObject({
        contactName: null,
        sectors: [],
        ticketMinEur: null,
        ticketMaxEur: null,
        regions: [],
        introsPerRound: 3,
        status: 'active',
        locale: 'de',
        tags: [],
      });
    });
  });

  describe('validation', () => {
    it('names every invalid field at once', async () => {
      const res = await post({
        name: '',
        email: 'fund@',
        type: 'bank',
        ticketMinEur: -1,
        introsPerRound: 101,
        regions: ['Sachsen'],
        sectors: ['Fintech'],
        hacker: 1,
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(
        [
          'email',
          'hacker',
          'introsPerRound',
          'name',
          'regions.0',
          'sectors.0',
          'ticketMinEur',
          'type',
        ].sort(),
      );
      const missing = await post({});
      expect(fieldsOf(missing.body)).toEqual(['email', 'name', 'type']);
    });

    it('takes regions as keys of the region vocabulary, suggesting the key meant', async () => {
      const res = await post({
        name: 'R',
        email: uniqueEmail(),
        type: 'vc',
        regions: ['sachsen', 'sachsn', 'Sachsen'],
      });
      expect(res.status).toBe(400);
      // The first key that is not one (a label in capitals), by its position.
      expect(fieldsOf(res.body)).toEqual(['regions.2']);
      const service = await post({
        name: 'R',
        email: uniqueEmail(),
        type: 'vc',
        regions: ['sachsen', 'sachsn'],
      });
      expect(service.status).toBe(400);
      expect(messagesOf(service.body, 'regions.1')).toBe(
        '"sachsn" is not a known region; did you mean "sachsen"?',
      );
    });

    it('takes introductions per round as a whole number from 0 to 100', async () => {
      for (const introsPerRound of [-1, 2.5, 101, null]) {
        const res = await post({ name: 'I', email: uniqueEmail(), type: 'vc', introsPerRound });
        expect({ introsPerRound, fields: fieldsOf(res.body) }).toEqual({
          introsPerRound,
          fields: ['introsPerRound'],
        });
      }
      expect((await create({ introsPerRound: 0 })).introsPerRound).toBe(0);
      expect((await create({ introsPerRound: 100 })).introsPerRound).toBe(100);
    });

    it('takes the email language de or en only, naming locale on create and patch', async () => {
      for (const locale of ['fr', 'EN', '', null, 1]) {
        const res = await post({ name: 'L', email: uniqueEmail(), type: 'vc', locale });
        expect({ locale, status: res.status, fields: fieldsOf(res.body) }).toEqual({
          locale,
          status: 400,
          fields: ['locale'],
        });
      }
      const investor = await create({ locale: 'en' });
      const res = await patch(investor.id, { locale: 'english' });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({
        status: 400,
        fields: ['locale'],
      });
      expect(messagesOf(res.body, 'locale')).toContain('de, en');
      expect((await viewer.agent.get(`${BASE}/${investor.id}`).expect(200)).body.locale).toBe('en');
    });

    it('rejects a ticket minimum above the maximum, also when a patch moves one end', async () => {
      const res = await post({
        name: 'Range',
        email: uniqueEmail(),
        type: 'angel',
        ticketMinEur: 100_000,
        ticketMaxEur: 50_000,
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['ticketMaxEur']);

      const investor = await create({ ticketMinEur: 100_000, ticketMaxEur: 500_000 });
      const onlyMax = await patch(investor.id, { ticketMaxEur: 99_999 });
      expect(onlyMax.status).toBe(400);
      expect(fieldsOf(onlyMax.body)).toEqual(['ticketMaxEur']);
      expect(messagesOf(onlyMax.body, 'ticketMaxEur')).toMatch(/100,000/);
      expect((onlyMax.body as ApiErrorBody).errors?.[0]).toMatchObject({
        code: 'maxBelowMin',
        params: { min: 100000 },
      });
      const onlyMin = await patch(investor.id, { ticketMinEur: 600_000 });
      expect(onlyMin.status).toBe(400);
      expect(fieldsOf(onlyMin.body)).toEqual(['ticketMaxEur']);
      await patch(investor.id, { ticketMinEur: 500_000 }).expect(200);
      await patch(investor.id, { ticketMaxEur: null, ticketMinEur: 700_000 }).expect(200);
    });

    it('names unknown vocabulary keys and bad tags by position', async () => {
      const res = await post({
        name: 'Keys',
        email: uniqueEmail(),
        type: 'vc',
        sectors: ['fintech', 'biotek'],
        stages: ['pricing'],
        tags: ['fine', '!bang'],
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['sectors.1', 'stages.0', 'tags.1']);
      expect(messagesOf(res.body, 'sectors.1')).toMatch(/"biotech"/);
      expect(messagesOf(res.body, 'stages.0')).toMatch(/not a known stage/);
    });

    it('rejects bad query parameters', async () => {
      for (const [query, field] of [
        [{ type: 'bank' }, 'type'],
        [{ ticketEur: -5 }, 'ticketEur'],
        [{ ticketEur: 'lots' }, 'ticketEur'],
        [{ sort: 'email' }, 'sort'],
        [{ status: 'active ' }, 'status'],
        [{ archived: 'maybe' }, 'archived'],
        [{ pageSize: 500 }, 'pageSize'],
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

  describe('unique email', () => {
    it('answers 409 naming the email on create and patch, ignoring case', async () => {
      const email = uniqueEmail('dup');
      const first = await create({ email });
      const res = await post({ name: 'Copy', email: email.toUpperCase(), type: 'angel' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(fieldsOf(res.body)).toEqual(['email']);

      const second = await create();
      const taken = await patch(second.id, { email, name: 'Renamed' });
      expect(taken.status).toBe(409);
      expect(fieldsOf(taken.body)).toEqual(['email']);
      expect((await viewer.agent.get(`${BASE}/${second.id}`)).body).toEqual(second);
      expect(await count('investors WHERE lower(email) = lower($1)', [first.email])).toBe(1);
    });

    it('answers 409, not 500, to the loser of two simultaneous creations', async () => {
      for (let round = 0; round < 3; round++) {
        const email = uniqueEmail('race');
        const results = await Promise.all([
          post({ name: 'A', email, type: 'vc' }),
          post({ name: 'B', email, type: 'vc' }),
        ]);
        expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
      }
    });
  });

  describe('update, archive and erasure', () => {
    it('records the changed fields only, and nothing for a patch without changes', async () => {
      const investor = await create({ type: 'angel', ticketMinEur: 10_000, regions: ['dach'] });
      const res = await patch(investor.id, {
        type: 'vc',
        ticketMinEur: 10_000,
        regions: ['dach', 'europe'],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        type: 'vc',
        ticketMinEur: 10_000,
        regions: ['dach', 'europe'],
      });
      const entries = await timeline(investor.id);
      expect(entries.map((entry) => entry.kind)).toEqual(['created', 'updated']);
      expect(itemAt(entries, 1).changes).toEqual([
        { field: 'type', before: 'angel', after: 'vc' },
        { field: 'regions', before: ['dach'], after: ['dach', 'europe'] },
      ]);

      const same = await patch(investor.id, { type: 'vc', regions: ['dach', 'europe'] });
      expect(same.body.updatedAt).toBe(res.body.updatedAt);
      expect(await timeline(investor.id)).toHaveLength(2);
      // Another order is a change: the list's order is the investor's.
      await patch(investor.id, { regions: ['europe', 'dach'] }).expect(200);
      expect(await timeline(investor.id)).toHaveLength(3);
    });

    it('changes the email language and records it like any other field', async () => {
      const investor = await create();
      expect(investor.locale).toBe('de');
      const res = await patch(investor.id, { locale: 'en' }).expect(200);
      expect(res.body).toMatchObject({ id: investor.id, locale: 'en' });
      expect((await viewer.agent.get(`${BASE}/${investor.id}`).expect(200)).body.locale).toBe('en');
      const entries = await timeline(investor.id);
      expect(entries.map((entry) => entry.kind)).toEqual(['created', 'updated']);
      expect(entries[1]).toEqual({
        kind: 'updated',
        actor_id: manager.user.id,
        changes: [{ field: 'locale', before: 'de', after: 'en' }],
      });
      // Leaving it out of a patch keeps it.
      await patch(investor.id, { name: 'Renamed Fund' }).expect(200);
      expect((await viewer.agent.get(`${BASE}/${investor.id}`).expect(200)).body.locale).toBe('en');
    });

    it('archives and restores idempotently, and erases with the timeline', async () => {
      const tag = token('Archiv');
      const investor = await create({ tags: [tag] });
      const as = write(manager.agent, manager.csrf);
      await as.post(`${BASE}/${investor.id}/archive`).expect(200);
      await as.post(`${BASE}/${investor.id}/archive`).expect(200);
      expect(await ids({ tag })).toEqual([]);
      expect(await ids({ tag, archived: true })).toEqual([investor.id]);
      expect((await viewer.agent.get(`${BASE}/${investor.id}`)).body.archivedAt).toEqual(
        expect.any(String),
      );
      await as.post(`${BASE}/${investor.id}/restore`).expect(200);
      expect(await ids({ tag })).toEqual([investor.id]);
      expect((await timeline(investor.id)).map((entry) => entry.kind)).toEqual([
        'created',
        'archived',
        'restored',
      ]);

      await write(admin.agent, admin.csrf).delete(`${BASE}/${investor.id}`).expect(204);
      await viewer.agent.get(`${BASE}/${investor.id}`).expect(404);
      expect(await timeline(investor.id)).toEqual([]);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${MISSING}`).expect(404);
      await as.post(`${BASE}/${MISSING}/restore`).expect(404);
    });
  });

  describe('list', () => {
    it('finds by name, contact, email or tag; every word must match', async () => {
      const word = token('kapital');
      const byName = await create({ name: `${word} Partners` });
      const byContact = await create({ contactName: `Max ${word}mann` });
      const byTag = await create({ tags: [word] });
      expect((await ids({ q: word.toUpperCase() })).sort()).toEqual(
        [byName.id, byContact.id, byTag.id].sort(),
      );
      expect(await ids({ q: `${word} partners` })).toEqual([byName.id]);
    });

    it('filters by type, sector, stage, region, status, tag and ticket size', async () => {
      const tag = token('Netz');
      const angel = await create({
        type: 'angel',
        sectors: ['fintech'],
        stages: ['seed'],
        regions: ['sachsen'],
        ticketMinEur: 10_000,
        ticketMaxEur: 100_000,
        tags: [tag],
      });
      const vc = await create({
        type: 'vc',
        sectors: ['fintech', 'edtech'],
        stages: ['series-a'],
        regions: ['dach'],
        ticketMinEur: 500_000,
        tags: [tag],
      });
      const open = await create({ type: 'public', status: 'inactive', tags: [tag] });
      const filtered = async (query: Record<string, string | number>) =>
        (await ids({ tag, ...query })).sort();

      expect(await filtered({})).toEqual([angel.id, vc.id, open.id].sort());
      expect(await filtered({ type: 'angel' })).toEqual([angel.id]);
      expect(await filtered({ sector: 'fintech' })).toEqual([angel.id, vc.id].sort());
      expect(await filtered({ stage: 'series-a' })).toEqual([vc.id]);
      // A region takes in the regions it lies in and those within it: DACH covers Saxony.
      expect(await filtered({ region: 'sachsen' })).toEqual([angel.id, vc.id].sort());
      expect(await filtered({ region: 'leipzig' })).toEqual([angel.id, vc.id].sort());
      expect(await filtered({ region: 'bayern' })).toEqual([vc.id]);
      expect(await filtered({ region: 'dach' })).toEqual([angel.id, vc.id].sort());
      expect(await filtered({ region: 'france' })).toEqual([]);
      expect(await filtered({ status: 'inactive' })).toEqual([open.id]);
      // Open ends take any amount on that side.
      expect(await filtered({ ticketEur: 50_000 })).toEqual([angel.id, open.id].sort());
      expect(await filtered({ ticketEur: 100_000 })).toEqual([angel.id, open.id].sort());
      expect(await filtered({ ticketEur: 5_000_000 })).toEqual([vc.id, open.id].sort());
      expect(await filtered({ ticketEur: 200_000 })).toEqual([open.id]);
    });

    it('sorts by name ignoring case, by type in list order and by ticket, empty last', async () => {
      const tag = token('Sort');
      const b = await create({ name: 'beta', type: 'public', ticketMinEur: 5 });
      const a = await create({ name: 'Alpha', type: 'vc' });
      const c = await create({ name: 'Gamma', type: 'angel', ticketMinEur: 1 });
      for (const investor of [a, b, c]) await patch(investor.id, { tags: [tag] }).expect(200);
      const sorted = (sort: string, order = 'asc') => ids({ tag, sort, order });

      expect(await sorted('name')).toEqual([a.id, b.id, c.id]);
      expect(await sorted('name', 'desc')).toEqual([c.id, b.id, a.id]);
      expect(await sorted('type')).toEqual([c.id, a.id, b.id]);
      expect(await sorted('ticketMinEur')).toEqual([c.id, b.id, a.id]);
      expect(await sorted('ticketMinEur', 'desc')).toEqual([b.id, c.id, a.id]);

      const paged = await list({ tag, sort: 'name', pageSize: 2, page: 2 });
      expect([paged.total, paged.items.map((i) => i.id)]).toEqual([3, [c.id]]);
    });

    it('gives the export every match in list order', async () => {
      const tag = token('Export');
      for (const name of ['b', 'C', 'a']) await create({ name, tags: [tag] });
      const all = await app.get(InvestorsService).listAll({ tag, sort: 'name' });
      expect(all.map((investor) => investor.name)).toEqual(['a', 'b', 'C']);
    });
  });
});
