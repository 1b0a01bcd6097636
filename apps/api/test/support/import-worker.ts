import type { INestApplication } from '@nestjs/common';
import { type ImportDetail, QUEUES } from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { ImportJobHandler } from '@kohorte/server/imports';
import { runJob } from '@kohorte/server/queue';
import { Worker } from 'bullmq';
import { type TestAgent, write } from './sign-in';

/**
 * A real BullMQ worker on the imports queue of the app's Redis prefix, running the jobs through
 * the handler that the worker app's processor adapts (apps do not import each other).
 */
export function startImportWorker(app: INestApplication): Worker {
  const config = app.get<KohorteConfig>(KOHORTE_CONFIG);
  const handler = app.get(ImportJobHandler);
  return new Worker(QUEUES.imports, (job) => runJob(handler.handlers, job), {
    connection: { url: config.redisUrl },
    prefix: config.redisPrefix,
  });
}

/** Uploads a file as `kind`, saves the suggested mapping and waits for the dry run to end. */
export async function dryRunFile(
  { agent, csrf }: TestAgent,
  file: Buffer,
  kind: string,
): Promise<ImportDetail> {
  const uploaded = await write(agent, csrf)
    .post('/api/v1/imports')
    .field('kind', kind)
    .attach('file', file, { filename: `${kind}.csv`, contentType: 'text/csv' });
  if (uploaded.status !== 201) {
    throw new Error(`upload answered ${uploaded.status}: ${JSON.stringify(uploaded.body)}`);
  }
  const job = uploaded.body as ImportDetail;
  await write(agent, csrf)
    .put(`/api/v1/imports/${job.id}/mapping`)
    .send({ mapping: job.mapping })
    .expect(200);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const current = (await agent.get(`/api/v1/imports/${job.id}`).expect(200)).body as ImportDetail;
    if (current.status === 'validated' || current.status === 'failed') return current;
    if (Date.now() > deadline) throw new Error(`import ${job.id} is still ${current.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
