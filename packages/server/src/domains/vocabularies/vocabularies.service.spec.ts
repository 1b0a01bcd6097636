import { describe, expect, it, jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { VocabulariesService } from './vocabularies.service';

/** A database whose reads end when the test says, in any order: the interleaving is the point. */
function databaseInOrderOfTheTest() {
  const reads: Array<{ rows: unknown[]; end: () => void }> = [];
  let rows: unknown[] = [];
  const find = jest.fn(() => {
    const answer = rows;
    return new Promise<unknown[]>((resolve) =>
      reads.push({ rows: answer, end: () => resolve(answer) }),
    );
  });
  const dataSource = { manager: { getRepository: () => ({ find }) } } as unknown as DataSource;
  return { dataSource, reads, store: (next: unknown[]) => (rows = next) };
}

const term = (key: string) => ({
  kind: 'sectors',
  key,
  labelDe: key,
  labelEn: key,
  position: 0,
  parent: null,
});

describe('VocabulariesService', () => {
  it('keeps the lists of the newest load when an older one ends after it', async () => {
    const db = databaseInOrderOfTheTest();
    const service = new VocabulariesService(db.dataSource);
    db.store([term('fintech')]);
    const first = service.list();
    db.reads[0]!.end();
    await first;

    // A refresh begins (its read sees the old lists), then an admin adds a term, which reloads.
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    await service.list();
    db.store([term('fintech'), term('quantum')]);
    service.invalidate();
    expect(db.reads).toHaveLength(3);

    // The edit's reload ends first, the older refresh after it.
    db.reads[2]!.end();
    await Promise.resolve();
    db.reads[1]!.end();
    await new Promise((resolve) => setImmediate(resolve));

    const keys = (await service.list()).sectors.map((t) => t.key);
    expect(keys).toEqual(['fintech', 'quantum']);
    jest.restoreAllMocks();
  });
});
