import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type Cohort,
  formatImportReason,
  type ImportDetail,
  type ImportJob,
  type ImportRowResult,
  type ImportStatus,
  type Page,
  type Programme,
} from '@kohorte/contracts';
import type { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { startImportWorker } from './support/import-worker';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { defined, firstOf } from '@kohorte/server/testing';

// Written by `npm run fixtures:import` (tools/src/fixtures): a Leipzig incubator's 300 startups in
// the four forms its files come in, with planted faults that planted-faults.json names.
const FIXTURES = join(process.cwd(), 'test/fixtures/imports/incubator');
const BASE = '/api/v1/imports';

interface PlantedFault {
  fault: string;
  row: number;
  field: string;
  code: string;
}
interface Manifest {
  rows: number;
  duplicatedRow: number;
  nearMissValue: string;
  unknownValue: string;
  files: Record<string, { encoding: string | null; faults: PlantedFault[] }>;
}
const manifest = JSON.parse(
  readFileSync(join(FIXTURES, 'planted-faults.json'), 'utf8'),
) as Manifest;
const FILES = Object.keys(manifest.files);

describe('importing an incubator’s own files', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let worker: Worker;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    worker = startImportWorker(app);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });
  // Each file starts from no startups and no remembered mappings, so that every file's rows are
  // created (not updated) and each file's values are asked for.
  beforeEach(async () => {
    await db.query(`DELETE FROM startups WHERE website LIKE 'https://www.%.de'`);
    await db.query(`DELETE FROM import_value_mappings`);
  });

  const writer = () => write(manager.agent, manager.csrf);

  async function upload(name: string): Promise<ImportDetail> {
    const res = await writer()
      .post(BASE)
      .field('kind', 'startups')
      .attach('file', readFileSync(join(FIXTURES, name)), name);
    expect(res.status).toBe(201);
    return res.body as ImportDetail;
  }

  async function waitFor(id: string, statuses: ImportStatus[]): Promise<ImportDetail> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = (await manager.agent.get(`${BASE}/${id}`).expect(200)).body as ImportDetail;
      if (statuses.includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`import ${id} is still ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function dryRun(job: ImportJob, extra: Record<string, unknown> = {}) {
    const res = await writer()
      .put(`${BASE}/${job.id}/mapping`)
      .send({ mapping: job.mapping, ...extra });
    expect(res.status).toBe(200);
    return waitFor(job.id, ['validated', 'failed']);
  }

  /** Maps every value the dry run suggests a key for, but the planted near miss; reruns. */
  async function mapSuggested(job: ImportDetail): Promise<ImportDetail> {
    const values = job.values
      .filter((v) => v.suggestion !== null && v.value !== manifest.nearMissValue)
      .map((v) => ({ domain: v.domain, value: v.value, key: v.suggestion }));
    const res = await writer().put(`${BASE}/${job.id}/values`).send({ values });
    expect(res.status).toBe(200);
    return waitFor(job.id, ['validated', 'failed']);
  }

  async function rejected(id: string): Promise<ImportRowResult[]> {
    const res = await manager.agent
      .get(`${BASE}/${id}/rows`)
      .query({ action: 'reject', pageSize: 100 })
      .expect(200);
    return (res.body as Page<ImportRowResult>).items;
  }

  it.each(FILES)(
    '%s: every planted fault is reported on its row in German and English, every other row is created',
    async (name) => {
      const expected = defined(manifest.files[name], `the manifest entry of ${name}`);
      const uploaded = await upload(name);
      expect(uploaded).toMatchObject({
        format: name.endsWith('.xlsx') ? 'xlsx' : 'csv',
        encoding: expected.encoding,
        locale: 'de',
        totalRows: manifest.rows,
      });
      // The umlauts are right before anything runs.
      expect(firstOf(uploaded.preview)[0]).toBe('Pleiße Labs GmbH');
      expect(uploaded.mapping).toMatchObject({
        name: 'Name',
        foundedOn: expect.any(String),
        stage: expect.any(String),
        sectors: expect.any(String),
        fundingRaisedEur: expect.stringMatching(/Finanzierung bisher|Funding to date/),
      });

      const first = await dryRun(uploaded);
      expect(first.status).toBe('validated');
      const byValue = new Map(first.values.map((v) => [v.value, v]));
      expect(byValue.get('Gesundheit')).toMatchObject({ suggestion: 'healthtech', key: null });
      expect(byValue.get('Serie A')).toMatchObject({ domain: 'stages', suggestion: 'series-a' });
      expect(byValue.get(manifest.nearMissValue)).toMatchObject({ suggestion: 'logistics' });
      expect(byValue.get(manifest.unknownValue)).toMatchObject({ rows: 1, suggestion: null });

      const job = await mapSuggested(first);
      const faults = expected.faults;
      expect(job.counts).toEqual({
        create: manifest.rows - faults.length,
        update: 0,
        reject: faults.length,
      });
      const verdicts = await rejected(job.id);
      expect(verdicts.map((v) => v.row)).toEqual(faults.map((f) => f.row));
      for (const fault of faults) {
        const verdict = verdicts.find((v) => v.row === fault.row)!;
        expect(verdict.errors).toEqual([
          expect.objectContaining({ field: fault.field, code: fault.code }),
        ]);
        const error = firstOf(verdict.errors);
        const german = formatImportReason(error.code, error.params, 'de');
        const english = formatImportReason(error.code, error.params, 'en');
        expect(german).not.toBe(english);
        expect(`${german} ${english}`).not.toMatch(/\{\w+\}/);
      }

      const started = await writer().post(`${BASE}/${job.id}/apply`).expect(202);
      const done = await waitFor((started.body as ImportJob).id, ['done', 'failed']);
      expect(done).toMatchObject({
        status: 'done',
        counts: { create: manifest.rows - faults.length },
      });
      const created = firstOf(
        (await db.query(
          `SELECT count(*)::int AS startups,
           (SELECT count(*)::int FROM startup_contacts c JOIN startups s ON s.id = c.startup_id
            WHERE s.website LIKE 'https://www.%.de') AS contacts
         FROM startups WHERE website LIKE 'https://www.%.de'`,
        )) as { startups: number; contacts: number }[],
      );
      expect(created.startups).toBe(manifest.rows - faults.length);
      // One founder per startup, two for every third.
      expect(created.contacts).toBeGreaterThan(created.startups);
      const [pleisse] = (await db.query(
        `SELECT s.stage, s.sectors, s.funding_raised_eur::int AS raised, s.funding_sought_eur::int
           AS sought, s.founded_on::text AS founded, array_agg(c.full_name ORDER BY c.full_name)
           AS founders
         FROM startups s JOIN startup_contacts c ON c.startup_id = s.id
         WHERE s.name = 'Pleiße Labs GmbH' GROUP BY s.id`,
      )) as Record<string, unknown>[];
      expect(pleisse).toEqual({
        stage: 'idea',
        sectors: ['healthtech', 'cleantech-energy'],
        raised: 0,
        sought: 2_500_000,
        founded: '2016-01-01',
        founders: ['Jürgen Müller', 'Moritz Weiß'],
      });
    },
    180_000,
  );

  it('remembers value mappings for the next import, and puts every startup into a chosen cohort', async () => {
    const programme = (await writer().post('/api/v1/programmes').send({ name: 'Import-Kohorte' }))
      .body as Programme;
    const cohortRes = await writer().post('/api/v1/cohorts').send({
      programmeId: programme.id,
      name: 'Frühjahr 2027',
      startsOn: '2027-03-01',
      endsOn: '2027-08-31',
    });
    expect(cohortRes.status).toBe(201);
    const cohort = cohortRes.body as Cohort;

    const first = await mapSuggested(await dryRun(await upload('startups-de-bom.csv')));
    await writer().delete(`${BASE}/${first.id}`).expect(204);

    const next = await upload('startups-de-1252.csv');
    const job = await dryRun(next, { cohortId: cohort.id, membershipStatus: 'accepted' });
    expect(job.values.find((v) => v.value === 'Gesundheit')).toMatchObject({ key: 'healthtech' });
    expect(job.values.find((v) => v.value === manifest.nearMissValue)).toMatchObject({ key: null });
    expect(job).toMatchObject({ cohortId: cohort.id, membershipStatus: 'accepted' });
    const created = job.counts.create;
    await writer().post(`${BASE}/${job.id}/apply`).expect(202);
    expect(await waitFor(job.id, ['done', 'failed'])).toMatchObject({ status: 'done' });
    const members = firstOf(
      (await db.query(
        `SELECT count(*)::int AS n FROM cohort_startups WHERE cohort_id = $1 AND status = 'accepted'`,
        [cohort.id],
      )) as { n: number }[],
    );
    expect(members.n).toBe(created);
  }, 180_000);
});
