// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/proposals.
export * from './proposal-lifecycle';
export * from './proposal-follow-ups';
export * from './proposals.module';
