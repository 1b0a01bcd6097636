import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { type ImportStatus, QUEUES } from '@kohorte/contracts';
import { ImportJobHandler, ImportsService } from '@kohorte/server/imports';
import { JobProducer } from '@kohorte/server/queue';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';
import { finishedJob } from './finished-job';
import { firstOf } from '@kohorte/server/testing';

function csv(domain: string, count: number): Buffer {
  const lines = ['Name,Email'];
  for (let i = 1; i <= count; i++) lines.push(`Person ${i},person-${i}@${domain}`);
  return Buffer.from(lines.join('\n'));
}

describe('imports processor', () => {
  let app: INestApplicationContext;
  let queue: Queue;
  let imports: ImportsService;
  let producer: JobProducer;
  let db: DataSource;
  let handler: ImportJobHandler;

  beforeAll(async () => {
    app = await createWorker();
    queue = app.get<Queue>(getQueueToken(QUEUES.imports));
    imports = app.get(ImportsService);
    producer = app.get(JobProducer);
    db = app.get(DataSource);
    handler = app.get(ImportJobHandler);
  });
  afterAll(async () => {
    await app.close();
  });

  async function status(id: string, wanted: ImportStatus[]): Promise<ImportStatus> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { status } = await imports.get(id);
      if (wanted.includes(status)) return status;
      if (Date.now() > deadline) throw new Error(`import ${id} is still ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const mentors = async (domain: string) =>
    firstOf(
      (await db.query(`SELECT count(*)::int AS n FROM mentors WHERE email LIKE $1`, [
        `%@${domain}`,
      ])) as { n: number }[],
    ).n;

  it('runs the dry run and the apply as jobs, each once however often it is enqueued', async () => {
    const domain = 'worker-once.kohorte.dev';
    const validate = jest.spyOn(handler, 'validate');
    const created = await imports.create('mentors', 'people.csv', csv(domain, 3), null);
    const validating = await imports.setMapping(created.id, { mapping: created.mapping });
    const validateId = `import.validate.${created.id}.${new Date(validating.updatedAt).getTime()}`;
    expect((await finishedJob(queue, validateId)).returnvalue).toBe('validated');
    // The same move enqueued again: BullMQ keeps the finished job, so nothing runs.
    await producer.enqueue('import.validate', { importId: created.id }, validateId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(validate.mock.calls.filter(([id]) => id === created.id)).toHaveLength(1);
    expect(await mentors(domain)).toBe(0);

    // The apply job's id carries the validated state's time; the import returned by apply() may
    // already show the job's progress (a later time), so read the state the apply starts from.
    const validated = await imports.get(created.id);
    await imports.apply(created.id);
    const applyId = `import.apply.${created.id}.${new Date(validated.updatedAt).getTime()}`;
    expect((await finishedJob(queue, applyId)).returnvalue).toBe('done');
    expect(await status(created.id, ['done'])).toBe('done');
    expect(await mentors(domain)).toBe(3);

    // A duplicate apply under another id finds the import claimed and done: it writes nothing.
    const duplicateId = `${applyId}.duplicate`;
    await producer.enqueue('import.apply', { importId: created.id }, duplicateId);
    expect((await finishedJob(queue, duplicateId)).returnvalue).toBe('skipped');
    expect(await mentors(domain)).toBe(3);
    validate.mockRestore();
  });

  it('takes up an import left applying only when the job is delivered again', async () => {
    const domain = 'worker-redelivered.kohorte.dev';
    const created = await imports.create('mentors', 'people.csv', csv(domain, 2), null);
    await imports.setMapping(created.id, { mapping: created.mapping });
    await status(created.id, ['validated']);
    // As if a worker had claimed it and died inside the (rolled back) transaction.
    await db.query(`UPDATE import_jobs SET status = 'applying' WHERE id = $1`, [created.id]);

    expect(await handler.apply(created.id, false)).toBe('skipped');
    expect(await mentors(domain)).toBe(0);
    expect(await handler.apply(created.id, true)).toBe('done');
    expect(await mentors(domain)).toBe(2);
    expect(await handler.apply(created.id, true)).toBe('skipped');
  });
});
