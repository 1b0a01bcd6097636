import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type ImportDetail,
  type ImportJob,
  type ImportRowResult,
  type ImportStatus,
  type Page,
} from '@kohorte/contracts';
import type { Worker } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { startImportWorker } from './support/import-worker';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/imports';
// Jest runs in the workspace's folder (npm test -w @kohorte/api).
const FIXTURES = join(process.cwd(), 'test/fixtures/imports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

function messagesOf(body: ApiErrorBody, field: string): string {
  return (body.errors ?? []).find((error) => error.field === field)?.messages.join(' ') ?? '';
}

/** A CSV of `count` mentors with distinct emails under `domain`. */
function mentorRows(count: number, domain: string): Buffer {
  const lines = ['Name;E-Mail;Stadt;Kapazität;Fachgebiete'];
  for (let i = 1; i <= count; i++) {
    lines.push(`Mentor ${i};mentor-${i}@${domain};Leipzig;${i % 4};Pitchen, Marketing`);
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

describe('imports API', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;
  let worker: Worker;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
    worker = startImportWorker(app);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  async function upload(
    file: Buffer,
    kind: string,
    fileName = 'import.csv',
  ): Promise<request.Response> {
    return write(manager.agent, manager.csrf)
      .post(BASE)
      .field('kind', kind)
      .attach('file', file, { filename: fileName, contentType: 'text/csv' });
  }

  async function uploaded(file: Buffer, kind: string): Promise<ImportDetail> {
    const res = await upload(file, kind);
    expect(res.status).toBe(201);
    return res.body as ImportDetail;
  }

  async function waitFor(id: string, statuses: ImportStatus[], timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await viewer.agent.get(`${BASE}/${id}`).expect(200);
      const job = res.body as ImportDetail;
      if (statuses.includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`import ${id} is still ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Saves the mapping (the suggested one unless given) and waits for the dry run. */
  async function dryRun(job: ImportJob, mapping = job.mapping): Promise<ImportDetail> {
    const res = await write(manager.agent, manager.csrf)
      .put(`${BASE}/${job.id}/mapping`)
      .send({ mapping });
    expect(res.status).toBe(200);
    return waitFor(job.id, ['validated', 'failed']);
  }

  async function applied(job: ImportJob): Promise<ImportDetail> {
    await write(manager.agent, manager.csrf).post(`${BASE}/${job.id}/apply`).expect(202);
    return waitFor(job.id, ['done', 'failed']);
  }

  async function rows(id: string, query: Record<string, string | number> = {}) {
    const res = await viewer.agent.get(`${BASE}/${id}/rows`).query(query).expect(200);
    return res.body as Page<ImportRowResult>;
  }

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const row = firstOf((await db.query(sql, params)) as { n: number }[]);
    return row.n;
  }
  const mentorCount = (domain: string) =>
    count(`SELECT count(*)::int AS n FROM mentors WHERE email LIKE $1`, [`%@${domain}`]);

  describe('access', () => {
    it('answers 401 to anonymous callers and 403 to a viewer who uploads or applies', async () => {
      await request(app.getHttpServer()).get(BASE).expect(401);
      const res = await write(viewer.agent, viewer.csrf)
        .post(BASE)
        .field('kind', 'mentors')
        .attach('file', fixture('mentors-en.csv'), 'mentors.csv');
      expect(res.status).toBe(403);

      const job = await uploaded(fixture('mentors-duplicates.csv'), 'mentors');
      await write(viewer.agent, viewer.csrf)
        .put(`${BASE}/${job.id}/mapping`)
        .send({ mapping: job.mapping })
        .expect(403);
      await dryRun(job);
      await write(viewer.agent, viewer.csrf).post(`${BASE}/${job.id}/apply`).expect(403);
      await write(viewer.agent, viewer.csrf).delete(`${BASE}/${job.id}`).expect(403);
      // A viewer reads imports.
      await viewer.agent.get(BASE).expect(200);
      await viewer.agent.get(`${BASE}/${job.id}/rows`).expect(200);
    });
  });

  describe('upload', () => {
    it('reads an English comma file and suggests the mapping from its headers', async () => {
      const job = await uploaded(fixture('mentors-en.csv'), 'mentors');
      expect(job).toMatchObject({
        status: 'uploaded',
        kind: 'mentors',
        delimiter: ',',
        totalRows: 4,
        fileName: 'import.csv',
        createdBy: { id: manager.user.id, name: manager.user.name },
      });
      expect(job.headers[0]).toBe('Name');
      expect(job.mapping).toEqual({
        fullName: 'Name',
        email: 'Email',
        phone: 'Phone',
        company: 'Company',
        jobTitle: 'Position',
        expertise: 'Expertise',
        sectors: 'Sectors',
        stages: 'Stages',
        languages: 'Languages',
        city: 'City',
        capacity: 'Capacity',
        availableFrom: 'Available from',
        availableUntil: 'Available until',
        status: 'Status',
        tags: 'Tags',
      });
      expect(itemAt(job.preview, 2)[0]).toBe('Linus "The Kernel" T.');
    });

    it('reads a German semicolon file with a byte-order mark', async () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('startups-de.csv')]);
      const job = await uploaded(bytes, 'startups');
      expect(job.delimiter).toBe(';');
      expect(job.headers[0]).toBe('Name');
      expect(job.mapping).toMatchObject({
        name: 'Name',
        website: 'Webseite',
        city: 'Stadt',
        stage: 'Phase',
        sectors: 'Branchen',
        foundedOn: 'Gründungsdatum',
        teamSize: 'Teamgröße',
        topics: 'Themen',
        languages: 'Sprachen',
        tags: 'Schlagworte',
      });
      expect(itemAt(job.preview, 2)[0]).toBe('Müller & Söhne; Digital');
    });

    it('reads a Windows-1252 or UTF-16 file with its umlauts, and says how it was read', async () => {
      const text = 'Name;E-Mail;Stadt\r\nJürgen Müller;jm@example.org;Görlitz\r\n';
      const windows = await uploaded(Buffer.from(text, 'latin1'), 'mentors');
      expect(windows).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
      expect(windows.preview).toEqual([['Jürgen Müller', 'jm@example.org', 'Görlitz']]);
      // Excel's "Unicode text": UTF-16 LE with a byte-order mark, tab-separated.
      const unicode = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(text.replace(/;/g, '\t'), 'utf16le'),
      ]);
      const utf16 = await uploaded(unicode, 'mentors');
      expect(utf16).toMatchObject({ encoding: 'UTF-16LE', delimiter: '\t' });
      expect(utf16.preview).toEqual([['Jürgen Müller', 'jm@example.org', 'Görlitz']]);
      // The manager may read it otherwise.
      const res = await write(manager.agent, manager.csrf)
        .post(BASE)
        .field('kind', 'mentors')
        .field('encoding', 'UTF-8')
        .attach('file', Buffer.from(text, 'latin1'), 'mentors.csv');
      expect(res.status).toBe(201);
      expect(firstOf((res.body as ImportDetail).preview)[0]).toBe('J\ufffdrgen M\ufffdller');
    });

    it('rejects an empty file, a file without data rows, a missing file and an unknown kind', async () => {
      const empty = await upload(Buffer.from(''), 'mentors');
      expect(empty.status).toBe(400);
      expect(messagesOf(empty.body as ApiErrorBody, 'file')).toMatch(/empty/);
      const headerOnly = await upload(fixture('header-only.csv'), 'mentors');
      expect(headerOnly.status).toBe(400);
      expect(messagesOf(headerOnly.body as ApiErrorBody, 'file')).toMatch(/no data rows/);
      const noFile = await write(manager.agent, manager.csrf).post(BASE).field('kind', 'mentors');
      expect(noFile.status).toBe(400);
      expect(messagesOf(noFile.body as ApiErrorBody, 'file')).toMatch(/choose a CSV file/);
      const badKind = await upload(fixture('mentors-en.csv'), 'unicorns');
      expect(badKind.status).toBe(400);
      expect(messagesOf(badKind.body as ApiErrorBody, 'kind')).not.toBe('');
    });

    it('refuses a file over 10 MB with 413 naming the file', async () => {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
      const res = await upload(big, 'mentors');
      expect(res.status).toBe(413);
      expect(messagesOf(res.body as ApiErrorBody, 'file')).toMatch(/10 MB/);
    });

    it('says what is wrong with a file in German for Accept-Language: de', async () => {
      const inGerman = (file: Buffer, fileName = 'import.csv') =>
        write(manager.agent, manager.csrf)
          .post(BASE)
          .set('Accept-Language', 'de')
          .field('kind', 'mentors')
          .attach('file', file, { filename: fileName, contentType: 'text/csv' });
      const messageOf = (body: ApiErrorBody) => body.errors?.[0]?.message;

      const headerOnly = await inGerman(fixture('header-only.csv'));
      expect(headerOnly.status).toBe(400);
      expect(headerOnly.body).toMatchObject({
        errors: [{ field: 'file', code: 'fileWithoutRows' }],
      });
      expect(messageOf(headerOnly.body as ApiErrorBody)).toBe(
        'Die Datei hat eine Kopfzeile, aber keine Datenzeilen',
      );
      const broken = await inGerman(Buffer.from('PK\u0003\u0004 kaputt'), 'liste.xlsx');
      expect(broken.status).toBe(400);
      expect(messageOf(broken.body as ApiErrorBody)).toMatch(
        /^Die Datei ist keine lesbare xlsx-Arbeitsmappe: /,
      );
      const big = await inGerman(Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
      expect(big.status).toBe(413);
      expect(big.body).toMatchObject({ errors: [{ field: 'file', code: 'fileTooLarge' }] });
      expect(messageOf(big.body as ApiErrorBody)).toBe('darf nicht größer als 10 MB sein');
    }, 30_000);
  });

  describe('mapping', () => {
    it('names a required field left unmapped and an unknown column', async () => {
      const job = await uploaded(fixture('mentors-no-email-column.csv'), 'mentors');
      expect(job.mapping.email).toBeUndefined();
      const missing = await write(manager.agent, manager.csrf)
        .put(`${BASE}/${job.id}/mapping`)
        .send({ mapping: job.mapping });
      expect(missing.status).toBe(400);
      expect(messagesOf(missing.body as ApiErrorBody, 'mapping.email')).toMatch(/required/);
      expect((missing.body as ApiErrorBody).errors?.[0]).toMatchObject({ code: 'columnRequired' });
      const german = await write(manager.agent, manager.csrf)
        .put(`${BASE}/${job.id}/mapping`)
        .set('Accept-Language', 'de')
        .send({ mapping: job.mapping });
      expect((german.body as ApiErrorBody).errors?.[0]?.message).toBe(
        'ist ein Pflichtfeld: Wählen Sie die Spalte, die es enthält',
      );

      const unknown = await write(manager.agent, manager.csrf)
        .put(`${BASE}/${job.id}/mapping`)
        .send({ mapping: { ...job.mapping, email: 'E-Mail', shoeSize: 'City' } });
      expect(unknown.status).toBe(400);
      const body = unknown.body as ApiErrorBody;
      expect(messagesOf(body, 'mapping.email')).toMatch(/not a column of the file/);
      expect(messagesOf(body, 'mapping.shoeSize')).toMatch(/not a field/);
      expect((await waitFor(job.id, ['uploaded'])).status).toBe('uploaded');
    });
  });

  describe('dry run and apply', () => {
    it('shows create and update rows, writes nothing, then applies everything with timeline entries', async () => {
      const domain = 'import-en.kohorte.dev';
      const existing = firstOf(
        (await db.query(
          `INSERT INTO mentors (full_name, email, city, capacity, company)
         VALUES ('Existing Mentor', 'existing.mentor@${domain}', 'Halle', 1, 'Old Company')
         RETURNING id`,
        )) as { id: string }[],
      );
      const activitiesBefore = await count(`SELECT count(*)::int AS n FROM activities`);

      const job = await dryRun(await uploaded(fixture('mentors-en.csv'), 'mentors'));
      expect(job).toMatchObject({
        status: 'validated',
        progress: 100,
        counts: { create: 3, update: 1, reject: 0 },
      });
      expect(await mentorCount(domain)).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM activities`)).toBe(activitiesBefore);

      const all = await rows(job.id);
      expect(all.total).toBe(4);
      expect(all.items.map((r) => [r.row, r.action, r.label])).toEqual([
        [2, 'create', 'Ada Lovelace'],
        [3, 'create', 'Grace Hopper'],
        [4, 'create', 'Linus "The Kernel" T.'],
        [5, 'update', 'Existing Mentor'],
      ]);
      expect(all.items[3]).toMatchObject({
        matchedId: existing.id,
        changes: [
          { field: 'company', before: 'Old Company', after: 'New Company AG' },
          { field: 'city', before: 'Halle', after: 'Jena' },
          { field: 'capacity', before: 1, after: 4 },
        ],
      });
      const updates = await rows(job.id, { action: 'update', pageSize: 1 });
      expect(updates).toMatchObject({ total: 1, page: 1, pageSize: 1 });
      expect(updates.items.map((r) => r.row)).toEqual([5]);

      const done = await applied(job);
      expect(done).toMatchObject({
        status: 'done',
        progress: 100,
        counts: { create: 3, update: 1, reject: 0 },
        error: null,
      });
      expect(done.finishedAt).not.toBeNull();
      expect(await mentorCount(domain)).toBe(4);
      const [ada] = (await db.query(
        `SELECT full_name, phone, company, job_title, expertise, sectors, stages, languages, city,
           capacity, available_from::text, available_until::text, status, tags
         FROM mentors WHERE email = $1`,
        [`ada.lovelace@${domain}`],
      )) as Record<string, unknown>[];
      expect(ada).toEqual({
        full_name: 'Ada Lovelace',
        phone: '+49 341 1234567',
        company: 'Analytical Engines Ltd',
        job_title: 'CTO',
        expertise: ['fundraising', 'pitching'],
        sectors: ['fintech'],
        stages: ['seed', 'series-a'],
        languages: ['en', 'de'],
        city: 'Leipzig',
        capacity: 3,
        available_from: '2025-01-01',
        available_until: '2025-12-31',
        status: 'active',
        tags: ['Batch 2025', 'EXIST'],
      });
      const [grace] = (await db.query(
        `SELECT expertise, stages, languages, status, capacity FROM mentors WHERE email = $1`,
        [`grace.hopper@${domain}`],
      )) as Record<string, unknown>[];
      expect(grace).toEqual({
        expertise: ['tech-architecture'],
        stages: ['seed'],
        languages: ['en'],
        status: 'paused',
        capacity: 2,
      });
      const [updated] = (await db.query(
        `SELECT email, company, city, capacity FROM mentors WHERE id = $1`,
        [existing.id],
      )) as Record<string, unknown>[];
      // The email is the key: its case in the file does not overwrite the stored one.
      expect(updated).toEqual({
        email: `existing.mentor@${domain}`,
        company: 'New Company AG',
        city: 'Jena',
        capacity: 4,
      });

      const entries = (await db.query(
        `SELECT subject_id, actor_id, changes, data FROM activities
         WHERE kind = 'imported' AND data->>'importId' = $1 ORDER BY data->>'row'`,
        [job.id],
      )) as { subject_id: string; actor_id: string; changes: unknown; data: unknown }[];
      expect(entries).toHaveLength(4);
      expect(entries.every((e) => e.actor_id === manager.user.id)).toBe(true);
      expect(entries[3]).toMatchObject({
        subject_id: existing.id,
        data: { importId: job.id, row: 5, action: 'update' },
        changes: [
          { field: 'company', before: 'Old Company', after: 'New Company AG' },
          { field: 'city', before: 'Halle', after: 'Jena' },
          { field: 'capacity', before: 1, after: 4 },
        ],
      });
      expect(entries[0]).toMatchObject({ changes: null, data: { row: 2, action: 'create' } });

      // Applying again is refused, and so is a new mapping.
      const again = await write(manager.agent, manager.csrf).post(`${BASE}/${job.id}/apply`);
      expect(again.status).toBe(409);
      expect((again.body as ApiErrorBody).message).toMatch(/applied already/);
      await write(manager.agent, manager.csrf)
        .put(`${BASE}/${job.id}/mapping`)
        .send({ mapping: job.mapping })
        .expect(409);
      await write(manager.agent, manager.csrf).delete(`${BASE}/${job.id}`).expect(409);
      expect(await mentorCount(domain)).toBe(4);

      const listed = (await viewer.agent.get(BASE).expect(200)).body as ImportJob[];
      expect(listed.find((j) => j.id === job.id)).toMatchObject({ status: 'done' });
    });

    it('reads German headers, labels, dates and numbers in a semicolon file, and matches startups by name and website', async () => {
      const existing = firstOf(
        (await db.query(
          `INSERT INTO startups (name, website, city) VALUES ('Bestandsstartup', 'https://bestand.example/', 'Leipzig') RETURNING id`,
        )) as { id: string }[],
      );
      const job = await dryRun(await uploaded(fixture('startups-de.csv'), 'startups'));
      expect(job.counts).toEqual({ create: 3, update: 1, reject: 0 });
      const verdicts = await rows(job.id);
      expect(verdicts.items[3]).toMatchObject({ row: 5, action: 'update', matchedId: existing.id });

      expect((await applied(job)).status).toBe('done');
      const written = (await db.query(
        `SELECT name, website, city, stage, sectors, founded_on::text, team_size, topics, languages, tags
         FROM startups WHERE name IN ('Kohlewerk Robotik', 'Auenwald Analytics', 'Müller & Söhne; Digital')
         ORDER BY name`,
      )) as Record<string, unknown>[];
      expect(written).toEqual([
        {
          name: 'Auenwald Analytics',
          website: 'https://auenwald.example/',
          city: 'Halle (Saale)',
          stage: 'growth',
          sectors: ['software-saas'],
          founded_on: '2019-11-15',
          team_size: 1200,
          topics: ['internationalisation'],
          languages: ['de'],
          tags: [],
        },
        {
          name: 'Kohlewerk Robotik',
          website: 'https://www.kohlewerk-robotik.example',
          city: 'Leipzig',
          stage: 'idea',
          sectors: ['fintech', 'logistics'],
          founded_on: '2024-03-01',
          team_size: 4,
          topics: ['pitching', 'pricing'],
          languages: ['de', 'en'],
          tags: ['Batch 2025'],
        },
        {
          name: 'Müller & Söhne; Digital',
          website: null,
          city: 'Chemnitz',
          stage: 'pre-seed',
          sectors: ['industry-4-0'],
          founded_on: '2023-06-30',
          team_size: null,
          topics: ['public-funding', 'b2b-sales'],
          languages: ['de'],
          tags: [],
        },
      ]);
      const [bestand] = (await db.query(
        `SELECT website, city, stage, team_size, revision FROM startups WHERE id = $1`,
        [existing.id],
      )) as Record<string, unknown>[];
      expect(bestand).toEqual({
        website: 'https://bestand.example/',
        city: 'Jena',
        stage: 'seed',
        team_size: 7,
        revision: 2,
      });
    });

    it('rejects bad emails and blank required values, naming field and column', async () => {
      const job = await dryRun(await uploaded(fixture('mentors-bad-email.csv'), 'mentors'));
      expect(job.counts).toEqual({ create: 1, update: 0, reject: 2 });
      const rejected = await rows(job.id, { action: 'reject' });
      expect(rejected.items).toEqual([
        {
          row: 3,
          action: 'reject',
          label: 'Bad Email',
          matchedId: null,
          errors: [
            {
              field: 'email',
              column: 'Email',
              code: 'notEmail',
              params: { value: 'not-an-email' },
              messages: ['"not-an-email" is not an email address'],
            },
          ],
        },
        {
          row: 4,
          action: 'reject',
          label: 'Missing Email',
          matchedId: null,
          errors: [
            {
              field: 'email',
              column: 'Email',
              code: 'required',
              params: {},
              messages: ['is required'],
            },
          ],
        },
      ]);
      // In German for a reader who asks for it.
      const german = await viewer.agent
        .get(`${BASE}/${job.id}/rows`)
        .query({ action: 'reject' })
        .set('Accept-Language', 'de-DE,de;q=0.9,en;q=0.8')
        .expect(200);
      expect(
        firstOf(firstOf((german.body as Page<ImportRowResult>).items).errors).messages,
      ).toEqual(['„not-an-email“ ist keine E-Mail-Adresse']);
      // Rejected rows are skipped; the rest is written.
      expect(await applied(job)).toMatchObject({
        status: 'done',
        counts: { create: 1, update: 0, reject: 2 },
      });
      expect(await mentorCount('import-bad.kohorte.dev')).toBe(1);
    });

    it('rejects unknown vocabulary values and suggests the nearest', async () => {
      const job = await dryRun(
        await uploaded(fixture('mentors-unknown-vocabulary.csv'), 'mentors'),
      );
      const verdicts = await rows(job.id);
      expect(firstOf(verdicts.items).errors).toEqual([
        {
          field: 'sectors',
          column: 'Sectors',
          code: 'unknownValueSuggestion',
          params: {
            value: 'Fintek',
            suggestion: { de: 'FinTech', en: 'Fintech' },
          },
          messages: ['"Fintek" is not a known value; did you mean "Fintech"?'],
        },
      ]);
      expect(itemAt(verdicts.items, 1).errors[0]).toMatchObject({
        code: 'unknownValue',
        messages: [
          '"Quantum Basket Weaving" is not a known value; map it, or its rows are rejected',
        ],
      });
      // Each value once, with its rows and what it may mean.
      expect(job.values).toEqual([
        {
          domain: 'sectors',
          fields: ['sectors'],
          value: 'Fintek',
          rows: 1,
          suggestion: 'fintech',
          key: null,
        },
        {
          domain: 'sectors',
          fields: ['sectors'],
          value: 'Quantum Basket Weaving',
          rows: 1,
          suggestion: null,
          key: null,
        },
      ]);
    });

    it('rejects a later row with the same email as an earlier one', async () => {
      const job = await dryRun(await uploaded(fixture('mentors-duplicates.csv'), 'mentors'));
      expect(job.counts).toEqual({ create: 2, update: 0, reject: 1 });
      const [duplicate] = (await rows(job.id, { action: 'reject' })).items;
      expect(duplicate).toMatchObject({
        row: 4,
        label: 'Second Copy',
        errors: [
          {
            field: 'email',
            column: 'Email',
            code: 'duplicateRow',
            messages: ['duplicate of row 2 (same email)'],
          },
        ],
      });
    });

    it('checks numbers, choices, the email language and the ticket range of investors', async () => {
      const job = await dryRun(await uploaded(fixture('investors-en.csv'), 'investors'));
      const verdicts = (await rows(job.id)).items;
      expect(verdicts.map((r) => r.action)).toEqual(['create', 'reject', 'reject']);
      expect(itemAt(verdicts, 1).errors).toEqual([
        {
          field: 'ticketMinEur',
          column: 'Ticket min (EUR)',
          code: 'notMore',
          params: {
            value: 500000,
            other: { de: 'Ticket max. (EUR)', en: 'Ticket max (EUR)' },
            otherValue: 100000,
          },
          messages: ['500,000 is more than Ticket max (EUR) (100,000)'],
        },
      ]);
      expect(itemAt(verdicts, 2).errors.map((e) => [e.field, e.column])).toEqual([
        ['type', 'Type'],
        ['introsPerRound', 'Introductions per round'],
        ['locale', 'Language'],
      ]);
      expect(itemAt(itemAt(verdicts, 2).errors, 1).messages).toEqual(['-1 is less than 0']);
      expect(itemAt(itemAt(verdicts, 2).errors, 2).messages).toEqual([
        '"Französisch" is not a known value; map it, or its rows are rejected',
      ]);
      expect((await applied(job)).status).toBe('done');
      const [angels] = (await db.query(
        `SELECT type, ticket_min_eur::int AS min, ticket_max_eur::int AS max, regions, intros_per_round,
           locale
         FROM investors WHERE email = 'anna@import-inv.kohorte.dev'`,
      )) as Record<string, unknown>[];
      expect(angels).toEqual({
        type: 'angel',
        min: 25000,
        max: 250000,
        regions: ['sachsen', 'dach'],
        intros_per_round: 2,
        locale: 'en',
      });
    });

    it('discards an import that was not applied', async () => {
      const job = await dryRun(await uploaded(fixture('mentors-duplicates.csv'), 'mentors'));
      await write(manager.agent, manager.csrf).delete(`${BASE}/${job.id}`).expect(204);
      expect((await waitFor(job.id, ['discarded'])).preview).toEqual([]);
      await write(manager.agent, manager.csrf).post(`${BASE}/${job.id}/apply`).expect(409);
      await write(manager.agent, manager.csrf)
        .delete(`${BASE}/00000000-0000-4000-8000-000000000000`)
        .expect(404);
    });
  });

  describe('all or nothing', () => {
    it('fails without writing when an email was taken after the dry run', async () => {
      const domain = 'import-taken.kohorte.dev';
      const job = await dryRun(await uploaded(mentorRows(20, domain), 'mentors'));
      expect(job.counts.create).toBe(20);
      await db.query(
        `INSERT INTO mentors (full_name, email) VALUES ('Quicker', 'MENTOR-12@${domain}')`,
      );
      const failed = await applied(job);
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/^Nothing was written: .*row 13 \(Mentor 12\).*dry run again/);
      expect(await mentorCount(domain)).toBe(1);
      await write(manager.agent, manager.csrf).post(`${BASE}/${job.id}/apply`).expect(409);

      // A new dry run sees the taken email as an update; applying then works.
      const again = await dryRun(failed);
      expect(again.counts).toEqual({ create: 19, update: 1, reject: 0 });
      expect((await applied(again)).status).toBe('done');
      expect(await mentorCount(domain)).toBe(20);
    });

    it('writes nothing when row 3,000 of 5,000 fails halfway through the apply, and all after a new dry run', async () => {
      const domain = 'import-halfway.kohorte.dev';
      const job = await dryRun(await uploaded(mentorRows(5000, domain), 'mentors'));
      expect(job.counts).toEqual({ create: 5000, update: 0, reject: 0 });
      // The database refuses the 3,000th record while the import writes it.
      await db.query(`
        CREATE FUNCTION import_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused %', NEW.email; END $$`);
      await db.query(`
        CREATE TRIGGER import_test_refuse BEFORE INSERT ON mentors FOR EACH ROW
        WHEN (NEW.email = 'mentor-3000@${domain}') EXECUTE FUNCTION import_test_refuse()`);
      let failed: ImportDetail;
      try {
        failed = await applied(job);
      } finally {
        await db.query(`DROP TRIGGER import_test_refuse ON mentors`);
        await db.query(`DROP FUNCTION import_test_refuse()`);
      }
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/Nothing was written: refused mentor-3000@/);
      expect(await mentorCount(domain)).toBe(0);
      expect(
        await count(`SELECT count(*)::int AS n FROM activities WHERE data->>'importId' = $1`, [
          job.id,
        ]),
      ).toBe(0);

      const again = await dryRun(failed);
      expect((await applied(again)).status).toBe('done');
      expect(await mentorCount(domain)).toBe(5000);
      // Three dry runs and two applies of 5,000 rows: well above the default on a busy machine.
    }, 120_000);
  });
});
