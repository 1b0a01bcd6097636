import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  logSql?: boolean;
  poolSize?: number;
}

export function dataSourceOptions({
  url,
  logSql = false,
  poolSize = 10,
}: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    // Extensions are the migrations' business (pg_trgm); gen_random_uuid() needs none. Left on,
    // TypeORM tries CREATE EXTENSION pgcrypto at every connect and warns where it cannot (PGlite).
    installExtensions: false,
    // Each migration in its own transaction, so a failed one leaves the previous ones applied.
    migrationsTransactionMode: 'each',
    // The schema is owned by migrations; never let TypeORM alter it.
    synchronize: false,
    // Failed queries are not logged with their parameters outside LOG_SQL: those are people's
    // emails and names (GDPR), and a failed bulk import would log thousands of rows. The error
    // itself still reaches the caller, and Nest logs unexpected ones without the parameters.
    logging: logSql ? ['query', 'error'] : ['warn'],
    extra: { max: poolSize },
  };
}
