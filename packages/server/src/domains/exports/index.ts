// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/exports.
export * from './exports.module';
export * from './exports.service';
export * from './records-csv';
