import type {
  AnswerValue,
  ApplicationFile,
  ApplicationListItem,
  ApplicationProfile,
  ApplicationStatus,
  CallFunnel,
  DuplicateStartup,
  EligibilityState,
  ListApplicationsQuery,
  Locale,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, rows, rowSpec, type RowOf } from '../../infra/database/typed-query';

/** The queries of the applications area and their row types. */

export const APPLICATION_ROW = rowSpec({
  id: 'uuid',
  callId: 'uuid',
  cohortId: 'uuid',
  email: 'text',
  locale: column('text').as<Locale>(),
  status: column('text').as<ApplicationStatus>(),
  founderName: 'text?',
  profile: column('jsonb').as<ApplicationProfile>(),
  answers: column('jsonb').as<Record<string, AnswerValue>>(),
  eligibility: column('text').as<EligibilityState>(),
  eligibilityBy: 'uuid?',
  eligibilityReason: 'text?',
  consentVersion: 'int4?',
  consentedAt: 'timestamptz?',
  submittedAt: 'timestamptz?',
  decidedAt: 'timestamptz?',
  startupId: 'uuid?',
  updatedAt: 'timestamptz',
});

export type ApplicationRow = RowOf<typeof APPLICATION_ROW>;

const APPLICATION_COLUMNS = `a.id, a.call_id AS "callId", c.cohort_id AS "cohortId", a.email, a.locale,
  a.status, a.founder_name AS "founderName", a.profile, a.answers, a.eligibility,
  a.eligibility_by AS "eligibilityBy", a.eligibility_reason AS "eligibilityReason",
  a.consent_version AS "consentVersion", a.consented_at AS "consentedAt",
  a.submitted_at AS "submittedAt", a.decided_at AS "decidedAt", a.startup_id AS "startupId",
  a.updated_at AS "updatedAt"`;

const applicationById = query(
  `SELECT ${APPLICATION_COLUMNS} FROM applications a JOIN calls c ON c.id = a.call_id
WHERE a.id = $1`,
  APPLICATION_ROW,
);
const lockedApplicationById = query(
  `SELECT ${APPLICATION_COLUMNS} FROM applications a JOIN calls c ON c.id = a.call_id
WHERE a.id = $1 FOR UPDATE OF a`,
  APPLICATION_ROW,
);

/** One application; `lock` takes its row for an update in the caller's transaction. */
export async function applicationRow(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<ApplicationRow | undefined> {
  const [row] = await (lock ? lockedApplicationById : applicationById).all(manager, [id]);
  return row;
}

const lockedApplicationsOfCall = query(
  `SELECT ${APPLICATION_COLUMNS} FROM applications a JOIN calls c ON c.id = a.call_id
WHERE a.call_id = $1 AND a.id = ANY($2::uuid[]) ORDER BY a.id FOR UPDATE OF a`,
  APPLICATION_ROW,
);

/** The ids of a call's applications among `ids`, locked for a decision, in a stable order. */
export async function lockedApplications(
  manager: EntityManager,
  callId: string,
  ids: readonly string[],
): Promise<ApplicationRow[]> {
  return lockedApplicationsOfCall.all(manager, [callId, ids]);
}

function listWhere(query: ListApplicationsQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts: string[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    parts.push(sql(params.length + 1));
  };
  // Drafts are not applications yet: listed only when asked for.
  if (query.status) add((n) => `a.status = $${n}`, query.status);
  else parts.push(`a.status <> 'draft'`);
  if (query.eligibility) add((n) => `a.eligibility = $${n}`, query.eligibility);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add(
      (n) =>
        `(a.email ILIKE $${n} OR a.founder_name ILIKE $${n} OR a.profile->>'name' ILIKE $${n})`,
      like,
    );
  }
  return { where: parts.map((part) => ` AND ${part}`).join(''), params };
}

const applicationPageRows = rows({ ...APPLICATION_ROW, total: 'int8' });

/** A page of a call's applications, latest submission first. */
export async function applicationPage(
  manager: EntityManager,
  callId: string,
  query: ListApplicationsQuery,
  limit: number,
  offset: number,
): Promise<{ rows: ApplicationRow[]; total: number }> {
  const { where, params } = listWhere(query);
  const rows = await applicationPageRows.all(
    manager,
    `SELECT ${APPLICATION_COLUMNS}, count(*) OVER () AS "total"
FROM applications a JOIN calls c ON c.id = a.call_id
WHERE a.call_id = $1${where}
ORDER BY a.submitted_at DESC NULLS LAST, a.created_at DESC, a.id
LIMIT ${limit} OFFSET ${offset}`,
    [callId, ...params],
  );
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** The lower-case host of a web address without `www.`; null when it has none. */
export function hostOf(website: unknown): string | null {
  if (typeof website !== 'string' || website === '') return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Wanted hosts or emails per lookup statement. */
const LOOKUP_SLICE = 100;

// The same host, computed in SQL for the stored startups; written exactly as the expression
// index `startups_website_host_idx` (migration ApplicationCalls) so that the lookup uses it.
export const STARTUP_HOST_SQL = `lower(regexp_replace(substring(website from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)'), '^www\\.', ''))`;

const startupHosts = query(
  `SELECT s.id, s.name, ${STARTUP_HOST_SQL.replace('website', 's.website')} AS host FROM startups s
WHERE s.id = ANY($1::uuid[]) ORDER BY lower(s.name), s.id`,
  { id: 'uuid', name: 'text', host: 'text?' },
);

const startupsOfEmails = query(
  `SELECT startup_id AS id, lower(email) AS email FROM startup_contacts
WHERE lower(email) = ANY($1::text[])`,
  { id: 'uuid', email: 'text' },
);

const startupsOfHosts = query(
  `SELECT id FROM startups WHERE ${STARTUP_HOST_SQL} = ANY($1::text[])`,
  { id: 'uuid' },
);

/**
 * Existing startups each application may be: the same website host, or a contact with the
 * applicant's email. The startup an application became is not its own duplicate. Both lookups
 * go through indexes (the host expression, `lower(email)`): a page of applications against
 * 100,000 startups takes milliseconds.
 */
export async function duplicatesOf(
  manager: EntityManager,
  rows: readonly Pick<ApplicationRow, 'id' | 'email' | 'profile' | 'startupId'>[],
): Promise<Map<string, DuplicateStartup[]>> {
  const hosts = [...new Set(rows.map((row) => hostOf(row.profile.website)).filter(Boolean))];
  const emails = [...new Set(rows.map((row) => row.email.toLowerCase()))];
  const hostMatches = new Set<string>();
  const emailsByStartup = new Map<string, string[]>();
  // In slices: with a long list (an export) the planner would rather compute every startup's
  // host than probe the index per value, since it takes the regular expression for cheap.
  for (let at = 0; at < Math.max(hosts.length, emails.length); at += LOOKUP_SLICE) {
    // One after the other: inside a decision's transaction both share one connection.
    const byHost = await startupsOfHosts.all(manager, [hosts.slice(at, at + LOOKUP_SLICE)]);
    const byEmail = await startupsOfEmails.all(manager, [emails.slice(at, at + LOOKUP_SLICE)]);
    byHost.forEach((row) => hostMatches.add(row.id));
    for (const row of byEmail) {
      emailsByStartup.set(row.id, [...(emailsByStartup.get(row.id) ?? []), row.email]);
    }
  }
  const found = await startupHosts.all(manager, [
    [...new Set([...hostMatches, ...emailsByStartup.keys()])],
  ]);
  const result = new Map<string, DuplicateStartup[]>();
  for (const row of rows) {
    const host = hostOf(row.profile.website);
    const email = row.email.toLowerCase();
    const matches: DuplicateStartup[] = [];
    for (const startup of found) {
      if (startup.id === row.startupId) continue;
      const by: DuplicateStartup['by'] = [];
      if (host !== null && startup.host === host) by.push('website');
      if (emailsByStartup.get(startup.id)?.includes(email)) by.push('email');
      if (by.length > 0) matches.push({ id: startup.id, name: startup.name, by });
    }
    result.set(row.id, matches);
  }
  return result;
}

export function toListItem(
  row: ApplicationRow,
  duplicates: DuplicateStartup[],
): ApplicationListItem {
  return {
    id: row.id,
    email: row.email,
    founderName: row.founderName,
    startupName: typeof row.profile.name === 'string' ? row.profile.name : null,
    status: row.status,
    eligibility: row.eligibility,
    eligibilityAutomatic: row.eligibilityBy === null && row.eligibility !== 'pending',
    eligibilityReason: row.eligibilityReason,
    duplicates,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    startupId: row.startupId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const filesOfApplication = query(
  `SELECT question_key AS "questionKey", file_name AS "fileName", size_bytes AS "sizeBytes",
  pages, uploaded_at AS "uploadedAt"
FROM application_files WHERE application_id = $1 ORDER BY question_key`,
  {
    questionKey: 'text',
    fileName: 'text',
    sizeBytes: 'int4',
    pages: 'int4',
    uploadedAt: 'timestamptz',
  },
);

/** The files of applications, without their bytes. */
export async function filesOf(
  manager: EntityManager,
  applicationId: string,
): Promise<ApplicationFile[]> {
  const rows = await filesOfApplication.all(manager, [applicationId]);
  return rows.map((row) => ({ ...row, uploadedAt: row.uploadedAt.toISOString() }));
}

/**
 * The funnel's figures over a set of `applications` rows (the FROM and WHERE are the caller's):
 * shared by the call page and the dashboard so both count alike.
 */
export const FUNNEL_COLUMNS_SQL = `count(*) FILTER (WHERE status = 'draft')::int AS started,
  count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS applied,
  count(*) FILTER (WHERE submitted_at IS NOT NULL AND eligibility = 'eligible')::int AS eligible,
  count(*) FILTER (WHERE submitted_at IS NOT NULL AND eligibility = 'eligible'
    AND EXISTS (SELECT 1 FROM reviews v WHERE v.application_id = applications.id
      AND v.submitted_at IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.application_id = applications.id
      AND v.submitted_at IS NULL AND NOT EXISTS (SELECT 1 FROM review_conflicts k
        WHERE k.application_id = v.application_id AND k.reviewer_id = v.reviewer_id)))::int AS reviewed,
  count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
  count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
  count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at))
    FILTER (WHERE decided_at IS NOT NULL) AS "medianSeconds",
  max(extract(epoch FROM decided_at - submitted_at)) AS "maxSeconds"`;

/** A row of FUNNEL_COLUMNS_SQL. */
export type FunnelRow = Omit<CallFunnel, 'medianDaysToDecision' | 'maxDaysToDecision'> & {
  medianSeconds: number | null;
  maxSeconds: string | number | null;
};

export function toFunnel(row: FunnelRow): CallFunnel {
  const days = (seconds: string | number | null): number | null =>
    seconds === null ? null : Math.round((Number(seconds) / 86_400) * 10) / 10;
  return {
    started: row.started,
    applied: row.applied,
    eligible: row.eligible,
    reviewed: row.reviewed,
    accepted: row.accepted,
    waitlisted: row.waitlisted,
    rejected: row.rejected,
    medianDaysToDecision: days(row.medianSeconds),
    maxDaysToDecision: days(row.maxSeconds),
  };
}

/** The columns of FUNNEL_COLUMNS_SQL. */
export const FUNNEL_ROW = rowSpec({
  started: 'int4',
  applied: 'int4',
  eligible: 'int4',
  reviewed: 'int4',
  accepted: 'int4',
  waitlisted: 'int4',
  rejected: 'int4',
  medianSeconds: 'float8?',
  maxSeconds: 'numeric?',
});

const funnelOfCall = query(
  `SELECT ${FUNNEL_COLUMNS_SQL} FROM applications WHERE call_id = $1`,
  FUNNEL_ROW,
);

/** How far a call's applications got, and how long decisions took (days). */
export async function funnelOf(manager: EntityManager, callId: string): Promise<CallFunnel> {
  return toFunnel(await funnelOfCall.one(manager, [callId]));
}

export const upsertFounderContact = query(
  `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
VALUES ($1, $2, $3, true)
ON CONFLICT (startup_id, lower(email)) DO UPDATE SET is_founder = true, updated_at = now()
RETURNING id`,
  { id: 'uuid' },
);

export const lockedApplicationLocale = query(
  `SELECT locale FROM applications WHERE id = $1 FOR UPDATE`,
  { locale: column('text').as<Locale>() },
);

export const applicationOfEmail = query(
  `SELECT id, locale, founder_name AS "founderName" FROM applications
WHERE call_id = $1 AND lower(email) = lower($2)`,
  { id: 'uuid', locale: 'text', founderName: 'text?' },
);

export const insertApplication = query(
  `INSERT INTO applications (call_id, email, locale) VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING RETURNING id, locale, founder_name AS "founderName"`,
  { id: 'uuid', locale: 'text', founderName: 'text?' },
);

export const databaseTime = query(`SELECT now() AS now`, { now: 'timestamptz' });

export const cohortOfCall = query(`SELECT name FROM cohorts WHERE id = $1`, { name: 'text' });
export const lockedCohortOfCall = query(`SELECT name FROM cohorts WHERE id = $1 FOR SHARE`, {
  name: 'text',
});

/** Applications removed per retention sweep batch. */
export const RETENTION_BATCH = 100;

export const expiredApplications = query(
  `SELECT a.id, a.status FROM applications a JOIN calls c ON c.id = a.call_id
WHERE (a.status = 'rejected' AND a.decided_at + make_interval(days => c.retention_days) < now())
   OR (a.status = 'draft' AND c.closes_at + make_interval(days => c.retention_days) < now())
ORDER BY a.id LIMIT ${RETENTION_BATCH}`,
  { id: 'uuid', status: 'text' },
);

export const lockedExpiredApplication = query(
  `SELECT a.id FROM applications a JOIN calls c ON c.id = a.call_id
WHERE a.id = $1 AND (
  (a.status = 'rejected' AND a.decided_at + make_interval(days => c.retention_days) < now())
  OR (a.status = 'draft' AND c.closes_at + make_interval(days => c.retention_days) < now()))
FOR UPDATE OF a`,
  { id: 'uuid' },
);

export const filesOfApplications = query(
  `SELECT application_id AS "applicationId", question_key AS "questionKey", file_name AS "fileName"
FROM application_files WHERE application_id = ANY($1::uuid[])`,
  { applicationId: 'uuid', questionKey: 'text', fileName: 'text' },
);

export const storedFile = query(
  `SELECT file_name AS "fileName", content FROM application_files
WHERE application_id = $1 AND question_key = $2`,
  { fileName: 'text', content: 'bytea' },
);
