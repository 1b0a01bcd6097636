import {
  DASHBOARD_LIST_SIZE,
  DASHBOARD_RECENT_CALL_DAYS,
  DASHBOARD_RECENT_SIZE,
  STALE_PROFILE_DAYS,
} from '@kohorte/contracts';
import { type TimelineKind, type MembershipStatus, type SubjectType } from '@kohorte/contracts';
import { FUNNEL_COLUMNS_SQL, FUNNEL_ROW } from '../applications/index';
import { column, query, rowSpec } from '../../infra/database/typed-query';

// The dashboard's statements. Each list returns its first DASHBOARD_LIST_SIZE rows with the
// total in every row (count(*) OVER ()), so one statement answers both.

/** Running cohorts with their programme, startups per membership status and pool size. */
export const runningCohorts = query(
  `SELECT c.id, c.name, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on,
  c.capacity, p.id AS programme_id, p.name AS programme_name,
  coalesce(m.counts, '{}'::jsonb) AS counts,
  (SELECT count(*)::int FROM cohort_mentors cm WHERE cm.cohort_id = c.id) AS mentor_count
FROM cohorts c
JOIN programmes p ON p.id = c.programme_id
LEFT JOIN LATERAL (
  SELECT jsonb_object_agg(status, n) AS counts
  FROM (SELECT status, count(*)::int AS n FROM cohort_startups WHERE cohort_id = c.id GROUP BY status) s
) m ON true
WHERE c.status = 'running'
ORDER BY c.starts_on, lower(c.name), c.id`,
  {
    id: 'uuid',
    name: 'text',
    starts_on: 'text',
    ends_on: 'text',
    capacity: 'int4?',
    programme_id: 'uuid',
    programme_name: 'text',
    counts: column('jsonb').as<Partial<Record<MembershipStatus, number>>>(),
    mentor_count: 'int4',
  },
);

/**
 * Open and recently closed calls (already open, closed within DASHBOARD_RECENT_CALL_DAYS), latest
 * deadline first, each with its funnel and its reviews sent and submitted. Per call, the counts
 * read its applications through applications_call_status_idx and their reviews through
 * reviews_application_reviewer_key; a review whose reviewer declared a conflict is not owed.
 */
export const callFunnels = query(
  `SELECT k.id, k.opens_at, k.closes_at, k.closes_at > now() AS open,
  c.id AS cohort_id, c.name AS cohort_name, f.*, r.assigned, r.submitted
FROM calls k
JOIN cohorts c ON c.id = k.cohort_id
CROSS JOIN LATERAL (SELECT ${FUNNEL_COLUMNS_SQL} FROM applications WHERE call_id = k.id) f
CROSS JOIN LATERAL (
  SELECT count(*)::int AS assigned, count(v.submitted_at)::int AS submitted
  FROM applications a
  JOIN reviews v ON v.application_id = a.id
  WHERE a.call_id = k.id AND (v.submitted_at IS NOT NULL OR NOT EXISTS (
    SELECT 1 FROM review_conflicts rc WHERE rc.application_id = v.application_id AND rc.reviewer_id = v.reviewer_id))
) r
WHERE k.opens_at <= now() AND k.closes_at > now() - interval '${DASHBOARD_RECENT_CALL_DAYS} days'
ORDER BY k.closes_at DESC, k.id
LIMIT ${DASHBOARD_LIST_SIZE}`,
  {
    id: 'uuid',
    opens_at: 'timestamptz',
    closes_at: 'timestamptz',
    open: 'bool',
    cohort_id: 'uuid',
    cohort_name: 'text',
    ...FUNNEL_ROW,
    assigned: 'int4',
    submitted: 'int4',
  },
);

/** Live mentorships per mentor (all cohorts): what counts against a mentor's capacity. */
const LOADS = `SELECT mentor_id, count(*)::int AS load FROM mentorships WHERE ended_at IS NULL GROUP BY mentor_id`;

/** Offers sent and not yet answered per mentor: each holds a place until it is answered. */
const OFFERED = `SELECT mentor_id, count(*)::int AS offered FROM match_proposals
WHERE status = 'offered' AND mentor_id IS NOT NULL GROUP BY mentor_id`;

/** Active mentors within their availability window with a place neither taken nor offered. */
export const mentorsWithCapacity = query(
  `WITH loads AS (${LOADS}), offers AS (${OFFERED})
SELECT m.id, m.full_name, m.company, m.capacity, coalesce(l.load, 0) AS load,
  coalesce(o.offered, 0) AS offered,
  m.capacity - coalesce(l.load, 0) - coalesce(o.offered, 0) AS free, count(*) OVER ()::int AS total
FROM mentors m
LEFT JOIN loads l ON l.mentor_id = m.id
LEFT JOIN offers o ON o.mentor_id = m.id
WHERE m.status = 'active' AND m.archived_at IS NULL
  AND (m.available_from IS NULL OR m.available_from <= current_date)
  AND (m.available_until IS NULL OR m.available_until >= current_date)
  AND m.capacity > coalesce(l.load, 0) + coalesce(o.offered, 0)
ORDER BY free DESC, lower(m.full_name), m.id
LIMIT ${DASHBOARD_LIST_SIZE}`,
  {
    id: 'uuid',
    full_name: 'text',
    company: 'text?',
    capacity: 'int4',
    load: 'int4',
    offered: 'int4',
    free: 'int4',
    total: 'int4',
  },
);

/** The latest timeline entries of every record, with the record's name and the actor. */
export const recentChanges = query(
  `SELECT a.id, a.subject_type, a.subject_id, a.kind, a.actor_id, u.name AS actor_name,
  a.actor_label, a.created_at,
  coalesce(s.name, m.full_name, i.name, c.name, p.name) AS subject_name,
  coalesce(ARRAY(SELECT change->>'field' FROM jsonb_array_elements(
    CASE WHEN a.kind = 'updated' AND jsonb_typeof(a.changes) = 'array' THEN a.changes ELSE '[]'::jsonb END
  ) change), '{}') AS fields
FROM (
  SELECT * FROM activities ORDER BY created_at DESC, id DESC LIMIT ${DASHBOARD_RECENT_SIZE}
) a
LEFT JOIN users u ON u.id = a.actor_id
LEFT JOIN startups s ON a.subject_type = 'startup' AND s.id = a.subject_id
LEFT JOIN mentors m ON a.subject_type = 'mentor' AND m.id = a.subject_id
LEFT JOIN investors i ON a.subject_type = 'investor' AND i.id = a.subject_id
LEFT JOIN cohorts c ON a.subject_type = 'cohort' AND c.id = a.subject_id
LEFT JOIN programmes p ON a.subject_type = 'programme' AND p.id = a.subject_id
ORDER BY a.created_at DESC, a.id DESC`,
  {
    id: 'uuid',
    subject_type: column('text').as<SubjectType>(),
    subject_id: 'uuid',
    kind: column('text').as<TimelineKind>(),
    actor_id: 'uuid?',
    actor_name: 'text?',
    actor_label: 'text?',
    created_at: 'timestamptz',
    subject_name: 'text?',
    fields: 'text[]',
  },
);

/** Startups accepted or active in a running cohort that have no live mentorship there. */
export const startupsWithoutMentor = query(
  `SELECT s.id AS startup_id, s.name AS startup_name, c.id AS cohort_id,
  c.name AS cohort_name, count(*) OVER ()::int AS total
FROM cohort_startups cs
JOIN cohorts c ON c.id = cs.cohort_id AND c.status = 'running'
JOIN startups s ON s.id = cs.startup_id AND s.status = 'active'
WHERE cs.status IN ('accepted', 'active')
  AND NOT EXISTS (
    SELECT 1 FROM mentorships ms
    WHERE ms.cohort_id = cs.cohort_id AND ms.startup_id = cs.startup_id AND ms.ended_at IS NULL
  )
ORDER BY lower(s.name), s.id, lower(c.name), c.id
LIMIT ${DASHBOARD_LIST_SIZE}`,
  {
    startup_id: 'uuid',
    startup_name: 'text',
    cohort_id: 'uuid',
    cohort_name: 'text',
    total: 'int4',
  },
);

/** Mentors (not archived) with more live mentorships than their capacity, most over first. */
export const mentorsOverCapacity = query(
  `WITH loads AS (${LOADS})
SELECT m.id, m.full_name, m.capacity, l.load, count(*) OVER ()::int AS total
FROM mentors m
JOIN loads l ON l.mentor_id = m.id
WHERE m.archived_at IS NULL AND l.load > m.capacity
ORDER BY l.load - m.capacity DESC, lower(m.full_name), m.id
LIMIT ${DASHBOARD_LIST_SIZE}`,
  {
    id: 'uuid',
    full_name: 'text',
    capacity: 'int4',
    load: 'int4',
    total: 'int4',
  },
);

/** Active startups whose profile has not changed for STALE_PROFILE_DAYS days, oldest first. */
export const staleStartups = query(
  `SELECT id, name, updated_at, count(*) OVER ()::int AS total
FROM startups
WHERE status = 'active' AND updated_at < now() - interval '${STALE_PROFILE_DAYS} days'
ORDER BY updated_at, id
LIMIT ${DASHBOARD_LIST_SIZE}`,
  {
    id: 'uuid',
    name: 'text',
    updated_at: 'timestamptz',
    total: 'int4',
  },
);

/** A vocabulary term's count; the row of the records without a term has every term column null. */
const TERM_COUNT_ROW = rowSpec({
  key: 'text?',
  label_de: 'text?',
  label_en: 'text?',
  position: 'int4?',
  count: 'int4',
});

/**
 * Active startups per stage: every stage of the vocabulary in its order, then one row (key null)
 * for those without a stage (or with a retired one).
 */
export const startupsByStage = query(
  `SELECT t.key, t.label_de, t.label_en, t.position, count(s.id)::int AS count
FROM vocabulary_terms t
LEFT JOIN startups s ON s.status = 'active' AND s.stage = t.key
WHERE t.kind = 'stages'
GROUP BY t.key, t.label_de, t.label_en, t.position
UNION ALL
SELECT NULL, NULL, NULL, NULL, count(*)::int FROM startups
WHERE status = 'active' AND (stage IS NULL OR stage NOT IN (SELECT key FROM vocabulary_terms WHERE kind = 'stages'))
ORDER BY position NULLS LAST, key`,
  TERM_COUNT_ROW,
);

/** Active startups per sector (a startup counts once in each of its sectors), as above. */
export const startupsBySector = query(
  `SELECT t.key, t.label_de, t.label_en, t.position, count(s.id)::int AS count
FROM vocabulary_terms t
LEFT JOIN startups s ON s.status = 'active' AND s.sectors @> ARRAY[t.key]::text[]
WHERE t.kind = 'sectors'
GROUP BY t.key, t.label_de, t.label_en, t.position
UNION ALL
SELECT NULL, NULL, NULL, NULL, count(*)::int FROM startups
WHERE status = 'active' AND cardinality(sectors) = 0
ORDER BY position NULLS LAST, key`,
  TERM_COUNT_ROW,
);
