import { getQueueToken } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { acquireMetricsServer } from './metrics-server';
import { observeOutboxes } from './outbox-metrics';
import { observeStores } from './store-metrics';

/** Injection token of the name this process part reports its pool under (`api`, `worker`). */
export const METRICS_OWNER = Symbol('METRICS_OWNER');

/**
 * Connects an application to the process's metrics: its database pool and queues, and the
 * metrics server on METRICS_PORT (none when unset), for as long as the application runs.
 */
@Injectable()
export class MetricsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private readonly stops: Array<() => Promise<void> | void> = [];

  constructor(
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
    @Inject(METRICS_OWNER) private readonly owner: string,
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // TypeORM's Postgres driver keeps its pg Pool as `master` (there is no replica here).
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const queues = Object.values(QUEUES).map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    this.stops.push(observeStores(this.owner, pool, queues));
    this.stops.push(observeOutboxes(this.dataSource));
    const { port, host } = this.config.metrics;
    if (port === null) return;
    const server = await acquireMetricsServer(port, host);
    this.stops.push(server.release);
    this.logger.log(`Metrics at http://${host}:${server.address.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const stop of this.stops.splice(0).reverse()) await stop();
  }
}
