import type { EntityManager } from 'typeorm';
import { runsStuckInFlight } from './matching-queries';

/** A run that should be moving: queued or running, and since when (its last claim or creation). */
export interface RunInFlight {
  id: string;
  status: 'queued' | 'running';
  sinceMs: number;
}

/**
 * Runs queued or running whose last claim (or creation) is at least `quietSeconds` old, and that
 * no job kept in the job outbox carries: the stuck-work sweep checks whether BullMQ still has one.
 */
export async function runsInFlight(
  manager: EntityManager,
  quietSeconds: number,
): Promise<RunInFlight[]> {
  const rows = await runsStuckInFlight.all(manager, [quietSeconds]);
  return rows.map((row) => ({ ...row, sinceMs: Number(row.sinceMs) }));
}
