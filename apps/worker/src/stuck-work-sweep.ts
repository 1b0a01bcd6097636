import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { QUEUES } from '@kohorte/contracts';
import { importsInFlight } from '@kohorte/server/imports';
import { runsInFlight } from '@kohorte/server/matching';
import { JobProducer } from '@kohorte/server/queue';
import type { JobType, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/** How often every worker looks for interrupted runs and imports. */
export const STUCK_WORK_SWEEP_MS = 10_000;
/** A record this fresh may still have its job on the way (an enqueue waits up to 500 ms). */
const QUIET_SECONDS = 10;
/** The states in which a job still carries its record somewhere in BullMQ. */
const LIVE_STATES: JobType[] = ['active', 'waiting', 'delayed', 'prioritized', 'waiting-children'];

/**
 * Takes up matching runs and imports that an outage left in flight with no job to finish them:
 * Redis restarted empty (the job is gone), or the job ran out of attempts while the record still
 * says `running` or `applying`. Every worker sweeps; the resumed job's id is made of the record
 * and the time of its last claim, so two workers sweeping the same stuck record enqueue one job.
 */
@Injectable()
export class StuckWorkSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StuckWorkSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    @InjectQueue(QUEUES.matching) private readonly matching: Queue,
    @InjectQueue(QUEUES.imports) private readonly imports: Queue,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // Down stores are the outage itself: the next pass after they are back does the work.
      this.sweep().catch(() => undefined);
    }, STUCK_WORK_SWEEP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sweeping?.catch(() => undefined);
  }

  /** One pass; returns how many records it resumed. A pass still running is not started twice. */
  sweep(): Promise<number> {
    this.sweeping ??= this.resumeAll().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async resumeAll(): Promise<number> {
    const manager = this.dataSource.manager;
    const [runs, imports, liveRuns, liveImports] = await Promise.all([
      runsInFlight(manager, QUIET_SECONDS),
      importsInFlight(manager, QUIET_SECONDS),
      carried(this.matching, 'runId'),
      carried(this.imports, 'importId'),
    ]);
    let resumed = 0;
    for (const run of runs.filter((r) => !liveRuns.has(r.id))) {
      await this.jobs.enqueue(
        'matching.run',
        { runId: run.id, resume: true },
        `matching.run.${run.id}.resume.${run.sinceMs}`,
      );
      resumed += 1;
    }
    for (const entry of imports.filter((i) => !liveImports.has(i.id))) {
      const jobId = `import.${entry.id}.resume.${entry.sinceMs}`;
      if (entry.status === 'applying') {
        await this.jobs.enqueue('import.apply', { importId: entry.id, resume: true }, jobId);
      } else {
        await this.jobs.enqueue('import.validate', { importId: entry.id }, jobId);
      }
      resumed += 1;
    }
    if (resumed > 0) this.logger.log(`Resumed ${resumed} interrupted run(s) and import(s)`);
    return resumed;
  }
}

/** The record ids (payload field `field`) that the queue's live jobs carry. */
async function carried(queue: Queue, field: string): Promise<Set<string>> {
  const jobs = await queue.getJobs(LIVE_STATES);
  return new Set(
    jobs
      .map((job) => (job?.data as Record<string, unknown> | undefined)?.[field])
      .filter((id): id is string => typeof id === 'string'),
  );
}
