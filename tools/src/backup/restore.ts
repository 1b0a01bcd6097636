import { dataSourceOptions } from '@kohorte/server/database';
import { DataSource } from 'typeorm';
import { UserFacingError } from '../shared/user-facing-error';
import { assertClientFitsServer, queryOnce, runPgClient } from './pg-client';
import { firstOf } from '../shared/items';

/** Tables outside PostgreSQL's own schemas: a database to restore into must have none. */
async function userTableCount(url: string): Promise<number> {
  const row = firstOf(
    await queryOnce<{ count: number }>(
      url,
      `SELECT count(*)::int AS count FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    ),
  );
  return row.count;
}

/** Whether the app's migrations have anything left to apply on this database. */
export async function hasPendingMigrations(url: string): Promise<boolean> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  try {
    return await dataSource.showMigrations();
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Restores a backup made by `backupDatabase` into an empty database, all or nothing (one
 * transaction, stopping at the first error). Owners and grants of the original are not restored:
 * everything belongs to the role of `url`, which the app then connects as.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  await assertClientFitsServer('pg_restore', url);
  const tables = await userTableCount(url);
  if (tables > 0) {
    throw new UserFacingError(
      `The database to restore into has ${tables} tables; restore only into an empty database ` +
        '(createdb kohorte_restored), then point DATABASE_URL at it.',
    );
  }
  await runPgClient('pg_restore', url, [
    '--exit-on-error',
    '--single-transaction',
    '--no-owner',
    '--no-acl',
    file,
  ]);
}
