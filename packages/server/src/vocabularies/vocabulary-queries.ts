import { query } from '../database/typed-query';

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
