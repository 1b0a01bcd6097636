import type { ImportRowResult } from '@kohorte/contracts';
import { column, query } from '../../infra/database/typed-query';

export const claimImportToApply = query(
  `UPDATE import_jobs SET status = 'applying', progress = 0, processed_rows = 0,
         error = NULL, updated_at = now()
       WHERE id = $1 AND (status = 'validated' OR (status = 'applying' AND $2::boolean))
       RETURNING id`,
  { id: 'uuid' },
);

export const importsStuckInFlight = query(
  `SELECT i.id, i.status, (extract(epoch FROM i.updated_at) * 1000)::bigint::text AS "sinceMs"
     FROM import_jobs i
     WHERE i.status IN ('validating', 'applying')
       AND i.updated_at < now() - make_interval(secs => $1)
       AND NOT EXISTS (SELECT 1 FROM job_outbox o
                       WHERE o.name IN ('import.validate', 'import.apply')
                         AND o.payload->>'importId' = i.id::text)`,
  { id: 'uuid', status: column('text').as<'validating' | 'applying'>(), sinceMs: 'text' },
);

export const importRowsPage = query(
  `WITH verdicts AS (
         SELECT e.value, e.ordinality FROM import_jobs j
         CROSS JOIN LATERAL jsonb_array_elements(coalesce(j.rows, '[]'::jsonb)) WITH ORDINALITY AS e(value, ordinality)
         WHERE j.id = $1 AND ($2::text IS NULL OR e.value->>'action' = $2)
       )
       SELECT EXISTS (SELECT 1 FROM import_jobs WHERE id = $1) AS found,
              (SELECT count(*) FROM verdicts)::int AS total,
              coalesce((SELECT jsonb_agg(p.value ORDER BY p.ordinality) FROM
                (SELECT value, ordinality FROM verdicts ORDER BY ordinality LIMIT $3 OFFSET $4) p), '[]'::jsonb) AS items`,
  { found: 'bool', total: 'int4', items: column('jsonb').as<ImportRowResult[]>() },
);

export const cohortToImportInto = query(`SELECT id FROM cohorts WHERE id = $1`, { id: 'uuid' });

export const moveToValidating = query(
  `UPDATE import_jobs SET mapping = $2, locale = $4, cohort_id = $5, membership_status = $6,
         status = 'validating', progress = 0, processed_rows = 0, rows = NULL, "values" = '[]',
         created_count = 0, updated_count = 0, rejected_count = 0, error = NULL,
         finished_at = NULL, updated_at = now()
       WHERE id = $1 AND status = ANY($3::text[]) RETURNING updated_at`,
  { updated_at: 'timestamptz' },
);

export const discardImport = query(
  `UPDATE import_jobs SET status = 'discarded', content = NULL, rows = NULL, progress = 0,
         updated_at = now(), finished_at = now()
       WHERE id = $1 AND status IN ('uploaded', 'validating', 'validated', 'failed')`,
  {},
);

/** How much of the stored file the preview reads: the first 64 KB. */
const PREVIEW_CHARS = 65_536;

export const fileHead = query(
  `SELECT left(content, ${PREVIEW_CHARS}) AS head FROM import_jobs WHERE id = $1`,
  { head: 'text?' },
);

export const rememberedValues = query(`SELECT domain, value, key FROM import_value_mappings`, {
  domain: 'text',
  value: 'text',
  key: 'text',
});

export const rememberValueMappings = query(
  `INSERT INTO import_value_mappings (domain, value, key, updated_by)
       SELECT r.domain, r.value, r.key, $2::uuid
       FROM jsonb_to_recordset($1::jsonb) AS r(domain varchar, value varchar, key varchar)
       ON CONFLICT (domain, value) DO UPDATE SET key = EXCLUDED.key,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
  {},
);

export const forgetValueMappings = query(
  `DELETE FROM import_value_mappings AS m
       USING jsonb_to_recordset($1::jsonb) AS r(domain varchar, value varchar)
       WHERE m.domain = r.domain AND m.value = r.value`,
  {},
);

export const failImportStart = query(
  `UPDATE import_jobs SET status = 'failed', error = $2, updated_at = now()
         WHERE id = $1 AND status = 'validating'`,
  {},
);

export const markImportValidated = query(
  `UPDATE import_jobs SET status = 'validated', rows = $2::jsonb, total_rows = $3,
           processed_rows = $3, progress = 100, created_count = $4, updated_count = $5,
           rejected_count = $6, "values" = $7::jsonb, updated_at = now()
         WHERE id = $1 AND status = 'validating'`,
  {},
);

export const markImportDone = query(
  `UPDATE import_jobs SET status = 'done', progress = 100, processed_rows = total_rows,
             created_count = $2, updated_count = $3, content = NULL, error = NULL,
             finished_at = now(), updated_at = now()
           WHERE id = $1`,
  {},
);

export const reportImportProgress = query(
  `UPDATE import_jobs SET progress = $3, processed_rows = $4
       WHERE id = $1 AND status = $2 AND progress <= $3`,
  {},
);

export const failImport = query(
  `UPDATE import_jobs SET status = 'failed', error = $3, progress = 0, finished_at = now(),
         updated_at = now()
       WHERE id = $1 AND status = $2`,
  {},
);
