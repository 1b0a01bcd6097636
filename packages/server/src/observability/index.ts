/** Logs, request ids and metrics that the API and the worker share. */
export * from './job-meta';
export * from './log-format';
export * from './metrics-registry';
export * from './observability.module';
export * from './request-context';
export * from './safe-url';
