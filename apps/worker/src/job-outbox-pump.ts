import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JobOutboxRelay, KeptJobNotTaken } from '@kohorte/server/queue';

/** How often kept jobs are offered to Redis again; the longest a job waits after Redis is back. */
export const JOB_OUTBOX_PUMP_MS = 1_000;

/**
 * Runs the job outbox relay in every worker: jobs that Redis did not take when they were enqueued
 * reach their queues within a second of Redis answering again.
 */
@Injectable()
export class JobOutboxPump implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobOutboxPump.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private failing = false;

  constructor(private readonly relay: JobOutboxRelay) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.pump(), JOB_OUTBOX_PUMP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; a pass still running is not started twice. */
  pump(): Promise<void> {
    this.running ??= this.relay
      .relay()
      .then((relayed) => {
        if (relayed > 0) this.logger.log(`Handed ${relayed} kept job(s) to Redis`);
        this.failing = false;
      })
      .catch((error: unknown) => {
        // One line per outage, not one per second, naming the store that refused.
        if (!this.failing) {
          const store = error instanceof KeptJobNotTaken ? 'Redis' : 'the database';
          this.logger.warn(
            `Kept jobs wait for ${store}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        this.failing = true;
      })
      .finally(() => (this.running = null));
    return this.running;
  }
}
