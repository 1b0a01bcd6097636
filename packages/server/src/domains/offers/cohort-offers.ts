import { Injectable } from '@nestjs/common';
import {
  type CohortOffer,
  type CohortOffers,
  type MatchingKind,
  OFFER_DECLINE_REASONS,
  type OfferDeclineReason,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { cohortNotFound } from '../programmes/index';
import { cohortExists } from './offer-queries';
import { column, query, type RowOf } from '../../infra/database/typed-query';

/** The most offers the cohort page lists: every open one, then the latest answers; counts cover all. */
export const COHORT_OFFERS_LIMIT = 200;

const ANSWERERS: readonly string[] = ['mentor', 'founder', 'investor'];
const STATUSES: readonly CohortOffer['status'][] = [
  'startup-asked',
  'offered',
  'accepted',
  'declined',
  'expired',
];
const OPEN: readonly CohortOffer['status'][] = ['startup-asked', 'offered'];
const EMPTY_COUNTS = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
  CohortOffer['status'],
  number
>;

// The outcome comes from the startup's timeline, where every answer and expiry is written in the
// same transaction as the status change. Only closed offers look for one: an open introduction's
// latest answer can be the founders' consent ('agreed'), which is not an outcome.
const cohortOffers = query(
  `
  SELECT p.id AS "proposalId", p.run_id AS "runId",
    CASE WHEN p.mentor_id IS NOT NULL THEN 'mentors' ELSE 'investors' END AS kind,
    p.status, s.id AS "startupId", s.name AS "startupName",
    COALESCE(m.id, i.id) AS "partnerId", COALESCE(m.full_name, i.name) AS "partnerName",
    p.score::float8 AS score, p.offered_at AS "offeredAt", p.reminded_at AS "remindedAt",
    CASE WHEN p.status = 'offered' THEN p.expires_at END AS "expiresAt",
    outcome.at AS "answeredAt", outcome.by AS "answeredBy", outcome.reason AS "declineReason",
    jsonb_build_object(${STATUSES.map(
      (status) => `'${status}', (count(*) FILTER (WHERE p.status = '${status}') OVER ())::int`,
    ).join(', ')}) AS counts
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
  ORDER BY p.status IN ('startup-asked', 'offered') DESC, outcome.at DESC NULLS LAST,
    p.offered_at DESC, p.id
  LIMIT ${COHORT_OFFERS_LIMIT}`,
  {
    proposalId: 'uuid',
    runId: 'uuid',
    kind: column('text').as<MatchingKind>(),
    status: column('text').as<CohortOffer['status']>(),
    startupId: 'uuid',
    startupName: 'text',
    partnerId: 'uuid',
    partnerName: 'text',
    score: 'float8',
    offeredAt: 'timestamptz!',
    remindedAt: 'timestamptz?',
    expiresAt: 'timestamptz?',
    answeredAt: 'timestamptz?',
    answeredBy: 'text?',
    declineReason: 'text?',
    counts: column('jsonb').as<Record<CohortOffer['status'], number>>(),
  },
);

type CohortOfferRow = RowOf<typeof cohortOffers.spec>;

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
    expiresAt: row.expiresAt?.toISOString() ?? null,
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

  /** The latest answers first, then the open ones; at most COHORT_OFFERS_LIMIT. 404: no cohort. */
  async list(cohortId: string): Promise<CohortOffers> {
    const manager = this.dataSource.manager;
    const [cohort] = await cohortExists.all(manager, [cohortId]);
    if (!cohort) throw cohortNotFound(cohortId);
    const rows = await cohortOffers.all(manager, [cohortId]);
    const counts = rows[0]?.counts ?? EMPTY_COUNTS;
    // The limit keeps every open offer (they come first from the database); the page shows the
    // latest answers first, what a manager looks for, then what still waits.
    const items = rows.map(toOffer);
    const isOpen = (offer: CohortOffer) => OPEN.includes(offer.status);
    return {
      items: [...items.filter((offer) => !isOpen(offer)), ...items.filter(isOpen)],
      open: counts['startup-asked'] + counts.offered,
      counts,
    };
  }
}
