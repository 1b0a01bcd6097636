import { query, rows } from '../../infra/database/typed-query';

/** The proposals a move changed (its UPDATE is built from the transition and the target). */
export const movedProposals = rows({ id: 'uuid' });

type Partner = 'mentor' | 'investor';

/** A manager's swap: the pair as `proposed`, taking back any earlier row of the pair. */
function proposeSql(partner: Partner): string {
  return `INSERT INTO match_proposals (run_id, cohort_id, startup_id, ${partner}_id, score, parts, rank)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT ON CONSTRAINT match_proposals_${partner}_key DO UPDATE SET status = 'proposed',
         score = EXCLUDED.score, parts = EXCLUDED.parts, rank = EXCLUDED.rank, pinned = false,
         decided_by = NULL, decided_at = NULL
       RETURNING id`;
}

/** A next-best offer: the pair straight to `offered` with its deadline; takes back only a withdrawn row. */
function offerSql(partner: Partner): string {
  return `INSERT INTO match_proposals
       (run_id, cohort_id, startup_id, ${partner}_id, score, parts, rank, status, offered_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, 'offered', now(), now() + make_interval(secs => $8))
     ON CONFLICT ON CONSTRAINT match_proposals_${partner}_key DO UPDATE SET status = 'offered',
       score = EXCLUDED.score, parts = EXCLUDED.parts, rank = EXCLUDED.rank, pinned = false,
       decided_by = NULL, decided_at = NULL, offered_at = now(), reminded_at = NULL,
       expires_at = EXCLUDED.expires_at
     WHERE match_proposals.status = 'withdrawn'
     RETURNING id`;
}

export const proposePair = {
  mentor: query(proposeSql('mentor'), { id: 'uuid' }),
  investor: query(proposeSql('investor'), { id: 'uuid' }),
};

export const offerPair = {
  mentor: query(offerSql('mentor'), { id: 'uuid' }),
  investor: query(offerSql('investor'), { id: 'uuid' }),
};
