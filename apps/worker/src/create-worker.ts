import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { nestLogLevels } from '@kohorte/server/config';
import { PinoNestLogger } from '@kohorte/server/observability';
import { WorkerModule } from './worker.module';

/**
 * Starts the worker: a Nest application without HTTP whose processors consume the queues as soon
 * as it is created. `close()` stops taking jobs, waits for the running ones and closes the
 * connections (@nestjs/bullmq closes its workers on application shutdown). Migrations are the
 * caller's job (`runMigrations`), as for the API.
 */
export async function createWorker(): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: nestLogLevels(),
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoNestLogger));
  // Not every signal Nest knows: SIGUSR2 belongs to diagnostics (heap snapshots, profilers).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
