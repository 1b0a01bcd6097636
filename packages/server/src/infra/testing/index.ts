/** Helpers for tests against the real PostgreSQL and Redis; not used in production code. */
export * from './test-database';
export * from './global-setup';
export * from './free-port';
export * from './redis-server';
export * from './tcp-proxy';
export * from './until';
export * from './items';
