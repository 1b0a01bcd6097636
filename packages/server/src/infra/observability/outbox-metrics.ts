import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { metricsRegistry } from './metrics-registry';

// As for the queue counts: scrapes from several places must not each cost a query.
const LAG_TTL_MS = 5_000;
const LAG_TIMEOUT_MS = 1_000;

type Lag = { job: number; mail: number };

let source: DataSource | undefined;
let cached: { at: number; lag: Lag | undefined } | undefined;

async function readLag(dataSource: DataSource): Promise<Lag | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), LAG_TIMEOUT_MS);
  });
  // Raw on purpose: observability sits below database (whose TypeORM logger is ours), so it
  // cannot import the declared queries without a folder cycle.
  const query = dataSource
    .query(
      `SELECT
         coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM job_outbox)), 0)::float8 AS job,
         coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM mail_outbox
                                              WHERE status = 'pending')), 0)::float8 AS mail`,
    )
    .then((rows: Lag[]) => rows[0])
    // Database down: the lag goes unreported rather than the scrape failing or hanging.
    .catch(() => undefined);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

new Gauge({
  name: 'kohorte_outbox_lag_seconds',
  help: 'Age of the oldest entry still waiting in an outbox: jobs Redis has not taken yet (job), emails not sent yet (mail); 0 when empty',
  labelNames: ['outbox'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    if (!source) return;
    if (!cached || Date.now() - cached.at >= LAG_TTL_MS) {
      cached = { at: Date.now(), lag: await readLag(source) };
    }
    if (!cached.lag) return;
    this.set({ outbox: 'job' }, cached.lag.job);
    this.set({ outbox: 'mail' }, cached.lag.mail);
  },
});

/**
 * Reports the outboxes' lag from this database until the returned function is called. Both
 * outboxes are shared by every replica, so one source per process is enough.
 */
export function observeOutboxes(dataSource: DataSource): () => void {
  source = dataSource;
  cached = undefined;
  return () => {
    if (source === dataSource) source = undefined;
    cached = undefined;
  };
}
