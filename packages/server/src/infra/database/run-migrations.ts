import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Any fixed number: replicas starting at once take turns instead of racing on the schema.
const MIGRATION_LOCK_ID = 4_711_2026;

/** Applies pending migrations under a PostgreSQL advisory lock; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      const applied = await dataSource.runMigrations();
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await dataSource.destroy();
  }
}
