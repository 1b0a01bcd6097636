import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
// Prometheus scrapes every 15–30 s, and so may several replicas and a person with curl: counting
// once per few seconds keeps Redis out of it.
const QUEUE_COUNTS_TTL_MS = 5_000;
const QUEUE_COUNTS_TIMEOUT_MS = 1_000;

type QueueCounts = Partial<Record<(typeof QUEUE_STATES)[number], number>>;

const queues = new Map<string, Queue>();
const pools = new Map<string, Pool>();
let cachedCounts: { at: number; counts: Map<string, QueueCounts> } | undefined;

async function countsOf(queue: Queue): Promise<QueueCounts | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), QUEUE_COUNTS_TIMEOUT_MS);
  });
  try {
    // Redis down: the queue goes unreported rather than the scrape failing or hanging.
    return await Promise.race([
      queue.getJobCounts(...QUEUE_STATES).catch(() => undefined),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function queueCounts(): Promise<Map<string, QueueCounts>> {
  if (cachedCounts && Date.now() - cachedCounts.at < QUEUE_COUNTS_TTL_MS)
    return cachedCounts.counts;
  const entries = await Promise.all(
    [...queues].map(async ([name, queue]) => [name, await countsOf(queue)] as const),
  );
  const counts = new Map<string, QueueCounts>();
  for (const [name, value] of entries) if (value) counts.set(name, value);
  cachedCounts = { at: Date.now(), counts };
  return counts;
}

new Gauge({
  name: 'kohorte_queue_jobs',
  help: 'Jobs per BullMQ queue and state, counted on scrape (at most every 5 s); every replica reports the same queues',
  labelNames: ['queue', 'state'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [queue, counts] of await queueCounts()) {
      for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
    }
  },
});

function poolGauge(name: string, help: string, read: (pool: Pool) => number): void {
  new Gauge({
    name,
    help,
    labelNames: ['pool'],
    registers: [metricsRegistry],
    collect() {
      this.reset();
      for (const [pool, value] of pools) this.set({ pool }, read(value));
    },
  });
}

poolGauge(
  'kohorte_db_pool_connections',
  'Open PostgreSQL connections of the pool',
  (pool) => pool.totalCount,
);
poolGauge(
  'kohorte_db_pool_idle',
  'Idle PostgreSQL connections of the pool',
  (pool) => pool.idleCount,
);
poolGauge(
  'kohorte_db_pool_waiting',
  'Queries waiting for a free PostgreSQL connection of the pool',
  (pool) => pool.waitingCount,
);

/**
 * Makes a process's queues and database pool visible in the metrics until the returned function
 * is called. Queues are keyed by name, so the API and the worker of `npm start` count them once;
 * pools by their owner (`api`, `worker`).
 */
export function observeStores(owner: string, pool: Pool, ownQueues: Queue[]): () => void {
  pools.set(owner, pool);
  for (const queue of ownQueues) queues.set(queue.name, queue);
  return () => {
    if (pools.get(owner) === pool) pools.delete(owner);
    for (const queue of ownQueues) if (queues.get(queue.name) === queue) queues.delete(queue.name);
    cachedCounts = undefined;
  };
}
