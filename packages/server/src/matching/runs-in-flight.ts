import type { EntityManager } from 'typeorm';

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
  const rows = (await manager.query(
    `SELECT r.id, r.status,
       (extract(epoch FROM coalesce(r.started_at, r.created_at)) * 1000)::bigint::text AS "sinceMs"
     FROM matching_runs r
     WHERE r.status IN ('queued', 'running')
       AND coalesce(r.started_at, r.created_at) < now() - make_interval(secs => $1)
       AND NOT EXISTS (SELECT 1 FROM job_outbox o
                       WHERE o.name = 'matching.run' AND o.payload->>'runId' = r.id::text)`,
    [quietSeconds],
  )) as Array<{ id: string; status: RunInFlight['status']; sinceMs: string }>;
  return rows.map((row) => ({ ...row, sinceMs: Number(row.sinceMs) }));
}
