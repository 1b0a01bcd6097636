import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody, Mentee, Mentor, Page } from '@kohorte/contracts';
import { MentorsService } from '@kohorte/server/mentors';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/mentors';
const MISSING = '00000000-0000-4000-8000-000000000000';

/** A word no other test uses, so that searches and filters see only this test's mentors. */
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

describe('mentors API', () => {
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

  async function create(body: Record<string, unknown> = {}): Promise<Mentor> {
    const res = await post({ fullName: 'Test Mentor', email: uniqueEmail('mentor'), ...body });
    expect(res.status).toBe(201);
    return res.body as Mentor;
  }

  async function list(query: Record<string, string | number | boolean>): Promise<Page<Mentor>> {
    const res = await viewer.agent.get(BASE).query(query);
    expect(res.status).toBe(200);
    return res.body as Page<Mentor>;
  }

  const ids = async (query: Record<string, string | number | boolean>) =>
    (await list(query)).items.map((mentor) => mentor.id);

  async function timeline(id: string): Promise<TimelineRow[]> {
    return (await db.query(
      `SELECT kind, actor_id, changes FROM activities
       WHERE subject_type = 'mentor' AND subject_id = $1 ORDER BY created_at, id`,
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

  /** A programme, a cohort and startups, written directly: the cohort API is not under test here. */
  async function cohortWith(startupNames: string[]) {
    const programme = firstOf(
      (await db.query(`INSERT INTO programmes (name) VALUES ('Accelerator') RETURNING id`)) as {
        id: string;
      }[],
    );
    const cohort = firstOf(
      (await db.query(
        `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       VALUES ($1, $2, '2026-01-01', '2026-06-30', 'running') RETURNING id, name`,
        [programme.id, token('Batch ')],
      )) as { id: string; name: string }[],
    );
    const startups: { id: string; name: string }[] = [];
    for (const name of startupNames) {
      const startup = firstOf(
        (await db.query(`INSERT INTO startups (name) VALUES ($1) RETURNING id, name`, [name])) as {
          id: string;
          name: string;
        }[],
      );
      startups.push(startup);
    }
    return { cohort, startups };
  }

  async function mentorship(
    mentorId: string,
    cohortId: string,
    startupId: string,
    startedAt: string,
    endedAt: string | null = null,
  ): Promise<string> {
    const row = firstOf(
      (await db.query(
        `INSERT INTO mentorships (cohort_id, startup_id, mentor_id, started_at, ended_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [cohortId, startupId, mentorId, startedAt, endedAt],
      )) as { id: string }[],
    );
    return row.id;
  }

  describe('access', () => {
    it('answers 401 to anonymous readers and writers', async () => {
      const mentor = await create();
      const anonymous = request(app.getHttpServer());
      await anonymous.get(BASE).expect(401);
      await anonymous.get(`${BASE}/${mentor.id}`).expect(401);
      await anonymous.get(`${BASE}/${mentor.id}/mentees`).expect(401);
    });

    it('lets a viewer read everything but write nothing', async () => {
      const mentor = await create();
      await viewer.agent.get(BASE).expect(200);
      await viewer.agent.get(`${BASE}/${mentor.id}`).expect(200);
      await viewer.agent.get(`${BASE}/${mentor.id}/mentees`).expect(200);
      const as = write(viewer.agent, viewer.csrf);
      expect([
        (await as.post(BASE).send({ fullName: 'No', email: uniqueEmail() })).status,
        (await as.patch(`${BASE}/${mentor.id}`).send({ city: 'x' })).status,
        (await as.post(`${BASE}/${mentor.id}/archive`)).status,
        (await as.post(`${BASE}/${mentor.id}/restore`)).status,
        (await as.delete(`${BASE}/${mentor.id}`)).status,
      ]).toEqual([403, 403, 403, 403, 403]);
      expect(await timeline(mentor.id)).toHaveLength(1);
    });

    it('lets only an admin erase a mentor', async () => {
      const mentor = await create();
      await write(manager.agent, manager.csrf).delete(`${BASE}/${mentor.id}`).expect(403);
      await viewer.agent.get(`${BASE}/${mentor.id}`).expect(200);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${mentor.id}`).expect(204);
      await viewer.agent.get(`${BASE}/${mentor.id}`).expect(404);
    });
  });

  describe('create and read', () => {
    it('stores every field, normalises tags and records the creation', async () => {
      const email = uniqueEmail('ada');
      const body = {
        fullName: '  Dr. Ada Berger ',
        email: `  ${email} `,
        phone: '+49 341 123456-7',
        company: 'Berger Consulting',
        jobTitle: 'Managing partner',
        bio: 'Twenty years in B2B software sales.',
        expertise: ['b2b-sales', 'pricing'],
        sectors: ['software-saas'],
        stages: ['seed', 'series-a'],
        languages: ['de', 'en'],
        city: 'Leipzig',
        capacity: 3,
        availableFrom: '2026-01-01',
        availableUntil: '2026-12-31',
        status: 'paused',
        tags: [' EXIST ', 'Alumni 2024', 'exist'],
      };
      const res = await post(body);
      expect(res.status).toBe(201);
      const created = res.body as Mentor;
      expect(created).toEqual({
        ...body,
        fullName: 'Dr. Ada Berger',
        email,
        tags: ['EXIST', 'Alumni 2024'],
        load: 0,
        offered: 0,
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
      const created = await create({ phone: '', city: '   ' });
      expect(created).toMatchObject({
        phone: null,
        city: null,
        company: null,
        expertise: [],
        capacity: 2,
        availableFrom: null,
        status: 'active',
        tags: [],
      });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const missing = await viewer.agent.get(`${BASE}/${MISSING}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      await viewer.agent.get(`${BASE}/${MISSING}/mentees`).expect(404);
      const malformed = await viewer.agent.get(`${BASE}/not-a-uuid`);
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed.body)).toEqual(['id']);
    });
  });

  describe('validation', () => {
    it('names every invalid field of a body at once', async () => {
      const before = await count('mentors', []);
      const res = await post({
        fullName: '',
        email: 'not-an-email',
        phone: 'call me',
        capacity: 51,
        availableFrom: '2026-02-30',
        company: 'x'.repeat(201),
        status: 'retired',
        expertise: ['pricing', 'pricing'],
        tags: 'one',
        hacker: true,
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(
        [
          'availableFrom',
          'capacity',
          'company',
          'email',
          'expertise.1',
          'fullName',
          'hacker',
          'phone',
          'status',
          'tags',
        ].sort(),
      );
      expect(messagesOf(res.body, 'email')).toMatch(/email address/);
      expect(await count('mentors', [])).toBe(before);
    });

    it('takes capacity as a whole number from 0 to 50', async () => {
      for (const capacity of [-1, 1.5, '2', null, 51]) {
        const res = await post({ fullName: 'Cap', email: uniqueEmail(), capacity });
        expect({ capacity, status: res.status, fields: fieldsOf(res.body) }).toEqual({
          capacity,
          status: 400,
          fields: ['capacity'],
        });
      }
      expect((await create({ capacity: 0 })).capacity).toBe(0);
      expect((await create({ capacity: 50 })).capacity).toBe(50);
    });

    it('rejects an availability window that ends before it starts, also in a patch', async () => {
      const res = await post({
        fullName: 'Window',
        email: uniqueEmail(),
        availableFrom: '2026-06-01',
        availableUntil: '2026-05-31',
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['availableUntil']);
      expect((res.body as ApiErrorBody).errors?.[0]).toMatchObject({
        code: 'untilBeforeFrom',
        params: { from: '2026-06-01' },
      });
      // In the reader's language, with the other end named.
      const german = await write(manager.agent, manager.csrf)
        .post(BASE)
        .set('Accept-Language', 'de')
        .send({
          fullName: 'Fenster',
          email: uniqueEmail(),
          availableFrom: '2026-06-01',
          availableUntil: '2026-05-31',
        });
      expect((german.body as ApiErrorBody).errors?.[0]?.message).toBe(
        'darf nicht vor dem Beginn der Verfügbarkeit (2026-06-01) liegen',
      );

      const mentor = await create({ availableFrom: '2026-06-01', availableUntil: '2026-06-30' });
      const onlyEnd = await patch(mentor.id, { availableUntil: '2026-05-01' });
      expect(onlyEnd.status).toBe(400);
      expect(fieldsOf(onlyEnd.body)).toEqual(['availableUntil']);
      expect(messagesOf(onlyEnd.body, 'availableUntil')).toMatch(/2026-06-01/);
      const onlyStart = await patch(mentor.id, { availableFrom: '2026-07-01' });
      expect(fieldsOf(onlyStart.body)).toEqual(['availableUntil']);
      // Opening one end is fine; so is a one-day window.
      await patch(mentor.id, { availableUntil: null }).expect(200);
      await patch(mentor.id, { availableUntil: '2026-06-01' }).expect(200);
    });

    it('checks expertise against the topics vocabulary and names the position', async () => {
      const res = await post({
        fullName: 'Vocab',
        email: uniqueEmail(),
        expertise: ['pricing', 'marketing', 'fundrasing', 'fintech'],
        sectors: ['fintek'],
        stages: ['seed'],
        languages: ['de', 'klingon'],
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual([
        'expertise.2',
        'expertise.3',
        'languages.1',
        'sectors.0',
      ]);
      expect(messagesOf(res.body, 'expertise.2')).toMatch(/"fundrasing".*"fundraising"/);
      // A sector key is not a topic.
      expect(messagesOf(res.body, 'expertise.3')).toMatch(/"fintech" is not a known topic/);
      expect(messagesOf(res.body, 'sectors.0')).toMatch(/"fintech"/);
    });

    it('checks each tag, names its position and allows at most 20', async () => {
      const res = await post({
        fullName: 'Tags',
        email: uniqueEmail(),
        tags: ['ok', '#hash', ' ', 'x'.repeat(41)],
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['tags.1', 'tags.2', 'tags.3']);

      const many = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
      const tooMany = await post({ fullName: 'Tags', email: uniqueEmail(), tags: many });
      expect(fieldsOf(tooMany.body)).toEqual(['tags']);
      // Repeats do not count twice.
      const repeated = await create({ tags: [...many.slice(0, 20), 'TAG 0'] });
      expect(repeated.tags).toHaveLength(20);
    });

    it('rejects bad query parameters', async () => {
      for (const [query, field] of [
        [{ pageSize: 101 }, 'pageSize'],
        [{ page: 0 }, 'page'],
        [{ sort: 'email' }, 'sort'],
        [{ order: 'up' }, 'order'],
        [{ status: 'archived' }, 'status'],
        [{ topic: 'Not A Key' }, 'topic'],
        [{ hasCapacity: 'yes' }, 'hasCapacity'],
        [{ archived: '1' }, 'archived'],
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

  describe('unique email', () => {
    it('answers 409 naming the email, also when it differs only in case', async () => {
      const email = uniqueEmail('twin');
      await create({ email });
      for (const taken of [email, email.toUpperCase()]) {
        const res = await post({ fullName: 'Twin', email: taken });
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
        expect(fieldsOf(res.body)).toEqual(['email']);
      }
      expect(await count('mentors WHERE lower(email) = lower($1)', [email])).toBe(1);
    });

    it('answers 409 when a patch takes another mentor’s email, and writes nothing', async () => {
      const first = await create();
      const second = await create({ city: 'Halle' });
      const res = await patch(second.id, { email: first.email.toUpperCase(), city: 'Jena' });
      expect(res.status).toBe(409);
      expect(fieldsOf(res.body)).toEqual(['email']);
      const stored = (await viewer.agent.get(`${BASE}/${second.id}`)).body as Mentor;
      expect(stored).toEqual(second);
      expect(await timeline(second.id)).toHaveLength(1);
      // Changing the case of one's own email is no conflict.
      await patch(first.id, { email: first.email.toUpperCase() }).expect(200);
    });

    it('answers 409, not 500, to the loser of two simultaneous creations', async () => {
      for (let round = 0; round < 3; round++) {
        const email = uniqueEmail('race');
        const results = await Promise.all([
          post({ fullName: 'Racer A', email }),
          post({ fullName: 'Racer B', email: email.toUpperCase() }),
        ]);
        expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
        const loser = results.find((res) => res.status === 409);
        expect(fieldsOf(loser!.body)).toEqual(['email']);
        expect(await count('mentors WHERE lower(email) = lower($1)', [email])).toBe(1);
      }
    });
  });

  describe('update', () => {
    it('changes only the given fields and records them, before → after', async () => {
      const mentor = await create({ city: 'Halle', capacity: 2, expertise: ['pricing'] });
      const res = await patch(mentor.id, {
        city: null,
        capacity: 4,
        expertise: ['pricing', 'marketing'],
        fullName: mentor.fullName,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        city: null,
        capacity: 4,
        expertise: ['pricing', 'marketing'],
        email: mentor.email,
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(mentor.updatedAt));
      const entries = await timeline(mentor.id);
      expect(entries.map((entry) => entry.kind)).toEqual(['created', 'updated']);
      expect(itemAt(entries, 1).actor_id).toBe(manager.user.id);
      expect(itemAt(entries, 1).changes).toEqual([
        { field: 'expertise', before: ['pricing'], after: ['pricing', 'marketing'] },
        { field: 'city', before: 'Halle', after: null },
        { field: 'capacity', before: 2, after: 4 },
      ]);
    });

    it('writes nothing for a patch that changes nothing', async () => {
      const mentor = await create({ city: 'Dresden', tags: ['Alumni'] });
      const same = await patch(mentor.id, { city: ' Dresden ', tags: ['alumni', 'Alumni'] });
      expect(same.status).toBe(200);
      // Tags compare as normalised: "alumni" alone would be a change of spelling, not a repeat.
      expect(same.body.tags).toEqual(['alumni']);
      const entries = await timeline(mentor.id);
      expect(entries.map((entry) => entry.kind)).toEqual(['created', 'updated']);
      expect(itemAt(entries, 1).changes).toEqual([
        { field: 'tags', before: ['Alumni'], after: ['alumni'] },
      ]);

      const unchanged = await patch(mentor.id, { city: 'Dresden', tags: ['alumni'] });
      expect(unchanged.body.updatedAt).toBe(same.body.updatedAt);
      expect(await timeline(mentor.id)).toHaveLength(2);
    });

    it('writes nothing when any part of a patch is rejected', async () => {
      const mentor = await create({ city: 'Chemnitz' });
      const res = await patch(mentor.id, { city: 'Berlin', sectors: ['fintech', 'fintek'] });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['sectors.1']);
      const invalid = await patch(mentor.id, { city: 'Berlin', fullName: null, email: null });
      expect(fieldsOf(invalid.body)).toEqual(['email', 'fullName']);
      expect((await viewer.agent.get(`${BASE}/${mentor.id}`)).body).toEqual(mentor);
      expect(await timeline(mentor.id)).toHaveLength(1);
    });

    it('answers 404 for an unknown mentor', async () => {
      await patch(MISSING, { city: 'Berlin' }).expect(404);
    });
  });

  describe('archive, restore and erasure', () => {
    it('hides an archived mentor from the default list but keeps it readable and restorable', async () => {
      const city = token('Archivstadt');
      const mentor = await create({ city });
      const as = write(manager.agent, manager.csrf);

      const archived = await as.post(`${BASE}/${mentor.id}/archive`).expect(200);
      expect(archived.body.archivedAt).toEqual(expect.any(String));
      await as.post(`${BASE}/${mentor.id}/archive`).expect(200);
      expect(await ids({ city })).toEqual([]);
      expect(await ids({ city, archived: true })).toEqual([mentor.id]);
      expect((await viewer.agent.get(`${BASE}/${mentor.id}`).expect(200)).body.archivedAt).toBe(
        archived.body.archivedAt,
      );

      const restored = await as.post(`${BASE}/${mentor.id}/restore`).expect(200);
      expect(restored.body.archivedAt).toBeNull();
      await as.post(`${BASE}/${mentor.id}/restore`).expect(200);
      expect(await ids({ city })).toEqual([mentor.id]);
      expect(await ids({ city, archived: false })).toEqual([mentor.id]);
      // Each real change once; the repeated calls changed nothing.
      expect((await timeline(mentor.id)).map((entry) => [entry.kind, entry.actor_id])).toEqual([
        ['created', manager.user.id],
        ['archived', manager.user.id],
        ['restored', manager.user.id],
      ]);
      await as.post(`${BASE}/${MISSING}/archive`).expect(404);
    });

    it('erases the mentor, their mentorships and timeline, and nothing else', async () => {
      const mentor = await create();
      const other = await create();
      const { cohort, startups } = await cohortWith(['Erasable Startup']);
      await mentorship(mentor.id, cohort.id, firstOf(startups).id, '2026-01-10T00:00:00Z');
      await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohort.id,
        mentor.id,
      ]);
      await patch(mentor.id, { city: 'Leipzig' }).expect(200);
      // The startup's timeline names the mentor, as an assignment writes it.
      const mention = firstOf(
        (await db.query(
          `INSERT INTO activities (subject_type, subject_id, kind, data)
         VALUES ('startup', $1, 'mentorship', $2) RETURNING id`,
          [
            firstOf(startups).id,
            {
              cohortId: cohort.id,
              mentorId: mentor.id,
              mentorName: mentor.fullName,
              action: 'assigned',
            },
          ],
        )) as { id: string }[],
      );
      // A mail about the mentor and a link to the mentor (as an offer writes them); the other's stay.
      for (const { id } of [mentor, other]) {
        await db.query(
          `INSERT INTO mail_outbox (recipient, locale, template, data, subject_type, subject_id)
           VALUES ('mentor@example.org', 'en', 'test-message', '{}', 'mentor', $1)`,
          [id],
        );
        await db.query(
          `INSERT INTO link_tokens (token_hash, purpose, subject_type, subject_id, single_use, expires_at)
           VALUES (encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'mentor-offer', 'mentor', $1,
                   true, now() + interval '1 day')`,
          [id],
        );
      }

      await write(admin.agent, admin.csrf).delete(`${BASE}/${mentor.id}`).expect(204);
      expect(await count('mail_outbox WHERE subject_id = $1', [mentor.id])).toBe(0);
      expect(await count('link_tokens WHERE subject_id = $1', [mentor.id])).toBe(0);
      expect(await count('mail_outbox WHERE subject_id = $1', [other.id])).toBe(1);
      expect(await count('link_tokens WHERE subject_id = $1', [other.id])).toBe(1);
      // What happened stays on the startup's timeline; who it was does not.
      const kept = firstOf(
        (await db.query(`SELECT data FROM activities WHERE id = $1`, [mention.id])) as {
          data: Record<string, unknown>;
        }[],
      );
      expect(kept.data).toEqual({ cohortId: cohort.id, action: 'assigned', mentorErased: true });
      await viewer.agent.get(`${BASE}/${mentor.id}`).expect(404);
      expect(await timeline(mentor.id)).toEqual([]);
      expect(await count('mentorships WHERE mentor_id = $1', [mentor.id])).toBe(0);
      expect(await count('cohort_mentors WHERE mentor_id = $1', [mentor.id])).toBe(0);
      expect(await count('startups WHERE id = $1', [firstOf(startups).id])).toBe(1);
      expect(await timeline(other.id)).toHaveLength(1);
      await write(admin.agent, admin.csrf).delete(`${BASE}/${mentor.id}`).expect(404);
    });
  });

  describe('list', () => {
    it('finds by any part of name, email, company, city or tag; every word must match', async () => {
      const word = token('zephyr');
      const byName = await create({ fullName: `Anna ${word}ova` });
      const byCompany = await create({ company: `${word} GmbH`, city: 'Weimar' });
      const byTag = await create({ tags: [`${word}-club`] });
      const byEmail = await create({ email: `${word}@mentors.example.org` });

      expect((await ids({ q: word.toUpperCase() })).sort()).toEqual(
        [byName.id, byCompany.id, byTag.id, byEmail.id].sort(),
      );
      expect(await ids({ q: `${word} weimar` })).toEqual([byCompany.id]);
      expect(await ids({ q: `${word} nowhere` })).toEqual([]);
      expect(await ids({ q: `${word}%` })).toEqual([]);
    });

    it('filters by topic, sector, stage, language, city, status and tag', async () => {
      const city = token('Filterhausen');
      const tag = token('Kreis');
      const a = await create({
        city,
        expertise: ['pricing', 'legal'],
        sectors: ['fintech'],
        stages: ['seed'],
        languages: ['de'],
        tags: [tag],
      });
      const b = await create({
        city: city.toUpperCase(),
        expertise: ['legal'],
        sectors: ['edtech'],
        stages: ['seed', 'growth'],
        languages: ['en'],
        status: 'alumni',
      });
      const c = await create({ city, expertise: ['pricing'], stages: ['idea'], status: 'paused' });
      const filtered = async (query: Record<string, string>) =>
        (await ids({ city: city.toLowerCase(), ...query })).sort();

      expect(await filtered({})).toEqual([a.id, b.id, c.id].sort());
      expect(await filtered({ topic: 'pricing' })).toEqual([a.id, c.id].sort());
      expect(await filtered({ topic: 'legal', sector: 'edtech' })).toEqual([b.id]);
      expect(await filtered({ stage: 'seed' })).toEqual([a.id, b.id].sort());
      expect(await filtered({ language: 'de' })).toEqual([a.id]);
      expect(await filtered({ status: 'alumni' })).toEqual([b.id]);
      expect(await filtered({ status: 'active' })).toEqual([a.id]);
      expect(await ids({ tag })).toEqual([a.id]);
    });

    it('sorts names ignoring case, empty values last, ties by id', async () => {
      const city = token('Sortheim');
      const bravo = await create({ city, fullName: 'bravo', company: 'Zeta', capacity: 1 });
      const alpha = await create({ city, fullName: 'Alpha', capacity: 5 });
      const charlie = await create({ city, fullName: 'Charlie', company: 'acme', capacity: 1 });
      const sorted = (sort: string, order = 'asc') => ids({ city, sort, order });

      expect(await sorted('fullName')).toEqual([alpha.id, bravo.id, charlie.id]);
      expect(await sorted('fullName', 'desc')).toEqual([charlie.id, bravo.id, alpha.id]);
      expect(await sorted('company')).toEqual([charlie.id, bravo.id, alpha.id]);
      expect(await sorted('company', 'desc')).toEqual([bravo.id, charlie.id, alpha.id]);
      const byCapacity = await sorted('capacity');
      expect(byCapacity[2]).toBe(alpha.id);
      expect(byCapacity.slice(0, 2)).toEqual([bravo.id, charlie.id].sort());
      expect(await sorted('createdAt', 'desc')).toEqual([charlie.id, alpha.id, bravo.id]);
    });

    it('pages with the right sizes and totals, without overlap', async () => {
      const city = token('Seitenstadt');
      const created: string[] = [];
      for (let i = 0; i < 5; i++) created.push((await create({ city, fullName: 'Same' })).id);
      const pages = [];
      for (const page of [1, 2, 3]) pages.push(await list({ city, pageSize: 2, page }));
      expect(pages.map((p) => [p.items.length, p.total, p.page, p.pageSize])).toEqual([
        [2, 5, 1, 2],
        [2, 5, 2, 2],
        [1, 5, 3, 2],
      ]);
      expect(pages.flatMap((p) => p.items.map((m) => m.id)).sort()).toEqual(created.sort());
      expect((await list({ city })).pageSize).toBe(25);
    });
  });

  describe('mentees and load', () => {
    it('lists current mentees first, counts only them as load, and filters by free capacity', async () => {
      const city = token('Lastdorf');
      const mentor = await create({ city, capacity: 2 });
      const idle = await create({ city, capacity: 1 });
      const full = await create({ city, capacity: 1 });
      const { cohort, startups } = await cohortWith(['Alpha Robotics', 'Beta Bikes', 'Gamma']);
      const past = await mentorship(
        mentor.id,
        cohort.id,
        firstOf(startups).id,
        '2025-01-01T00:00:00Z',
        '2025-06-30T00:00:00Z',
      );
      const older = await mentorship(
        mentor.id,
        cohort.id,
        itemAt(startups, 1).id,
        '2026-01-01T00:00:00Z',
      );
      const newer = await mentorship(
        mentor.id,
        cohort.id,
        itemAt(startups, 2).id,
        '2026-02-01T00:00:00Z',
      );
      await mentorship(full.id, cohort.id, firstOf(startups).id, '2026-01-01T00:00:00Z');

      const res = await viewer.agent.get(`${BASE}/${mentor.id}/mentees`).expect(200);
      const mentees = res.body as Mentee[];
      expect(mentees.map((m) => m.mentorshipId)).toEqual([newer, older, past]);
      expect(mentees[0]).toEqual({
        mentorshipId: newer,
        startup: { id: itemAt(startups, 2).id, name: 'Gamma' },
        cohort: { id: cohort.id, name: cohort.name },
        startedAt: '2026-02-01T00:00:00.000Z',
        endedAt: null,
      });
      expect(itemAt(mentees, 2).endedAt).toBe('2025-06-30T00:00:00.000Z');
      expect((await viewer.agent.get(`${BASE}/${idle.id}/mentees`).expect(200)).body).toEqual([]);

      expect((await viewer.agent.get(`${BASE}/${mentor.id}`)).body.load).toBe(2);
      const listed = await list({ city });
      expect(Object.fromEntries(listed.items.map((m) => [m.id, m.load]))).toEqual({
        [mentor.id]: 2,
        [idle.id]: 0,
        [full.id]: 1,
      });
      // The mentor with two live mentees at capacity 2 is full too.
      expect(await ids({ city, hasCapacity: true })).toEqual([idle.id]);
      expect((await ids({ city, hasCapacity: false })).sort()).toEqual([mentor.id, full.id].sort());
    });

    it('counts open offers apart from mentorships, and an offered place as not free', async () => {
      const city = token('Angebotsdorf');
      const mentor = await create({ city, capacity: 3 });
      const { cohort, startups } = await cohortWith(['Delta', 'Epsilon', 'Zeta', 'Eta']);
      await mentorship(mentor.id, cohort.id, firstOf(startups).id, '2026-01-01T00:00:00Z');
      const run = firstOf(
        (await db.query(
          `INSERT INTO matching_runs (cohort_id, kind, status, parameters, progress, finished_at)
         VALUES ($1, 'mentors', 'done',
           '{"k":1,"minScore":0,"weights":{},"fairness":true,"fairnessPenalty":5}', 100, now())
         RETURNING id`,
          [cohort.id],
        )) as { id: string }[],
      );
      // Two offers wait for an answer; a declined one and one not sent yet hold no offer.
      for (const [startup, status] of [
        [itemAt(startups, 1), 'offered'],
        [itemAt(startups, 2), 'offered'],
        [itemAt(startups, 3), 'declined'],
      ] as const) {
        await db.query(
          `INSERT INTO match_proposals (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status)
           VALUES ($1, $2, $3, $4, 70, '[]'::jsonb, 1, $5)`,
          [run.id, cohort.id, startup.id, mentor.id, status],
        );
      }

      const read = (await viewer.agent.get(`${BASE}/${mentor.id}`).expect(200)).body as Mentor;
      expect({ load: read.load, offered: read.offered }).toEqual({ load: 1, offered: 2 });
      const listed = await list({ city });
      expect(listed.items.map((m) => [m.load, m.offered])).toEqual([[1, 2]]);
      // One mentorship and two open offers fill three places.
      expect(await ids({ city, hasCapacity: true })).toEqual([]);
      expect(await ids({ city, hasCapacity: false })).toEqual([mentor.id]);
    });
  });

  describe('listAll (the export)', () => {
    it('returns every match in list order, without paging', async () => {
      const city = token('Exportstadt');
      const created: Mentor[] = [];
      for (const name of ['delta', 'Alpha', 'charlie', 'Bravo']) {
        created.push(await create({ city, fullName: name }));
      }
      await write(manager.agent, manager.csrf)
        .post(`${BASE}/${firstOf(created).id}/archive`)
        .expect(200);
      const all = await app.get(MentorsService).listAll({ city, sort: 'fullName', order: 'desc' });
      expect(all.map((m) => m.fullName)).toEqual(['charlie', 'Bravo', 'Alpha']);
      expect(all[0]).toEqual((await viewer.agent.get(`${BASE}/${itemAt(created, 2).id}`)).body);
    });
  });
});
