import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type FieldError,
  type ImportRowResult,
  type Page,
  STARTUP_BAD_VALUES,
} from '@kohorte/contracts';
import type { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { dryRunFile, startImportWorker } from './support/import-worker';
import { signedInAgent, type TestAgent, write } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

// The import's column headers of the fields the table names (the English export's headers).
const HEADERS: Record<string, string> = {
  name: 'Name',
  website: 'Website',
  city: 'City',
  oneLiner: 'One-liner',
  foundedOn: 'Founded',
  teamSize: 'Team size',
  fundingRaisedEur: 'Funding raised (EUR)',
};
const COLUMNS = Object.keys(HEADERS);
const PREFIX = 'Reasons Probe';

/**
 * One definition per field, proven from outside: each bad value of the shared table gets the same
 * reason (code and parameters) from POST /startups and from an import's dry run, and the 400 reads
 * in German for `Accept-Language: de`. (The web form's side: startup-form-reasons.spec.ts.)
 */
describe('field reasons: the API and the import refuse a value alike', () => {
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
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const post = (body: object, language?: string) => {
    const req = write(manager.agent, manager.csrf).post('/api/v1/startups');
    return (language ? req.set('Accept-Language', language) : req).send(body);
  };

  const startupsNamed = async (prefix: string): Promise<number> => {
    const row = firstOf(
      (await db.query(`SELECT count(*)::int AS n FROM startups WHERE name LIKE $1`, [
        `${prefix}%`,
      ])) as { n: number }[],
    );
    return row.n;
  };

  it('gives each bad value the table’s reason from POST /startups, in English by default', async () => {
    for (const [index, bad] of STARTUP_BAD_VALUES.entries()) {
      const body = { name: `${PREFIX} ${index}`, [bad.field]: bad.value };
      const res = await post(body);
      expect(res.status).toBe(400);
      const errors = (res.body as ApiErrorBody).errors ?? [];
      expect(errors).toEqual([
        {
          field: bad.field,
          code: bad.code,
          params: bad.params,
          message: bad.en,
          messages: [bad.en],
        },
      ]);
    }
    expect(await startupsNamed(PREFIX)).toBe(0);
  }, 60_000);

  it('answers in German with Accept-Language: de, codes and parameters unchanged', async () => {
    for (const bad of STARTUP_BAD_VALUES) {
      const res = await post(
        { name: `${PREFIX} de`, [bad.field]: bad.value },
        'de-DE,de;q=0.9,en;q=0.8',
      );
      expect(res.status).toBe(400);
      const body = res.body as ApiErrorBody;
      expect(body.message).toBe('Einige Felder sind ungültig');
      const error = firstOf(body.errors ?? []);
      expect(error).toMatchObject({ field: bad.field, code: bad.code, params: bad.params });
      expect(error.message).toBe(bad.de);
      expect(error.messages).toEqual([bad.de]);
    }
    // A preference for English among several languages keeps English.
    const english = await post({ name: '', city: 'Leipzig' }, 'fr;q=1, en;q=0.8, de;q=0.5');
    expect((english.body as ApiErrorBody).errors?.[0]?.message).toBe('is required');
  }, 60_000);

  it('renders reasons the services give (unknown vocabulary keys) in German too', async () => {
    const res = await post({ name: `${PREFIX} vocab`, stage: 'sed' }, 'de');
    expect(res.status).toBe(400);
    const error = firstOf((res.body as ApiErrorBody).errors as FieldError[]);
    expect(error).toMatchObject({ field: 'stage', code: 'unknownTermSuggestion' });
    expect(error.message).toBe('„sed“ ist kein bekannter Wert (Phase); meinten Sie „seed“?');
  }, 30_000);

  it('gives each bad cell the same reason in an import’s dry run', async () => {
    const lines = [COLUMNS.map((key) => HEADERS[key]).join(';')];
    for (const [index, bad] of STARTUP_BAD_VALUES.entries()) {
      // Every row names a city, so that the row without a name is not a blank line.
      const cells = COLUMNS.map((key) =>
        key === 'name' ? `${PREFIX} import ${index}` : key === 'city' ? 'Leipzig' : '',
      );
      cells[COLUMNS.indexOf(bad.field)] = bad.cell;
      lines.push(cells.join(';'));
    }
    const job = await dryRunFile(manager, Buffer.from(lines.join('\r\n'), 'utf8'), 'startups');
    expect(job.status).toBe('validated');
    expect(job.counts.reject).toBe(STARTUP_BAD_VALUES.length);

    const page = (
      await manager.agent
        .get(`/api/v1/imports/${job.id}/rows`)
        .query({ pageSize: 100 })
        .set('Accept-Language', 'de')
        .expect(200)
    ).body as Page<ImportRowResult>;
    for (const [index, bad] of STARTUP_BAD_VALUES.entries()) {
      // Row 2 is the first data row, as a spreadsheet numbers it.
      const row = page.items.find((item) => item.row === index + 2);
      expect(row?.action).toBe('reject');
      expect(row?.errors).toEqual([
        expect.objectContaining({
          field: bad.field,
          column: HEADERS[bad.field],
          code: bad.code,
          params: bad.params,
          messages: [bad.de],
        }),
      ]);
    }
  }, 60_000);
});
