import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { rows as typedRows } from '../src/infra/database/typed-query';
import { dataSourceOptions } from '../src/infra/database/data-source-options';
import { MIGRATIONS } from '../src/infra/database/migrations';
import { SeedRegions1796608369839 } from '../src/infra/database/migrations/1796608369839-SeedRegions';
import { testServerUrl } from '../src/infra/testing';

// A database of its own, migrated up to just before the regions became a vocabulary, so that
// investors can hold free-text regions as they did then.
const name = `kohorte_test_regions_${randomBytes(6).toString('hex')}`;
const url = (() => {
  const parsed = new URL(testServerUrl());
  parsed.pathname = `/${name}`;
  return parsed.toString();
})();

async function onServer(sql: string): Promise<void> {
  const parsed = new URL(testServerUrl());
  parsed.pathname = '/postgres';
  const client = new Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function dataSource(migrations: typeof MIGRATIONS): DataSource {
  return new DataSource({ ...dataSourceOptions({ url, poolSize: 1 }), migrations });
}

interface Row {
  name: string;
  regions: string[];
  unmapped: string[];
}

describe('the migration of free-text regions', () => {
  const before = MIGRATIONS.indexOf(SeedRegions1796608369839);
  let db: DataSource;

  beforeAll(async () => {
    await onServer(`CREATE DATABASE "${name}"`);
    const old = dataSource(MIGRATIONS.slice(0, before));
    await old.initialize();
    await old.runMigrations();
    await old.query(
      `INSERT INTO investors (name, email, type, regions) VALUES
         ('a', 'a@example.org', 'vc', '{europe," Sachsen "}'),
         ('b', 'b@example.org', 'vc', '{Thüringen,Mitteldeutschland,Ostdeutschland}'),
         ('c', 'c@example.org', 'vc', '{München,Bavaria,"DACH ",EU,"Halle (Saale)",Gotham}'),
         ('d', 'd@example.org', 'vc', '{thueringen,dach,Zürich,Oesterreich,NRW}'),
         ('e', 'e@example.org', 'vc', '{}')`,
    );
    await old.destroy();
    // Up to the seeding itself, so that undoing the last migration undoes that one.
    db = dataSource(MIGRATIONS.slice(0, before + 1));
    await db.initialize();
    await db.runMigrations();
  }, 60_000);
  afterAll(async () => {
    await db.destroy();
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  const rows = async () =>
    (await db.query(
      `SELECT name, regions, unmapped_regions AS unmapped FROM investors ORDER BY name`,
    )) as Row[];

  it('maps known spellings to keys and keeps the unknown ones for an admin', async () => {
    expect(await rows()).toEqual([
      { name: 'a', regions: ['europe', 'sachsen'], unmapped: [] },
      {
        name: 'b',
        regions: ['thueringen', 'sachsen', 'sachsen-anhalt'],
        unmapped: ['Ostdeutschland'],
      },
      {
        name: 'c',
        regions: ['muenchen', 'bayern', 'dach', 'europe', 'halle'],
        unmapped: ['Gotham'],
      },
      {
        name: 'd',
        regions: ['thueringen', 'dach', 'zuerich', 'austria', 'nordrhein-westfalen'],
        unmapped: [],
      },
      { name: 'e', regions: [], unmapped: [] },
    ]);
  });

  it('seeds the region tree with parents that all exist', async () => {
    const { count, orphans } = await typedRows({ count: 'int4', orphans: 'int4' }).one(
      db,
      `SELECT count(*)::int AS count,
         count(*) FILTER (WHERE parent IS NOT NULL AND parent NOT IN
           (SELECT key FROM vocabulary_terms WHERE kind = 'regions'))::int AS orphans
       FROM vocabulary_terms WHERE kind = 'regions'`,
    );
    expect(count).toBeGreaterThan(80);
    expect(orphans).toBe(0);
  });

  it('goes back to free text when undone', async () => {
    await db.undoLastMigration();
    expect((await rows()).find((row) => row.name === 'b')).toEqual({
      name: 'b',
      regions: ['thueringen', 'sachsen', 'sachsen-anhalt', 'Ostdeutschland'],
      unmapped: [],
    });
    await db.runMigrations();
    expect((await rows()).find((row) => row.name === 'b')).toEqual({
      name: 'b',
      regions: ['thueringen', 'sachsen', 'sachsen-anhalt'],
      unmapped: ['Ostdeutschland'],
    });
  });
});
