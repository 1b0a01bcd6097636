import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's metrics. One registry per process, made when this module is first loaded: under
 * `npm start` the API and the worker run in one process and must not register a metric twice.
 */
export const metricsRegistry = new Registry();

collectDefaultMetrics({ register: metricsRegistry });
