import { query } from '../../infra/database/typed-query';

export const regionChain = query(
  `WITH RECURSIVE up(key, parent, depth) AS (
       SELECT key, parent, 0 FROM vocabulary_terms WHERE kind = 'regions' AND key = $1
       UNION ALL
       SELECT t.key, t.parent, up.depth + 1 FROM vocabulary_terms t
         JOIN up ON t.kind = 'regions' AND t.key = up.parent
       WHERE up.depth < 64
     )
     SELECT coalesce(array_agg(key ORDER BY depth), '{}') AS chain FROM up`,
  { chain: 'text[]' },
);

/** Serialises edits of the region tree, so that two edits cannot close a cycle between them. */
export const lockRegionTree = query(
  `SELECT true AS locked FROM pg_advisory_xact_lock(hashtext('vocabulary_terms:regions'))`,
  { locked: 'bool' },
);
