/**
 * The contracts between Kohorte's API, worker and web app: one definition of each shape.
 * Types and constants only; nothing here may import a framework.
 */
export * from './errors.js';
export * from './paging.js';
export * from './auth.js';
export * from './vocabularies.js';
export * from './startups.js';
export * from './programme.js';
export * from './health.js';
export * from './jobs.js';
