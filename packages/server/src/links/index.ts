// What this area exports; the package's index re-exports it.
export * from './link-token.entity';
export * from './link-tokens';
export * from './link-limiter';
export * from './link-gate';
export * from './links.module';
