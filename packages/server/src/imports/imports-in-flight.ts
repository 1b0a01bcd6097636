import type { EntityManager } from 'typeorm';

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
  const rows = (await manager.query(
    `SELECT i.id, i.status, (extract(epoch FROM i.updated_at) * 1000)::bigint::text AS "sinceMs"
     FROM import_jobs i
     WHERE i.status IN ('validating', 'applying')
       AND i.updated_at < now() - make_interval(secs => $1)
       AND NOT EXISTS (SELECT 1 FROM job_outbox o
                       WHERE o.name IN ('import.validate', 'import.apply')
                         AND o.payload->>'importId' = i.id::text)`,
    [quietSeconds],
  )) as Array<{ id: string; status: ImportInFlight['status']; sinceMs: string }>;
  return rows.map((row) => ({ ...row, sinceMs: Number(row.sinceMs) }));
}
