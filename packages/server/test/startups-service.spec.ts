import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { rows } from '../src/infra/database/typed-query';
import { CoreModule } from '../src/infra/core.module';
import { JobProducer } from '../src/infra/queue/job-producer';
import { scoreJobId } from '../src/domains/startups/startup-score-job';
import { StartupScoreSweeper } from '../src/domains/startups/startup-score-sweeper';
import { StartupsModule } from '../src/domains/startups/startups.module';
import { StartupsService } from '../src/domains/startups/startups.service';
import { VocabulariesService } from '../src/domains/vocabularies/vocabularies.service';

async function moduleWith(producer?: Partial<JobProducer>): Promise<TestingModule> {
  const builder = Test.createTestingModule({ imports: [CoreModule, StartupsModule] });
  if (producer) builder.overrideProvider(JobProducer).useValue(producer);
  const moduleRef = await builder.compile();
  await moduleRef.init();
  return moduleRef;
}

describe('StartupsService (real PostgreSQL)', () => {
  const enqueue = jest.fn<JobProducer['enqueue']>();
  let moduleRef: TestingModule;
  let startups: StartupsService;
  let db: DataSource;

  beforeAll(async () => {
    moduleRef = await moduleWith({ enqueue });
    startups = moduleRef.get(StartupsService);
    db = moduleRef.get(DataSource);
  });
  afterAll(async () => {
    await moduleRef.close();
  });

  const revision = async (id: string) =>
    (await rows({ revision: 'int4' }).one(db, 'SELECT revision FROM startups WHERE id = $1', [id]))
      .revision;

  it('enqueues the score job of each revision after the commit', async () => {
    enqueue.mockResolvedValue(undefined);
    const created = await startups.create({ name: 'Queued' }, null);
    await startups.update(created.id, { city: 'Leipzig' }, null);
    expect(
      enqueue.mock.calls.filter(
        ([, payload]) => (payload as { startupId?: string }).startupId === created.id,
      ),
    ).toEqual([
      ['startup.score-profile', { startupId: created.id, revision: 1 }, scoreJobId(created.id, 1)],
      ['startup.score-profile', { startupId: created.id, revision: 2 }, scoreJobId(created.id, 2)],
    ]);
  });

  it('saves when the queue fails or does not answer, and warns', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      enqueue.mockRejectedValueOnce(new Error('connection refused'));
      const failed = await startups.create({ name: 'Queue Down' }, null);
      expect((await startups.get(failed.id)).name).toBe('Queue Down');

      enqueue.mockReturnValueOnce(new Promise<void>(() => undefined));
      const started = Date.now();
      const hung = await startups.update(failed.id, { city: 'Halle' }, null);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(hung.city).toBe('Halle');
      expect(await revision(failed.id)).toBe(2);
      expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
        expect.stringContaining('connection refused'),
        expect.stringContaining('no answer'),
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('gives concurrent edits of one startup a revision each', async () => {
    enqueue.mockResolvedValue(undefined);
    const created = await startups.create({ name: 'Busy' }, null);
    await Promise.all([
      startups.update(created.id, { city: 'A' }, null),
      startups.update(created.id, { teamSize: 2 }, null),
      startups.update(created.id, { stage: 'seed' }, null),
    ]);
    expect(await revision(created.id)).toBe(4);
    const revisions = enqueue.mock.calls
      .filter(([, payload]) => (payload as { startupId?: string }).startupId === created.id)
      .map(([, payload]) => (payload as { revision: number }).revision)
      .sort();
    expect(revisions).toEqual([1, 2, 3, 4]);
    expect(await startups.get(created.id)).toMatchObject({ city: 'A', teamSize: 2, stage: 'seed' });
  });

  it('sweeps every startup whose score is behind its revision', async () => {
    enqueue.mockResolvedValue(undefined);
    const behind = await startups.create({ name: 'Behind' }, null);
    const current = await startups.create({ name: 'Current' }, null);
    await db.query('UPDATE startups SET scored_revision = revision WHERE id = $1', [current.id]);
    enqueue.mockClear();

    const queued = await moduleRef.get(StartupScoreSweeper).enqueueStale();
    const ids = enqueue.mock.calls.map(([, , jobId]) => jobId);
    expect(ids).toContain(scoreJobId(behind.id, 1));
    expect(ids).not.toContain(scoreJobId(current.id, 1));
    expect(queued).toBe(ids.length);
  });

  it('reports unknown vocabulary keys with their position and the nearest known key', async () => {
    const vocabularies = moduleRef.get(VocabulariesService);
    expect(await vocabularies.findUnknown('sectors', ['fintech', 'medtek', 'zzz'])).toEqual([
      { index: 1, key: 'medtek', nearest: 'medtech' },
      { index: 2, key: 'zzz', nearest: null },
    ]);
    expect(await vocabularies.findUnknown('stages', ['idea', 'growth'])).toEqual([]);
  });
});
