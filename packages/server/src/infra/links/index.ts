// What the apps import from this part as @kohorte/server/links.
export * from './link-token.entity';
export * from './link-tokens';
export * from './link-limiter';
export * from './link-gate';
export * from './links.module';
