import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody, SearchHit, SearchResult, SearchType } from '@kohorte/contracts';
import { StartupContactEntity } from '@kohorte/server/contacts';
import { InvestorEntity } from '@kohorte/server/investors';
import { MentorEntity } from '@kohorte/server/mentors';
import { CohortEntity, ProgrammeEntity } from '@kohorte/server/programmes';
import { StartupEntity } from '@kohorte/server/startups';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent } from './support/sign-in';

const URL = '/api/v1/search';

/** A word no other test uses (letters only, so no LIKE wildcard hides in it). */
// Letters that names rarely hold: a token made of them shares no trigram with the names a test
// gives its records, so none of those names resembles the token by chance (search ranks by
// similarity of name; a hex token once shared "nde" with "Lindenblatt" and swapped two hits).
const TOKEN_LETTERS = 'jkqvwxyz';

function token(): string {
  return `zq${[...randomBytes(10)].map((byte) => TOKEN_LETTERS.charAt(byte % TOKEN_LETTERS.length)).join('')}`;
}

describe('search API', () => {
  let app: INestApplication;
  let viewer: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    viewer = await signedInAgent(app, 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  async function search(q: string, limit?: number): Promise<SearchResult> {
    const res = await viewer.agent.get(URL).query(limit === undefined ? { q } : { q, limit });
    expect(res.status).toBe(200);
    return res.body as SearchResult;
  }

  function hits(result: SearchResult, type: SearchType): SearchHit[] {
    return result.groups.find((group) => group.type === type)?.hits ?? [];
  }

  const titles = (result: SearchResult, type: SearchType) => hits(result, type).map((h) => h.title);

  async function startup(fields: Partial<StartupEntity> & { name: string }): Promise<string> {
    const saved = await db.getRepository(StartupEntity).save({ status: 'active', ...fields });
    return saved.id;
  }

  async function mentor(fields: Partial<MentorEntity> & { fullName: string }): Promise<string> {
    const saved = await db
      .getRepository(MentorEntity)
      .save({ email: `${token()}@mentors.test`, ...fields });
    return saved.id;
  }

  async function investor(fields: Partial<InvestorEntity> & { name: string }): Promise<string> {
    const saved = await db
      .getRepository(InvestorEntity)
      .save({ email: `${token()}@investors.test`, type: 'vc', ...fields });
    return saved.id;
  }

  describe('finds each type', () => {
    it('finds startups by name, city and tag, each hit saying what matched', async () => {
      const word = token();
      const byName = await startup({ name: `${word} Robotics`, city: 'Leipzig' });
      const byCity = await startup({ name: 'Kiefer Labs', city: `${word}stadt` });
      const byTag = await startup({ name: 'Lindenblatt', tags: ['EXIST', `Batch ${word}`] });

      const result = await search(word);

      expect(hits(result, 'startup')).toEqual([
        {
          id: byName,
          title: `${word} Robotics`,
          subtitle: 'Leipzig',
          matched: null,
          archived: false,
        },
        // Neither name resembles the word: by name, then.
        expect.objectContaining({ id: byCity, matched: `${word}stadt`, subtitle: `${word}stadt` }),
        expect.objectContaining({ id: byTag, matched: `Batch ${word}`, subtitle: null }),
      ]);
      // Upper case in the query changes nothing.
      expect(titles(await search(word.toUpperCase()), 'startup')).toHaveLength(3);
    });

    it("finds a startup by its founder's email or name", async () => {
      const word = token();
      const id = await startup({ name: 'Auwald Analytics' });
      await db.getRepository(StartupContactEntity).save({
        startupId: id,
        fullName: 'Greta Nowak',
        email: `greta.${word}@auwald.test`,
      });

      const byEmail = hits(await search(`greta.${word}@auwald`), 'startup');
      expect(byEmail).toEqual([
        {
          id,
          title: 'Auwald Analytics',
          subtitle: null,
          matched: `Greta Nowak <greta.${word}@auwald.test>`,
          archived: false,
        },
      ]);
      expect(hits(await search(`nowak ${word}`), 'startup').map((hit) => hit.id)).toEqual([id]);
    });

    it('finds mentors by name, email, company, city and tag', async () => {
      const word = token();
      const ids = [
        await mentor({ fullName: `Ada ${word}`, company: 'Elster GmbH', jobTitle: 'CTO' }),
        await mentor({ fullName: 'Bert Brandt', email: `bert.${word}@mentors.test` }),
        await mentor({ fullName: 'Clara Conrad', company: `${word} Consulting` }),
        await mentor({ fullName: 'Dora Dietz', city: `${word}burg` }),
        await mentor({ fullName: 'Emil Engel', tags: [`pool-${word}`] }),
      ];

      const found = hits(await search(word), 'mentor');

      expect(found.map((hit) => hit.id).sort()).toEqual([...ids].sort());
      expect(found[0]).toEqual({
        id: ids[0],
        title: `Ada ${word}`,
        subtitle: 'CTO, Elster GmbH',
        matched: null,
        archived: false,
      });
      const matched = Object.fromEntries(found.map((hit) => [hit.title, hit.matched]));
      expect(matched).toMatchObject({
        'Bert Brandt': `bert.${word}@mentors.test`,
        'Clara Conrad': `${word} Consulting`,
        'Dora Dietz': `${word}burg`,
        'Emil Engel': `pool-${word}`,
      });
    });

    it('finds investors by name, contact person, email and tag', async () => {
      const word = token();
      const ids = [
        await investor({ name: `${word} Ventures`, contactName: 'Jana Jung' }),
        await investor({ name: 'Pleiße Capital', contactName: `Kai ${word}` }),
        await investor({ name: 'Saale Invest', email: `deals@${word}.test` }),
        await investor({ name: 'Elbe Angels', tags: [`${word}-club`] }),
      ];

      const found = hits(await search(word), 'investor');

      expect(found.map((hit) => hit.id).sort()).toEqual([...ids].sort());
      // The only name that starts with the word comes first.
      expect(found[0]).toMatchObject({
        id: ids[0],
        title: `${word} Ventures`,
        subtitle: 'Jana Jung',
      });
      expect(found.find((hit) => hit.id === ids[1])?.matched).toBe(`Kai ${word}`);
      expect(found.find((hit) => hit.id === ids[2])?.matched).toBe(`deals@${word}.test`);
      expect(found.find((hit) => hit.id === ids[3])?.matched).toBe(`${word}-club`);
    });

    it('finds cohorts by name, with their programme', async () => {
      const word = token();
      const programme = await db
        .getRepository(ProgrammeEntity)
        .save({ name: `Accelerator ${token()}` });
      const cohort = await db.getRepository(CohortEntity).save({
        programmeId: programme.id,
        name: `Batch ${word} 2026`,
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        status: 'running',
      });

      const result = await search(`${word} 2026`);

      expect(result.groups).toEqual([
        {
          type: 'cohort',
          hits: [
            {
              id: cohort.id,
              title: `Batch ${word} 2026`,
              subtitle: programme.name,
              matched: null,
              archived: false,
            },
          ],
        },
      ]);
    });
  });

  describe('matching and ranking', () => {
    it('needs every word, in any order', async () => {
      const word = token();
      const both = await startup({ name: `Solar ${word}`, city: 'Halle (Saale)' });
      await startup({ name: `Wind ${word}`, city: 'Halle (Saale)' });
      await startup({ name: `Solar ${word} Nord`, city: 'Jena' });

      const found = hits(await search(`  halle   SOLAR ${word} `), 'startup');

      expect(found.map((hit) => hit.id)).toEqual([both]);
    });

    it('takes % and _ literally', async () => {
      const word = token();
      const percent = await startup({ name: `${word} 100% Bio` });
      await startup({ name: `${word} 1000 Bio` });
      const underscore = await startup({ name: `${word} a_b` });
      await startup({ name: `${word} axb` });

      expect(hits(await search(`${word} 100%`), 'startup').map((hit) => hit.id)).toEqual([percent]);
      expect(hits(await search(`${word} a_b`), 'startup').map((hit) => hit.id)).toEqual([
        underscore,
      ]);
    });

    it('ranks names that start with the query first and archived records last', async () => {
      const word = token();
      const archived = await startup({
        name: `${word} Archiv`,
        status: 'archived',
        archivedAt: new Date(),
      });
      const inside = await startup({ name: `Aaron ${word}` });
      const prefix = await startup({ name: `${word} Zeppelin` });
      const exact = await startup({ name: word });

      const found = hits(await search(word), 'startup');

      expect(found.map((hit) => hit.id)).toEqual([exact, prefix, inside, archived]);
      expect(found.map((hit) => hit.archived)).toEqual([false, false, false, true]);
    });

    it('returns at most `limit` hits per type, 5 by default', async () => {
      const word = token();
      for (let i = 0; i < 7; i++) await startup({ name: `${word} ${i}` });
      await mentor({ fullName: `Mentor ${word}` });

      expect(titles(await search(word), 'startup')).toHaveLength(5);
      const limited = await search(word, 2);
      expect(titles(limited, 'startup')).toEqual([`${word} 0`, `${word} 1`]);
      expect(titles(limited, 'mentor')).toEqual([`Mentor ${word}`]);
      expect(limited.groups.map((group) => group.type)).toEqual(['startup', 'mentor']);
    });

    it('answers an empty list of groups when nothing matches', async () => {
      expect(await search(token())).toEqual({ q: expect.any(String), groups: [] });
    });
  });

  describe('validation and access', () => {
    async function badRequest(query: Record<string, string>): Promise<ApiErrorBody> {
      const res = await viewer.agent.get(URL).query(query);
      expect(res.status).toBe(400);
      return res.body as ApiErrorBody;
    }

    it('rejects a missing, too short or too long q, naming it', async () => {
      for (const q of [undefined, '', 'a', '  a  ', 'x'.repeat(101)]) {
        const body = await badRequest(q === undefined ? {} : { q });
        expect(body.errors?.map((error) => error.field)).toEqual(['q']);
      }
      await viewer.agent
        .get(URL)
        .query({ q: ` ${'x'.repeat(100)} ` })
        .expect(200);
    });

    it('rejects a limit outside 1–10, naming it', async () => {
      for (const limit of ['0', '11', 'many', '2.5']) {
        const body = await badRequest({ q: 'solar', limit });
        expect(body.errors?.map((error) => error.field)).toEqual(['limit']);
      }
    });

    it('rejects unknown parameters', async () => {
      const body = await badRequest({ q: 'solar', type: 'startup' });
      expect(body.errors?.map((error) => error.field)).toEqual(['type']);
    });

    it('answers 401 to an anonymous reader', async () => {
      await request(app.getHttpServer()).get(URL).query({ q: 'solar' }).expect(401);
    });
  });
});
