/**
 * `npm run bench:import-fixtures`: the incubator fixtures (apps/api/test/fixtures/imports/incubator,
 * written by `npm run fixtures:import`) imported one after the other through the real services and
 * the real worker, on a database of its own: upload, dry run, value mapping (every suggestion but
 * the planted near miss, as the API test does) with its second dry run, and apply. Prints, per
 * file: rows, created, rejected, and the time of each step and of all of them.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { ImportsService } from '@kohorte/server/imports';
import { createWorker } from '@kohorte/worker';
import { Client } from 'pg';
import { FIXTURE_DIR } from '../fixtures/write-import-fixtures';
import { benchServerUrl, createBenchDatabase, dropBenchDatabase } from './bench-database';
import { waitForImport } from './import-status';
import { itemAt } from '../shared/items';

const log = (message: string) => console.log(`[bench] ${message}`);

interface Manifest {
  nearMissValue: string;
  files: Record<string, unknown>;
}

interface Result {
  file: string;
  rows: number;
  created: number;
  rejected: number;
  uploadMs: number;
  dryRunMs: number;
  valuesMs: number;
  applyMs: number;
}

/** Each file starts from no startups and no remembered mappings, as a first import would. */
async function reset(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('TRUNCATE startups, activities, import_value_mappings CASCADE');
  } finally {
    await client.end();
  }
}

async function measure(
  app: INestApplicationContext,
  url: string,
  path: string,
  nearMiss: string,
): Promise<Result> {
  const imports = app.get(ImportsService);
  const bytes = readFileSync(path);
  await reset(url);

  let started = performance.now();
  const uploaded = await imports.create('startups', basename(path), bytes, null);
  const uploadMs = performance.now() - started;

  started = performance.now();
  await imports.setMapping(uploaded.id, { mapping: uploaded.mapping });
  await waitForImport(url, uploaded.id, 'validated');
  const dryRunMs = performance.now() - started;

  started = performance.now();
  const first = await imports.get(uploaded.id);
  const values = first.values
    .filter((v) => v.suggestion !== null && v.value !== nearMiss)
    .map((v) => ({ domain: v.domain, value: v.value, key: v.suggestion }));
  await imports.setValues(uploaded.id, { values }, null);
  await waitForImport(url, uploaded.id, 'validated');
  const valuesMs = performance.now() - started;
  const validated = await imports.get(uploaded.id);

  started = performance.now();
  await imports.apply(uploaded.id);
  await waitForImport(url, uploaded.id, 'done');
  const applyMs = performance.now() - started;
  const done = await imports.get(uploaded.id);
  return {
    file: basename(path),
    rows: done.totalRows,
    created: done.counts.create,
    rejected: validated.counts.reject,
    uploadMs,
    dryRunMs,
    valuesMs,
    applyMs,
  };
}

function report(results: readonly Result[]): string {
  const header = [
    'file',
    'rows',
    'created',
    'rejected',
    'upload',
    'dry run',
    'values + dry run',
    'apply',
    'upload+dry run+apply',
  ];
  const ms = (value: number) => `${Math.round(value)} ms`;
  const rows = results.map((r) => [
    r.file,
    String(r.rows),
    String(r.created),
    String(r.rejected),
    ms(r.uploadMs),
    ms(r.dryRunMs),
    ms(r.valuesMs),
    ms(r.applyMs),
    ms(r.uploadMs + r.dryRunMs + r.applyMs),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => itemAt(row, i).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(itemAt(widths, i)) : cell.padStart(itemAt(widths, i)),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const manifest = JSON.parse(
    readFileSync(join(FIXTURE_DIR, 'planted-faults.json'), 'utf8'),
  ) as Manifest;
  const serverUrl = benchServerUrl();
  log(`creating a database of its own on ${new URL(serverUrl).host}`);
  const database = await createBenchDatabase(serverUrl);
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_PREFIX = `kohorte-bench-${randomBytes(4).toString('hex')}`;
  process.env.LOG_LEVEL ??= 'warn';
  let app: INestApplicationContext | undefined;
  try {
    app = await createWorker();
    const results: Result[] = [];
    for (const file of Object.keys(manifest.files)) {
      log(`${file}: upload, dry run, value mapping, apply`);
      results.push(
        await measure(app, database.url, join(FIXTURE_DIR, file), manifest.nearMissValue),
      );
    }
    console.log('');
    console.log(
      `PostgreSQL ${database.serverVersion}, Node ${process.version}, ${cpus().length} CPUs. ` +
        'Dry runs and apply are timed from the request to the status the worker writes (queue ' +
        'included); "values + dry run" is saving the value mappings and the second dry run.',
    );
    console.log('');
    console.log(report(results));
  } finally {
    await app?.close();
    await dropBenchDatabase(serverUrl, database.name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
