import type { EntityManager } from 'typeorm';
import { importsStuckInFlight } from './import-queries';

/** An import whose job should be moving: its dry run or its apply, and since when. */
export interface ImportInFlight {
  id: string;
  status: 'validating' | 'applying';
  sinceMs: number;
}

/**
 * Imports validating or applying whose status was set at least `quietSeconds` ago, and that no
 * job kept in the job outbox carries: the stuck-work sweep checks whether BullMQ still has one.
 */
export async function importsInFlight(
  manager: EntityManager,
  quietSeconds: number,
): Promise<ImportInFlight[]> {
  const rows = await importsStuckInFlight.all(manager, [quietSeconds]);
  return rows.map((row) => ({ ...row, sinceMs: Number(row.sinceMs) }));
}
