/** Logs, request ids and metrics that the API and the worker share. */
export * from './http-logging';
export * from './job-meta';
export * from './log-format';
export * from './metrics-registry';
export * from './nest-logger';
export * from './typeorm-logger';
export * from './observability.module';
export * from './request-context';
export * from './safe-url';
