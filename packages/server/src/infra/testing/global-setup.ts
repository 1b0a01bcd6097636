import { createTestDatabase, dropTestDatabase, testRedisPrefix } from './test-database';

/**
 * Jest globalSetup/globalTeardown for suites that need PostgreSQL and Redis: one database and one
 * Redis prefix per run, shared by the run's test files through the environment.
 */
export async function setupTestEnvironment(): Promise<void> {
  const database = await createTestDatabase();
  process.env.KOHORTE_TEST_DATABASE = database.name;
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_PREFIX = testRedisPrefix();
  // Any query that needs a second connection inside a transaction fails its test (transaction-guard.ts).
  process.env.KOHORTE_STRICT_TRANSACTIONS = 'true';
}

export async function teardownTestEnvironment(): Promise<void> {
  const name = process.env.KOHORTE_TEST_DATABASE;
  if (name) await dropTestDatabase(name);
}
