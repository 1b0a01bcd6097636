// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/vocabularies.
export * from './vocabularies.module';
export * from './vocabularies.service';
export * from './vocabulary-edits.service';
export * from './nearest-key';
