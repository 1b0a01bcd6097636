import type { DataSourceOptions, LoggerOptions } from 'typeorm';
import type { DatabaseLimits } from '../config/kohorte-config';
import { PinoTypeOrmLogger } from '../observability/typeorm-logger';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  logSql?: boolean;
  poolSize?: number;
  /**
   * Pool wait and server-side timeouts of the long-lived pools (API, worker). Without them (the
   * migrations, the CLI) a statement may take as long as it needs.
   */
  limits?: Omit<DatabaseLimits, 'poolSize'>;
}

export function dataSourceOptions({
  url,
  logSql = false,
  poolSize = 10,
  limits,
}: DatabaseOptions): DataSourceOptions {
  // Failed queries are not logged with their parameters outside LOG_SQL: those are people's
  // emails and names (GDPR), and a failed bulk import would log thousands of rows. The error
  // itself still reaches the caller, and Nest logs unexpected ones without the parameters.
  const logging: LoggerOptions = logSql ? ['query', 'error'] : ['warn'];
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    // Extensions are the migrations' business (pg_trgm); gen_random_uuid() needs none. Left on,
    // TypeORM tries CREATE EXTENSION pgcrypto at every connect and warns for a role without the
    // right to create extensions.
    installExtensions: false,
    // Each migration in its own transaction, so a failed one leaves the previous ones applied.
    migrationsTransactionMode: 'each',
    // The schema is owned by migrations; never let TypeORM alter it.
    synchronize: false,
    logging,
    logger: new PinoTypeOrmLogger(logging),
    extra: {
      max: poolSize,
      ...(limits && {
        // pg-pool fails a checkout that waited this long ("timeout exceeded when trying to
        // connect"); the API answers it with 503 and Retry-After instead of queueing forever.
        connectionTimeoutMillis: limits.poolWaitMs,
        statement_timeout: limits.statementTimeoutMs,
        lock_timeout: limits.lockTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      }),
    },
  };
}
