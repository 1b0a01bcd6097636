// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/imports.
export * from './import-job.entity';
export * from './import-value-mapping.entity';
export * from './imports.module';
export * from './imports.service';
export * from './import-job-handler';
export * from './import-mapper';
export * from './csv-file';
export * from './suggest-mapping';
export * from './cell-rules';
export * from './locale-values';
export * from './upload-file';
export { normalizeName, normalizeWebsite } from './row-verdicts';
export * from './imports-in-flight';
