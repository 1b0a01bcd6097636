/**
 * `npm run bench:import`: a CSV of generated mentors (German headers, semicolons, as Excel writes
 * them) imported through the real services and the real worker — upload, dry run (job), apply
 * (job) — on a database of its own, next to a baseline that writes the same rows with bare
 * multi-row INSERTs through `pg` in one transaction. Prints rows/s of each step and their ratio to
 * the baseline. Options: --rows 5000,20000 (the file sizes).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { ImportsService } from '@kohorte/server/imports';
import { createWorker } from '@kohorte/worker';
import { Client } from 'pg';
import { type DemoMentor, generateMentors } from '../demo/demo-people';
import {
  benchServerUrl,
  createBenchDatabase,
  dropBenchDatabase,
  loadVocabulary,
} from './bench-database';
import { waitForImport } from './import-status';
import { itemAt } from '../shared/items';

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '5000,20000' } },
});
const sizes = args.rows.split(',').map(Number);
const log = (message: string) => console.log(`[bench] ${message}`);

const HEADERS = [
  'Name',
  'E-Mail',
  'Telefon',
  'Unternehmen',
  'Position',
  'Kurzbiografie',
  'Fachgebiete',
  'Branchen',
  'Phasen',
  'Sprachen',
  'Stadt',
  'Kapazität',
  'Status',
];

function quoted(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The file a programme manager would export from Excel: UTF-8 with BOM, `;`, CRLF. */
function mentorCsv(mentors: readonly DemoMentor[]): Buffer {
  const lines = [HEADERS.join(';')];
  for (const m of mentors) {
    const cells = [
      m.fullName,
      m.email,
      m.phone,
      m.company,
      m.jobTitle,
      m.bio,
      m.expertise.join(', '),
      m.sectors.join(', '),
      m.stages.join(', '),
      m.languages.join(', '),
      m.city,
      String(m.capacity),
      m.status,
    ];
    lines.push(cells.map(quoted).join(';'));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const COLUMNS = [
  'full_name',
  'email',
  'phone',
  'company',
  'job_title',
  'bio',
  'expertise',
  'sectors',
  'stages',
  'languages',
  'city',
  'capacity',
  'status',
];
// 13 parameters a row: 5,000 rows a statement stays under PostgreSQL's 65,535 parameters.
const BASELINE_ROWS_PER_STATEMENT = 5000;

/** The baseline: the same values, multi-row INSERT … VALUES through pg, in one transaction. */
async function baselineInsert(url: string, mentors: readonly DemoMentor[]): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('BEGIN');
    for (let start = 0; start < mentors.length; start += BASELINE_ROWS_PER_STATEMENT) {
      const batch = mentors.slice(start, start + BASELINE_ROWS_PER_STATEMENT);
      const params: unknown[] = [];
      const tuples = batch.map((m) => {
        const values = [
          m.fullName,
          m.email,
          m.phone,
          m.company,
          m.jobTitle,
          m.bio,
          m.expertise,
          m.sectors,
          m.stages,
          m.languages,
          m.city,
          m.capacity,
          m.status,
        ];
        const placeholders = values.map((value) => {
          params.push(value);
          return `$${params.length}`;
        });
        return `(${placeholders.join(', ')})`;
      });
      await client.query(
        `INSERT INTO mentors (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`,
        params,
      );
    }
    await client.query('COMMIT');
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

async function truncateRecords(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('TRUNCATE mentors, activities CASCADE');
  } finally {
    await client.end();
  }
}

interface Result {
  rows: number;
  fileMb: number;
  uploadMs: number;
  dryRunMs: number;
  applyMs: number;
  baselineMs: number;
}

async function measure(app: INestApplicationContext, url: string, count: number): Promise<Result> {
  const imports = app.get(ImportsService);
  // The demo's emails repeat for namesakes; an import file has one row per person.
  const mentors = generateMentors(count, await loadVocabulary(url), 7).map((mentor, index) => ({
    ...mentor,
    email: mentor.email.replace('@', `.${index}@`),
  }));
  const file = mentorCsv(mentors);

  await truncateRecords(url);
  const baselineMs = await baselineInsert(url, mentors);
  await truncateRecords(url);

  let started = performance.now();
  const uploaded = await imports.create('mentors', 'mentors.csv', file, null);
  const uploadMs = performance.now() - started;

  started = performance.now();
  await imports.setMapping(uploaded.id, { mapping: uploaded.mapping });
  await waitForImport(url, uploaded.id, 'validated');
  const dryRunMs = performance.now() - started;
  const validated = await imports.get(uploaded.id);
  if (validated.counts.create !== count) {
    throw new Error(`the dry run accepted ${validated.counts.create} of ${count} rows`);
  }

  started = performance.now();
  await imports.apply(uploaded.id);
  await waitForImport(url, uploaded.id, 'done');
  const applyMs = performance.now() - started;
  return {
    rows: count,
    fileMb: file.length / 1024 / 1024,
    uploadMs,
    dryRunMs,
    applyMs,
    baselineMs,
  };
}

function perSecond(rows: number, ms: number): string {
  return Math.round(rows / (ms / 1000)).toLocaleString('en-US');
}

function report(results: readonly Result[]): string {
  const header = [
    'rows',
    'file',
    'upload',
    'dry run rows/s',
    'apply rows/s',
    'baseline rows/s',
    'dry run ÷ baseline',
    'apply ÷ baseline',
    'upload+dry run+apply',
  ];
  const rows = results.map((r) => [
    r.rows.toLocaleString('en-US'),
    `${r.fileMb.toFixed(1)} MB`,
    `${Math.round(r.uploadMs)} ms`,
    perSecond(r.rows, r.dryRunMs),
    perSecond(r.rows, r.applyMs),
    perSecond(r.rows, r.baselineMs),
    `${(r.baselineMs / r.dryRunMs).toFixed(2)}×`,
    `${(r.baselineMs / r.applyMs).toFixed(2)}×`,
    `${((r.uploadMs + r.dryRunMs + r.applyMs) / 1000).toFixed(2)} s`,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => itemAt(row, i).length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell.padStart(itemAt(widths, i))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const serverUrl = benchServerUrl();
  log(`creating a database of its own on ${new URL(serverUrl).host}`);
  const database = await createBenchDatabase(serverUrl);
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_PREFIX = `kohorte-bench-${randomBytes(4).toString('hex')}`;
  process.env.LOG_LEVEL ??= 'warn';
  let app: INestApplicationContext | undefined;
  try {
    // The real worker (its imports processor runs the jobs); the services of its context enqueue.
    app = await createWorker();
    const results: Result[] = [];
    for (const size of sizes) {
      log(`${size.toLocaleString('en-US')} mentors: baseline, upload, dry run, apply`);
      results.push(await measure(app, database.url, size));
    }
    console.log('');
    console.log(
      `PostgreSQL ${database.serverVersion}, Node ${process.version}, ${cpus().length} CPUs. ` +
        'Dry run and apply are timed from the request to the status the worker writes (queue included);',
    );
    console.log(
      'apply includes re-checking every row in its transaction and one timeline entry per record. ' +
        'Ratios: baseline time ÷ step time (1.00× = as fast as the bare INSERTs).',
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
