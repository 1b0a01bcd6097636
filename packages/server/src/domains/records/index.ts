// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/records.
export * from './vocabulary-fields';
export * from './record-writes';
export * from './archivable-records';
export * from './rows-in-order';
export * from './unique-email';
