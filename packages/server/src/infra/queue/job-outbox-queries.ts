import { query } from '../database/typed-query';

export const deleteRelayedJobs = query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, {});

export const keepJob = query(
  `INSERT INTO job_outbox (name, payload, job_id, run_at) VALUES ($1, $2, $3, $4)`,
  {},
);
