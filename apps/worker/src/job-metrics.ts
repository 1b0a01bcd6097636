import { metricsRegistry } from '@kohorte/server/observability';
import { Counter, Histogram } from 'prom-client';

/** How long jobs ran, by queue, job name and outcome (`completed`, `failed`). */
export const jobDuration = new Histogram({
  name: 'kohorte_job_duration_seconds',
  help: 'Time a job attempt ran in the worker, by queue, job name and outcome',
  labelNames: ['queue', 'name', 'outcome'],
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
  registers: [metricsRegistry],
});

/** Failed job attempts, by queue and job name; `final` says whether the job gave up. */
export const jobFailures = new Counter({
  name: 'kohorte_job_failures_total',
  help: 'Failed job attempts, by queue and job name; final="true" when no attempt is left',
  labelNames: ['queue', 'name', 'final'],
  registers: [metricsRegistry],
});
