import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { IMPORT_FIELDS, type ImportRowResult, type Page } from '@kohorte/contracts';
import type { Worker } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { dryRunFile, startImportWorker } from './support/import-worker';
import { signedInAgent, type TestAgent } from './support/sign-in';
import { firstN, itemAt } from '@kohorte/server/testing';

const BASE = '/api/v1/exports';

/** A word no other test uses, so that a search finds only this test's records. */
function token(label: string): string {
  return `${label}${randomBytes(4).toString('hex')}`;
}

/** supertest's parser for a download: the raw bytes. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('exports API', () => {
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

  async function download(path: string, query: Record<string, string>) {
    const res = await viewer.agent.get(`${BASE}/${path}`).query(query).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const bytes = res.body as Buffer;
    return { res, bytes, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  }

  const lines = (text: string) => text.split('\r\n').filter((line) => line !== '');

  async function insertMentor(values: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(values);
    await db.query(
      `INSERT INTO mentors (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(values),
    );
  }

  it('lets every signed-in role export, and nobody else', async () => {
    await request(app.getHttpServer()).get(`${BASE}/mentors.csv`).expect(401);
    await viewer.agent
      .get(`${BASE}/mentors.csv`)
      .query({ q: token('none') })
      .expect(200);
    await viewer.agent
      .get(`${BASE}/startups.csv`)
      .query({ q: token('none') })
      .expect(200);
    await viewer.agent
      .get(`${BASE}/investors.csv`)
      .query({ q: token('none') })
      .expect(200);
  });

  it('writes UTF-8 with a BOM, English headers, the list filters, and lists joined with "; "', async () => {
    const word = token('Export');
    await insertMentor({
      full_name: `Jürgen ${word}`,
      email: `juergen-${word}@export.kohorte.dev`,
      city: 'Leipzig',
      expertise: ['pitching', 'fundraising'],
      tags: ['Batch 2025', 'Beirat'],
    });
    await insertMentor({
      full_name: `Berta ${word}`,
      email: `berta-${word}@export.kohorte.dev`,
      city: 'Leipzig',
    });
    await insertMentor({
      full_name: `Halle ${word}`,
      email: `halle-${word}@export.kohorte.dev`,
      city: 'Halle',
    });

    const { res, bytes, text } = await download('mentors.csv', { q: word, city: 'Leipzig' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="mentors-${today}.csv"`);
    const [header, ...rows] = lines(text);
    if (header === undefined) throw new Error('the export has no header line');
    expect(header).toBe(IMPORT_FIELDS.mentors.map((field) => field.labelEn).join(','));
    expect(header.startsWith('Name,Email,Phone,Company,Position,Bio,Expertise')).toBe(true);
    // The list's order (by name) and only the Leipzig mentors.
    expect(rows).toHaveLength(2);
    expect(itemAt(rows, 0).startsWith(`Berta ${word},berta-${word}@export.kohorte.dev,`)).toBe(
      true,
    );
    expect(rows[1]).toContain(`Jürgen ${word}`);
    expect(rows[1]).toContain(',pitching; fundraising,');
    expect(itemAt(rows, 1).endsWith(',Batch 2025; Beirat')).toBe(true);
  });

  it('writes German headers with semicolons for German Excel', async () => {
    const word = token('Semikolon');
    await insertMentor({ full_name: `Clara ${word}`, email: `clara-${word}@export.kohorte.dev` });
    const { text } = await download('mentors.csv', { q: word, lang: 'de', delimiter: 'semicolon' });
    const [header, row] = firstN(lines(text), 2);
    expect(header).toBe(IMPORT_FIELDS.mentors.map((field) => field.labelDe).join(';'));
    expect(
      header.startsWith('Name;E-Mail;Telefon;Unternehmen;Position;Kurzbiografie;Fachgebiete'),
    ).toBe(true);
    expect(row.startsWith(`Clara ${word};clara-${word}@export.kohorte.dev;`)).toBe(true);
  });

  it('refuses unknown options and filters, naming them', async () => {
    const bad = await viewer.agent.get(`${BASE}/mentors.csv`).query({ delimiter: 'tab' });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'delimiter',
    ]);
    await viewer.agent.get(`${BASE}/startups.csv`).query({ shoeSize: '42' }).expect(400);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const word = token('Formula');
    await insertMentor({
      full_name: `Eve ${word}`,
      email: `eve-${word}@export.kohorte.dev`,
      company: '=HYPERLINK("http://evil.example","click")',
      phone: '+49 341 123456',
    });
    const { text } = await download('mentors.csv', { q: word });
    const [, row] = lines(text);
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row).toContain(',+49 341 123456,');
  });

  describe('round trip: an exported file imports back as updates, without rejects', () => {
    async function roundTrip(path: string, kind: string, query: Record<string, string>) {
      const { bytes } = await download(path, query);
      const job = await dryRunFile(manager, bytes, kind);
      expect(job.status).toBe('validated');
      const rows = (await manager.agent.get(`/api/v1/imports/${job.id}/rows`).expect(200))
        .body as Page<ImportRowResult>;
      return { job, rows: rows.items };
    }

    it('mentors, in both header languages', async () => {
      const word = token('Round');
      await insertMentor({
        full_name: `Dora ${word}`,
        email: `dora-${word}@export.kohorte.dev`,
        phone: '+49 (341) 12-34/5',
        company: '=SUM(1,2)',
        job_title: 'CFO',
        bio: 'Zeilen\nmit Umbruch; und "Zitat"',
        expertise: ['pitching', 'ai-ml'],
        sectors: ['fintech'],
        stages: ['seed', 'series-a'],
        languages: ['de', 'en'],
        city: 'Leipzig',
        capacity: 0,
        available_from: '2026-01-01',
        available_until: '2026-06-30',
        status: 'paused',
        tags: ['Beirat', 'Batch 2025'],
      });
      await insertMentor({ full_name: `Emil ${word}`, email: `emil-${word}@export.kohorte.dev` });
      const languages: Record<string, string>[] = [{}, { lang: 'de', delimiter: 'semicolon' }];
      for (const options of languages) {
        const { job, rows } = await roundTrip('mentors.csv', 'mentors', { q: word, ...options });
        expect(job.counts).toEqual({ create: 0, update: 2, reject: 0 });
        expect(rows.map((r) => [r.action, r.changes])).toEqual([
          ['update', []],
          ['update', []],
        ]);
      }
    });

    it('startups', async () => {
      const word = token('Roundstart');
      await db.query(
        `INSERT INTO startups (name, one_liner, website, founded_on, stage, sectors, team_size, city,
           funding_raised_eur, funding_sought_eur, languages, topics, tags)
         VALUES ($1, 'Kurz, knapp; klar', 'https://www.round.example/', '2021-02-03', 'seed',
           '{fintech,logistics}', 12, 'Jena', 250000, 1000000, '{de}', '{pricing}', '{EXIST}'),
                ($2, NULL, NULL, NULL, NULL, '{}', NULL, NULL, NULL, NULL, '{}', '{}', '{}')`,
        [`Alpha ${word}`, `Beta ${word}`],
      );
      const { job, rows } = await roundTrip('startups.csv', 'startups', { q: word });
      expect(job.counts).toEqual({ create: 0, update: 2, reject: 0 });
      expect(rows.every((r) => r.action === 'update' && r.changes?.length === 0)).toBe(true);
    });

    it('investors, with their email language, in both header languages', async () => {
      const word = token('Roundinv');
      await db.query(
        `INSERT INTO investors (name, contact_name, email, type, sectors, stages, ticket_min_eur,
           ticket_max_eur, regions, intros_per_round, status, locale, tags)
         VALUES ($1, 'Ina Invest', $2, 'vc', '{fintech}', '{seed}', 50000, 2000000,
           '{sachsen,dach}', 4, 'inactive', 'en', '{Fonds}'),
                ($3, NULL, $4, 'public', '{}', '{}', NULL, NULL, '{}', 3, 'active', 'de', '{}')`,
        [
          `Fonds ${word}`,
          `fonds-${word}@export.kohorte.dev`,
          `Bank ${word}`,
          `bank-${word}@export.kohorte.dev`,
        ],
      );
      const { text } = await download('investors.csv', { q: word });
      const [header, bank, fonds] = firstN(lines(text), 3);
      expect(header).toBe(IMPORT_FIELDS.investors.map((field) => field.labelEn).join(','));
      expect(header.endsWith(',Status,Language,Tags')).toBe(true);
      expect(bank.endsWith(',active,de,')).toBe(true);
      expect(fonds.endsWith(',inactive,en,Fonds')).toBe(true);

      const languages: Record<string, string>[] = [{}, { lang: 'de', delimiter: 'semicolon' }];
      for (const options of languages) {
        const { job, rows } = await roundTrip('investors.csv', 'investors', {
          q: word,
          ...options,
        });
        expect(job.counts).toEqual({ create: 0, update: 2, reject: 0 });
        expect(rows.every((r) => r.action === 'update' && r.changes?.length === 0)).toBe(true);
      }
    });
  });
});
