import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { firstOf } from '../shared/items';

const TOPICS = ['pricing', 'fundraising', 'b2b-sales', 'hiring'];

/** A running cohort with accepted startups and a mentor pool, ready for a mentor matching run. */
export interface SeededCohort {
  cohortId: string;
  mentorEmails: string[];
}

/**
 * Writes a programme, a running cohort, `startups` accepted startups and `mentors` pooled mentors
 * with room for two mentees each, straight into the database (their APIs are not under test).
 */
export async function seedCohort(
  db: Pool,
  startups: number,
  mentors: number,
): Promise<SeededCohort> {
  const tag = randomBytes(4).toString('hex');
  const programme = firstOf(
    (
      await db.query<{ id: string }>(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
        `Programme ${tag}`,
      ])
    ).rows,
  );
  const cohort = firstOf(
    (
      await db.query<{ id: string }>(
        `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     VALUES ($1, $2, '2026-01-01', '2030-12-31', 'running') RETURNING id`,
        [programme.id, `Cohort ${tag}`],
      )
    ).rows,
  );
  await db.query(
    `WITH created AS (
       INSERT INTO startups (name, one_liner, topics, sectors, stage, languages, city)
       SELECT 'Startup ' || $1 || ' ' || i, 'Robots for bakeries ' || i,
         ARRAY[($2::text[])[1 + i % 4], ($2::text[])[1 + (i + 1) % 4]], '{fintech}', 'seed',
         '{de,en}', 'Leipzig'
       FROM generate_series(0, $3 - 1) AS i RETURNING id)
     INSERT INTO cohort_startups (cohort_id, startup_id, status)
     SELECT $4, id, 'accepted' FROM created`,
    [tag, TOPICS, startups, cohort.id],
  );
  const { rows } = await db.query<{ email: string }>(
    `WITH created AS (
       INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
       SELECT 'Mentor ' || $1 || ' ' || j, 'mentor-' || $1 || '-' || j || '@test.kohorte.dev',
         ARRAY[($2::text[])[1 + j % 4], ($2::text[])[1 + (j + 2) % 4]], '{fintech}', '{de}',
         'Leipzig', 2
       FROM generate_series(0, $3 - 1) AS j RETURNING id, email),
     pooled AS (INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $4, id FROM created)
     SELECT email FROM created`,
    [tag, TOPICS, mentors, cohort.id],
  );
  return { cohortId: cohort.id, mentorEmails: rows.map((row) => row.email) };
}

/** A CSV of `rows` new startups (German headers, as an incubator's sheet has them). */
export function startupsCsv(rows: number): { csv: Buffer; prefix: string } {
  const prefix = `Imported ${randomBytes(4).toString('hex')}`;
  const lines = ['Name;Stadt'];
  for (let i = 0; i < rows; i++) lines.push(`${prefix} ${i};Leipzig`);
  return { csv: Buffer.from(`${lines.join('\n')}\n`), prefix };
}

/** A multipart/form-data body with text fields and one file, as a browser's upload sends it. */
export function multipart(
  fields: Record<string, string>,
  file: { name: string; field: string; type: string; content: Buffer },
): { body: Buffer; contentType: string } {
  const boundary = `----kohorte${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
