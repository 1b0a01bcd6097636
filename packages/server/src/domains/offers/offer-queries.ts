import type { Locale } from '@kohorte/contracts';
import { column, query } from '../../infra/database/typed-query';
import { OFFER_COLUMNS, OFFER_FROM, OFFER_ROW } from './offer-rows';

/** The offers one reminder mail carries: the offer and its mentor's other unreminded offers sent close to it. */
export const reminderGroup = query(
  `SELECT p.id FROM match_proposals p
         JOIN match_proposals x ON x.id = $1
         WHERE p.run_id = x.run_id AND p.mentor_id = x.mentor_id
           AND p.status = 'offered' AND p.reminded_at IS NULL
           AND (p.id = x.id OR p.offered_at BETWEEN x.offered_at - make_interval(secs => $2)
                                             AND x.offered_at + make_interval(secs => $2))
         ORDER BY p.id FOR UPDATE OF p`,
  { id: 'uuid' },
);

/** Moves deadlines too close for a reminder link to the minimum a link needs. */
export const extendOfferDeadlines = query(
  `UPDATE match_proposals SET expires_at = now() + make_interval(secs => $2)
       WHERE id = ANY($1::uuid[]) AND expires_at < now() + make_interval(secs => $2)
       RETURNING id, expires_at AS "expiresAt"`,
  { id: 'uuid', expiresAt: 'timestamptz!' },
);

export const offersByRank = query(
  `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM} WHERE p.id = ANY($1::uuid[]) ORDER BY p.rank, s.name`,
  OFFER_ROW,
);

export const runOfDeclinedOffer = query(
  `SELECT id, cohort_id AS "cohortId", kind, parameters FROM matching_runs WHERE id = $1`,
  {
    id: 'uuid',
    cohortId: 'uuid',
    kind: column('text').as<'mentors' | 'investors'>(),
    parameters: column('jsonb').as<{ weights: Record<string, number>; minScore: number }>(),
  },
);

export const mentorPairsOfRun = query(
  `SELECT mentor_id AS "mentorId", startup_id AS "startupId", status FROM match_proposals
       WHERE run_id = $1 AND mentor_id IS NOT NULL`,
  { mentorId: 'uuid!', startupId: 'uuid', status: 'text' },
);

export const nextRankOfStartup = query(
  `SELECT coalesce(max(rank), 0)::int + 1 AS rank FROM match_proposals
       WHERE run_id = $1 AND startup_id = $2`,
  { rank: 'int4' },
);

export const cohortExists = query(`SELECT 1 AS found FROM cohorts WHERE id = $1`, {
  found: 'int4',
});

export const runKind = query(`SELECT kind FROM matching_runs WHERE id = $1`, { kind: 'text' });

export const approvedCount = query(
  `SELECT count(*)::int AS n FROM match_proposals WHERE run_id = $1 AND status = 'approved'`,
  { n: 'int4' },
);

export const approvedMentorOffers = query(
  `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM}
         WHERE p.run_id = $1 AND p.status = 'approved' AND p.mentor_id IS NOT NULL
         ORDER BY m.full_name, m.id, p.rank, s.name`,
  OFFER_ROW,
);

export const foundersOfStartup = query(
  `SELECT id, full_name AS name, email FROM startup_contacts
     WHERE startup_id = $1 AND is_founder ORDER BY created_at, id`,
  { id: 'uuid', name: 'text', email: 'text' },
);

export const mentorPerson = query(
  `SELECT full_name AS name, email, company FROM mentors WHERE id = $1`,
  { name: 'text', email: 'text', company: 'text?' },
);

export const startupLanguages = query(`SELECT languages FROM startups WHERE id = $1`, {
  languages: 'text[]',
});

export const pauseInRange = query(
  `SELECT $1::date > current_date AND $1::date <= current_date + $2::int AS "inRange"`,
  { inRange: 'bool' },
);

export const lockedMentorWindow = query(
  `SELECT available_from::text AS "availableFrom", available_until::text AS "availableUntil"
         FROM mentors WHERE id = $1 FOR UPDATE`,
  { availableFrom: 'text?', availableUntil: 'text?' },
);

export const runStarter = query(
  `SELECT u.email, u.name, u.locale FROM matching_runs r
     JOIN users u ON u.id = r.created_by AND u.disabled_at IS NULL
     WHERE r.id = $1`,
  { email: 'text', name: 'text', locale: column('text').as<Locale>() },
);

export const lockedRunToOffer = query(
  `SELECT r.id, r.cohort_id AS "cohortId", c.name AS "cohortName", r.kind, r.status
         FROM matching_runs r JOIN cohorts c ON c.id = r.cohort_id
         WHERE r.id = $1 FOR NO KEY UPDATE OF r`,
  { id: 'uuid', cohortId: 'uuid', cohortName: 'text', kind: 'text', status: 'text' },
);

export const offersByMentor = query(
  `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM}
         WHERE p.id = ANY($1::uuid[]) ORDER BY m.id, p.rank, s.name`,
  OFFER_ROW,
);

export const liveMentees = query(
  `SELECT s.name AS "startupName", c.name AS "cohortName"
       FROM mentorships ms JOIN startups s ON s.id = ms.startup_id
         JOIN cohorts c ON c.id = ms.cohort_id
       WHERE ms.mentor_id = $1 AND ms.ended_at IS NULL ORDER BY ms.started_at, s.name`,
  { startupName: 'text', cohortName: 'text' },
);

export const mentorCapacityAndStart = query(
  `SELECT capacity, available_from::text AS "availableFrom" FROM mentors WHERE id = $1`,
  { capacity: 'int4', availableFrom: 'text?' },
);

export const lockedMentorCapacity = query(`SELECT capacity FROM mentors WHERE id = $1 FOR UPDATE`, {
  capacity: 'int4',
});

export const liveMentorshipCount = query(
  `SELECT count(*)::int AS load FROM mentorships WHERE mentor_id = $1 AND ended_at IS NULL`,
  { load: 'int4' },
);

export const insertMatchMentorship = query(
  `INSERT INTO mentorships (cohort_id, startup_id, mentor_id, source)
         VALUES ($1, $2, $3, 'match')
         ON CONFLICT (cohort_id, startup_id, mentor_id) WHERE ended_at IS NULL DO NOTHING
         RETURNING id`,
  { id: 'uuid' },
);

const OFFER_OF_MENTOR = `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM}
       WHERE p.id = $1 AND p.mentor_id = $2 `;

/** The offer a mentor's link is for; locked (and its link's answer serialised) when answering. */
export const offerOfMentor = query(OFFER_OF_MENTOR, OFFER_ROW);
export const lockedOfferOfMentor = query(`${OFFER_OF_MENTOR}FOR UPDATE OF p`, OFFER_ROW);

export const markOffersReminded = query(
  `UPDATE match_proposals SET reminded_at = now() WHERE id = ANY($1::uuid[])`,
  {},
);

export const pauseMentorUntil = query(
  `UPDATE mentors SET available_from = $2::date, updated_at = now() WHERE id = $1`,
  {},
);

/** Serialises the reminders of one mentor: their groups must not overlap. */
export const lockMentorReminders = query(
  `SELECT true AS locked FROM pg_advisory_xact_lock(hashtext('offer-remind:' || $1))`,
  { locked: 'bool' },
);
