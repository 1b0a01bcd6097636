import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOptions, runMigrations } from '@kohorte/server/database';
import { createTestDatabase, dropTestDatabase, testServerUrl } from '@kohorte/server/testing';
import { DataSource } from 'typeorm';
import { seedDemoData } from '../demo/seed-demo';
import { backupDatabase } from './backup';
import { clientMajorVersion, queryOnce, serverMajorVersion } from './pg-client';
import { hasPendingMigrations, restoreDatabase } from './restore';
import { defined, firstOf } from '../shared/items';

function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Rows of every table outside PostgreSQL's own schemas, by `schema.table`. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const tables = await queryOnce<{ name: string }>(
    url,
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts = firstOf(
    await queryOnce<Record<string, number>>(
      url,
      `SELECT ${tables.map(({ name }, i) => `(SELECT count(*)::int FROM ${name}) AS "t${i}"`).join(', ')}`,
    ),
  );
  return Object.fromEntries(
    tables.map(({ name }, i) => [name, defined(counts[`t${i}`], `the count of ${name}`)]),
  );
}

async function sequenceValues(url: string): Promise<Record<string, string | null>> {
  const rows = await queryOnce<{ name: string; last_value: string | null }>(
    url,
    `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text
     FROM pg_sequences ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.last_value]));
}

describe('backup and restore', () => {
  let source: { url: string; name: string };
  const restoredName = `kohorte_test_restored_${process.pid}_${Date.now()}`;
  const restoredUrl = databaseUrl(restoredName);
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kohorte-backup-'));
    source = await createTestDatabase('kohorte_test_backup');
    const dataSource = new DataSource(dataSourceOptions({ url: source.url, poolSize: 2 }));
    await dataSource.initialize();
    try {
      await seedDemoData(dataSource);
    } finally {
      await dataSource.destroy();
    }
    await queryOnce(databaseUrl('postgres'), `CREATE DATABASE "${restoredName}"`);
  }, 120_000);

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    if (source) await dropTestDatabase(source.name);
    await dropTestDatabase(restoredName);
  });

  it('uses client programs no older than the server', async () => {
    const server = await serverMajorVersion(source.url);
    expect(await clientMajorVersion('pg_dump')).toBeGreaterThanOrEqual(server);
    expect(await clientMajorVersion('pg_restore')).toBeGreaterThanOrEqual(server);
  });

  it('restores a dump of the seeded database into an empty one with every row', async () => {
    const file = join(folder, 'kohorte.dump');
    await backupDatabase(source.url, file);
    expect(statSync(file).size).toBeGreaterThan(10_000);

    await restoreDatabase(restoredUrl, file);

    const before = await tableCounts(source.url);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public.startups']).toBeGreaterThan(0);
    expect(before['public.migrations']).toBeGreaterThan(0);
    expect(await tableCounts(restoredUrl)).toEqual(before);
    expect(await sequenceValues(restoredUrl)).toEqual(await sequenceValues(source.url));

    // The app finds the schema up to date: nothing to apply, nothing applied.
    expect(await hasPendingMigrations(restoredUrl)).toBe(false);
    expect(await runMigrations(restoredUrl)).toEqual([]);
  }, 120_000);

  it('refuses to restore into a database that has tables', async () => {
    const file = join(folder, 'again.dump');
    await backupDatabase(source.url, file);
    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(
      /has \d+ tables; restore only into an empty database/,
    );
    expect((await tableCounts(restoredUrl))['public.startups']).toBe(
      (await tableCounts(source.url))['public.startups'],
    );
  }, 120_000);
});
