// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/search.
export * from './finder-expressions';
export * from './search-query';
export * from './search.service';
export * from './search.module';
