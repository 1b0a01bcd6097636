import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';

/** The server tests create their databases on: DATABASE_URL when set, else the local PostgreSQL. */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
}

/**
 * Creates a fresh database with a random name and runs every migration on it, so that each test
 * run sees only its own data.
 */
export async function createTestDatabase(prefix = 'kohorte_test'): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  return { url, name };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(testServerUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** A Redis key prefix of its own for each test run. */
export function testRedisPrefix(): string {
  return `kohorte-test-${randomBytes(6).toString('hex')}`;
}
