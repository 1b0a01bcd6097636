import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { type ApiErrorBody, EXACT_COUNT_LIMIT, type ListPage } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent } from './support/sign-in';

/** A word no other test uses, so that filters see only this test's rows. */
function token(label: string): string {
  return `${label}${randomBytes(4).toString('hex')}`;
}

type Query = Record<string, string | number>;

describe('cursor paging of the record lists', () => {
  let app: INestApplication;
  let viewer: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    viewer = await signedInAgent(app, 'viewer');
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  async function page(path: string, query: Query): Promise<ListPage<{ id: string }>> {
    const res = await viewer.agent.get(path).query(query);
    expect(res.status).toBe(200);
    return res.body as ListPage<{ id: string }>;
  }

  /** The ids of the list as one would see them following the cursors forwards, then backwards. */
  async function walk(
    path: string,
    query: Query,
  ): Promise<{ forwards: string[]; backwards: string[]; pages: number[] }> {
    const forwards: string[] = [];
    const pages: number[] = [];
    let current = await page(path, query);
    let last: ListPage<{ id: string }>;
    for (;;) {
      forwards.push(...current.items.map((item) => item.id));
      pages.push(current.page);
      last = current;
      if (current.nextCursor === null) break;
      current = await page(path, { ...query, cursor: current.nextCursor });
    }
    // From the last page back to the first, each page put in front of what was seen.
    const backwards = last.items.map((item) => item.id);
    current = last;
    while (current.previousCursor !== null) {
      current = await page(path, { ...query, cursor: current.previousCursor });
      backwards.unshift(...current.items.map((item) => item.id));
      pages.push(current.page);
    }
    return { forwards, backwards, pages };
  }

  async function ids(sql: string, params: unknown[]): Promise<string[]> {
    return ((await db.query(sql, params)) as { id: string }[]).map((row) => row.id);
  }

  describe('startups', () => {
    const city = token('Cursorstadt');
    const word = token('cursorword');

    beforeAll(async () => {
      // 23 startups: three names, a founding date on two thirds of them (ties included), two
      // creation times shared by many (microseconds included), stages on some.
      await db.query(
        `INSERT INTO startups (name, one_liner, city, founded_on, stage, created_at)
         SELECT (ARRAY['Alpha', 'beta', 'Gamma'])[1 + i % 3], $2, $1,
           CASE WHEN i % 3 = 0 THEN NULL ELSE date '2020-01-01' + (i % 4) END,
           CASE WHEN i % 2 = 0 THEN 'seed' ELSE NULL END,
           timestamptz '2024-05-01 10:00:00.123456+00' + (i % 2) * interval '1 microsecond'
         FROM generate_series(1, 23) AS i`,
        [city, `robots ${word}`],
      );
    }, 30_000);

    const orders = [
      { sort: 'name', order: 'asc', sql: `lower(name) ASC, id ASC` },
      { sort: 'name', order: 'desc', sql: `lower(name) DESC, id DESC` },
      { sort: 'foundedOn', order: 'asc', sql: `founded_on ASC NULLS LAST, id ASC` },
      { sort: 'foundedOn', order: 'desc', sql: `founded_on DESC NULLS LAST, id DESC` },
      { sort: 'createdAt', order: 'desc', sql: `created_at DESC, id DESC` },
      {
        sort: 'stage',
        order: 'asc',
        sql: `(SELECT position FROM vocabulary_terms WHERE kind = 'stages' AND key = stage) ASC NULLS LAST, id ASC`,
      },
    ] as const;

    it.each(orders)(
      'walks every page of $sort $order forwards and back without overlap or gap under ties',
      async ({ sort, order, sql }) => {
        const expected = await ids(
          `SELECT id FROM startups WHERE city = $1 AND status = 'active' ORDER BY ${sql}`,
          [city],
        );
        expect(expected).toHaveLength(23);
        const walked = await walk('/api/v1/startups', { city, sort, order, pageSize: 4 });
        expect(walked.forwards).toEqual(expected);
        expect(walked.backwards).toEqual(expected);
        expect(walked.pages).toEqual([1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]);
      },
      60_000,
    );

    it('pages by cursor within a filter and a search the same way as by page number', async () => {
      const query = { city, stage: 'seed', q: word, sort: 'foundedOn', order: 'desc' };
      const expected = await ids(
        `SELECT id FROM startups WHERE city = $1 AND status = 'active' AND stage = 'seed'
         ORDER BY founded_on DESC NULLS LAST, id DESC`,
        [city],
      );
      expect(expected).toHaveLength(11);
      const walked = await walk('/api/v1/startups', { ...query, pageSize: 3 });
      expect(walked.forwards).toEqual(expected);
      expect(walked.backwards).toEqual(expected);

      const byNumber = await page('/api/v1/startups', { ...query, pageSize: 3, page: 3 });
      expect(byNumber.items.map((item) => item.id)).toEqual(expected.slice(6, 9));
      expect([byNumber.total, byNumber.totalExact, byNumber.page]).toEqual([11, true, 3]);
      // A page reached by number hands out cursors too.
      const next = await page('/api/v1/startups', {
        ...query,
        pageSize: 3,
        cursor: byNumber.nextCursor as string,
      });
      expect([next.page, next.items.map((item) => item.id)]).toEqual([4, expected.slice(9)]);
      expect(next.nextCursor).toBeNull();
    }, 60_000);

    it('answers 400 naming the cursor for one it did not hand out or of another order', async () => {
      const first = await page('/api/v1/startups', { city, pageSize: 4 });
      const bad = async (query: Query): Promise<string> => {
        const res = await viewer.agent.get('/api/v1/startups').query(query);
        expect(res.status).toBe(400);
        const body = res.body as ApiErrorBody;
        expect(body.errors?.map((error) => error.field)).toEqual(['cursor']);
        return body.errors?.[0]?.messages.join(' ') ?? '';
      };
      await bad({ city, cursor: 'not a cursor!' });
      await bad({ city, cursor: Buffer.from('{"a":1}').toString('base64url') });
      await bad({
        city,
        cursor: Buffer.from(JSON.stringify(['name:asc', null, 'x', 'a', 2])).toString('base64url'),
      });
      expect(await bad({ city, sort: 'city', cursor: first.nextCursor as string })).toContain(
        'name:asc',
      );
    }, 30_000);

    it('counts exactly up to the limit and says "more" beyond it', async () => {
      const bigCity = token('Grossstadt');
      await db.query(
        `INSERT INTO startups (name, city) SELECT 'Bulk ' || i, $1 FROM generate_series(1, $2) AS i`,
        [bigCity, EXACT_COUNT_LIMIT + 1],
      );
      const big = await page('/api/v1/startups', { city: bigCity });
      expect([big.total, big.totalExact]).toEqual([EXACT_COUNT_LIMIT, false]);
      expect(big.nextCursor).not.toBeNull();

      const small = await page('/api/v1/startups', { city, pageSize: 4 });
      expect([small.total, small.totalExact]).toEqual([23, true]);

      await db.query(
        `DELETE FROM startups WHERE id IN (SELECT id FROM startups WHERE city = $1 LIMIT 1)`,
        [bigCity],
      );
      // A large count is kept for a few seconds per filter; another filter is counted afresh.
      const sameFilterLater = await page('/api/v1/startups', { city: bigCity, pageSize: 10 });
      expect([sameFilterLater.total, sameFilterLater.totalExact]).toEqual([
        EXACT_COUNT_LIMIT,
        false,
      ]);
      // Exactly at the limit is still exact.
      const otherFilter = await page('/api/v1/startups', { city: bigCity, q: 'bulk' });
      expect([otherFilter.total, otherFilter.totalExact]).toEqual([EXACT_COUNT_LIMIT, true]);
    }, 60_000);
  });

  describe('startups by page number, deeper than one anchor', () => {
    const city = token('Ankerstadt');

    beforeAll(async () => {
      // 90 startups: more than three anchors' worth (one per 25 rows), with ties on every key and
      // empty founding dates and stages, so that anchors fall among equal and among empty keys.
      await db.query(
        `INSERT INTO startups (name, city, founded_on, stage)
         SELECT (ARRAY['Delta', 'epsilon', 'Zeta'])[1 + i % 3], $1,
           CASE WHEN i % 4 = 0 THEN NULL ELSE date '2021-01-01' + (i % 5) END,
           CASE WHEN i % 3 = 0 THEN NULL ELSE (ARRAY['idea', 'seed'])[1 + i % 2] END
         FROM generate_series(1, 90) AS i`,
        [city],
      );
    }, 30_000);

    it.each([
      { sort: 'name', order: 'asc', sql: `lower(name) ASC, id ASC` },
      { sort: 'foundedOn', order: 'asc', sql: `founded_on ASC NULLS LAST, id ASC` },
      { sort: 'foundedOn', order: 'desc', sql: `founded_on DESC NULLS LAST, id DESC` },
      {
        sort: 'stage',
        order: 'desc',
        sql: `(SELECT position FROM vocabulary_terms WHERE kind = 'stages' AND key = stage) DESC NULLS LAST, id DESC`,
      },
    ] as const)(
      'serves every page of $sort $order by number as the list orders it, twice',
      async ({ sort, order, sql }) => {
        const expected = await ids(
          `SELECT id FROM startups WHERE city = $1 AND status = 'active' ORDER BY ${sql}`,
          [city],
        );
        expect(expected).toHaveLength(90);
        // Page sizes that put pages on anchors (25) and between them (10, 7); the second round
        // reads from the anchors the first one kept.
        for (const round of [1, 2]) {
          for (const pageSize of [25, 10, 7]) {
            const pages = Math.ceil(90 / pageSize);
            for (let number = 1; number <= pages + 1; number += 1) {
              const got = await page('/api/v1/startups', {
                city,
                sort,
                order,
                pageSize,
                page: number,
              });
              const slice = expected.slice((number - 1) * pageSize, number * pageSize);
              expect([round, pageSize, number, got.page, got.items.map((item) => item.id)]).toEqual(
                [round, pageSize, number, number, slice],
              );
              expect(got.nextCursor === null).toBe(number >= pages);
            }
          }
        }
        // A deep page by number hands out cursors that continue the list from it.
        const fourth = await page('/api/v1/startups', { city, sort, order, pageSize: 7, page: 4 });
        const fifth = await page('/api/v1/startups', {
          city,
          sort,
          order,
          pageSize: 7,
          cursor: fourth.nextCursor as string,
        });
        const third = await page('/api/v1/startups', {
          city,
          sort,
          order,
          pageSize: 7,
          cursor: fourth.previousCursor as string,
        });
        expect([third.page, fifth.page]).toEqual([3, 5]);
        expect(third.items.map((item) => item.id)).toEqual(expected.slice(14, 21));
        expect(fifth.items.map((item) => item.id)).toEqual(expected.slice(28, 35));
      },
      120_000,
    );
  });

  it('pages mentors by a nullable sort key with ties, both directions', async () => {
    const city = token('Mentorburg');
    await db.query(
      `INSERT INTO mentors (full_name, email, company, city)
       SELECT 'Mentor ' || (i % 2), $2 || i || '@example.org',
         CASE WHEN i % 3 = 0 THEN NULL ELSE 'Firm ' || (i % 2) END, $1
       FROM generate_series(1, 11) AS i`,
      [city, token('mentor')],
    );
    for (const order of ['asc', 'desc'] as const) {
      const direction = order.toUpperCase();
      const expected = await ids(
        `SELECT id FROM mentors WHERE city = $1 AND archived_at IS NULL
         ORDER BY lower(company) ${direction} NULLS LAST, id ${direction}`,
        [city],
      );
      const walked = await walk('/api/v1/mentors', { city, sort: 'company', order, pageSize: 3 });
      expect(walked.forwards).toEqual(expected);
      expect(walked.backwards).toEqual(expected);
    }
  }, 60_000);

  it('pages investors by their ticket (bigint, nullable) with ties, both directions', async () => {
    const tag = token('inv');
    await db.query(
      `INSERT INTO investors (name, email, type, ticket_min_eur, tags)
       SELECT 'Fund ' || i, $2 || i || '@example.org', 'angel',
         CASE WHEN i % 4 = 0 THEN NULL ELSE 9000000000 + (i % 2) END, ARRAY[$1]
       FROM generate_series(1, 10) AS i`,
      [tag, token('investor')],
    );
    for (const order of ['asc', 'desc'] as const) {
      const direction = order.toUpperCase();
      const expected = await ids(
        `SELECT id FROM investors WHERE $1 = ANY(tags) AND archived_at IS NULL
         ORDER BY ticket_min_eur ${direction} NULLS LAST, id ${direction}`,
        [tag],
      );
      const walked = await walk('/api/v1/investors', {
        tag,
        sort: 'ticketMinEur',
        order,
        pageSize: 3,
      });
      expect(walked.forwards).toEqual(expected);
      expect(walked.backwards).toEqual(expected);
    }
  }, 60_000);
});
