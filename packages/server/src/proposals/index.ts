// What this area exports; the package's index re-exports it.
export * from './proposal-lifecycle';
export * from './proposal-follow-ups';
export * from './proposals.module';
