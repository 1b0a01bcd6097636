import { query } from '../../infra/database/typed-query';

export const unmappedRegions = query(
  `SELECT text, count(*)::int AS investors
       FROM investors, unnest(unmapped_regions) AS u(text)
       GROUP BY text ORDER BY count(*) DESC, lower(text), text`,
  { text: 'text', investors: 'int4' },
);

export const mapUnmappedRegion = query(
  `WITH named AS (
           SELECT id, regions, unmapped_regions FROM investors
           WHERE $1 = ANY (unmapped_regions) FOR UPDATE)
         UPDATE investors i
         SET unmapped_regions = array_remove(named.unmapped_regions, $1),
             regions = named.regions || ARRAY(
               SELECT k FROM unnest($2::text[]) AS k WHERE k <> ALL (named.regions)),
             updated_at = now()
         FROM named WHERE i.id = named.id
         RETURNING i.id, named.regions AS before, i.regions AS after,
           named.unmapped_regions AS "unmappedBefore", i.unmapped_regions AS "unmappedAfter"`,
  {
    id: 'uuid',
    before: 'text[]',
    after: 'text[]',
    unmappedBefore: 'text[]',
    unmappedAfter: 'text[]',
  },
);
