import { Injectable } from '@nestjs/common';
import {
  type CohortOffer,
  type CohortOffers,
  type MatchingKind,
  OFFER_DECLINE_REASONS,
  type OfferDeclineReason,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { cohortNotFound } from '../programmes/programme-errors';

/** The most offers the cohort page lists: open ones come first, so none of those is left off. */
export const COHORT_OFFERS_LIMIT = 200;

const ANSWERERS: readonly string[] = ['mentor', 'founder', 'investor'];

interface CohortOfferRow {
  proposalId: string;
  runId: string;
  kind: MatchingKind;
  status: CohortOffer['status'];
  startupId: string;
  startupName: string;
  partnerId: string;
  partnerName: string;
  score: number;
  offeredAt: Date;
  remindedAt: Date | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  declineReason: string | null;
  open: number;
}

// The outcome comes from the startup's timeline, where every answer and expiry is written in the
// same transaction as the status change. Only closed offers look for one: an open introduction's
// latest answer can be the founders' consent ('agreed'), which is not an outcome.
const COHORT_OFFERS_SQL = `
  SELECT p.id AS "proposalId", p.run_id AS "runId",
    CASE WHEN p.mentor_id IS NOT NULL THEN 'mentors' ELSE 'investors' END AS kind,
    p.status, s.id AS "startupId", s.name AS "startupName",
    COALESCE(m.id, i.id) AS "partnerId", COALESCE(m.full_name, i.name) AS "partnerName",
    p.score::float8 AS score, p.offered_at AS "offeredAt", p.reminded_at AS "remindedAt",
    outcome.at AS "answeredAt", outcome.by AS "answeredBy", outcome.reason AS "declineReason",
    (count(*) FILTER (WHERE p.status IN ('startup-asked', 'offered')) OVER ())::int AS open
  FROM match_proposals p
    JOIN startups s ON s.id = p.startup_id
    LEFT JOIN mentors m ON m.id = p.mentor_id
    LEFT JOIN investors i ON i.id = p.investor_id
    LEFT JOIN LATERAL (
      SELECT a.created_at AS at,
        CASE WHEN a.kind = 'answer' THEN a.actor_label END AS by,
        CASE WHEN a.kind = 'answer' THEN a.data->>'reason' END AS reason
      FROM activities a
      WHERE a.subject_type = 'startup' AND a.subject_id = p.startup_id
        AND a.data->>'proposalId' = p.id::text
        AND (a.kind = 'answer' OR (a.kind = 'match' AND a.data->>'action' = 'expired'))
      ORDER BY a.created_at DESC
      LIMIT 1
    ) outcome ON p.status IN ('accepted', 'declined', 'expired')
  WHERE p.cohort_id = $1 AND p.offered_at IS NOT NULL
    AND p.status IN ('startup-asked', 'offered', 'accepted', 'declined', 'expired')
  ORDER BY p.status IN ('startup-asked', 'offered') DESC, p.offered_at DESC, p.id
  LIMIT ${COHORT_OFFERS_LIMIT}`;

function toOffer(row: CohortOfferRow): CohortOffer {
  const answeredBy =
    row.answeredBy !== null && ANSWERERS.includes(row.answeredBy)
      ? (row.answeredBy as CohortOffer['answeredBy'])
      : null;
  const declineReason =
    row.status === 'declined' &&
    (OFFER_DECLINE_REASONS as readonly (string | null)[]).includes(row.declineReason)
      ? (row.declineReason as OfferDeclineReason)
      : null;
  return {
    proposalId: row.proposalId,
    runId: row.runId,
    kind: row.kind,
    status: row.status,
    startup: { id: row.startupId, name: row.startupName },
    partner: { id: row.partnerId, name: row.partnerName },
    score: row.score,
    offeredAt: row.offeredAt.toISOString(),
    remindedAt: row.remindedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredBy,
    declineReason,
  };
}

/**
 * A cohort's sent offers — mentor offers and investor introductions — with their outcome, for the
 * cohort page that polls it while any is open. Reads only.
 */
@Injectable()
export class CohortOffersService {
  constructor(private readonly dataSource: DataSource) {}

  /** Open ones first, then the newest offer first; at most COHORT_OFFERS_LIMIT. 404: no cohort. */
  async list(cohortId: string): Promise<CohortOffers> {
    const manager = this.dataSource.manager;
    const [cohort] = (await manager.query(`SELECT 1 FROM cohorts WHERE id = $1`, [
      cohortId,
    ])) as unknown[];
    if (!cohort) throw cohortNotFound(cohortId);
    const rows = (await manager.query(COHORT_OFFERS_SQL, [cohortId])) as CohortOfferRow[];
    return { items: rows.map(toOffer), open: rows[0]?.open ?? 0 };
  }
}
