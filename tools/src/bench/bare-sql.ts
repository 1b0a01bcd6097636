/**
 * The best-practice SQL for `GET /api/v1/startups` (active startups by name), written for the
 * bare baseline server and independent of the API's: the session check and the page in one
 * statement (one round trip), a keyset page off the (status, lower(name), id) index, only the
 * columns the list shows, no count. A search collects its matches through the trigram index first.
 */

const SEARCH_EXPRESSION = `lower(coalesce(name, '') || ' ' || coalesce(one_liner, '') || ' ' || coalesce(description, ''))`;

const COLUMNS = `id, name, one_liner AS "oneLiner", stage, sectors, tags, city,
    founded_on::text AS "foundedOn", team_size AS "teamSize", status,
    profile_completeness AS "profileCompleteness", updated_at AS "updatedAt", lower(name) AS sort_key`;

/** The page after `after` (the sort key and id of the previous page's last row), or the first. */
export function bareListSql(
  tokenHash: string,
  words: readonly string[],
  pageSize: number,
  after: { key: string; id: string } | null,
): { text: string; values: unknown[] } {
  const params: unknown[] = [tokenHash];
  const add = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`status = 'active'`];
  for (const word of words) {
    where.push(`${SEARCH_EXPRESSION} LIKE ${add(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  }
  if (after) where.push(`(lower(name), id) > (${add(after.key)}::text, ${add(after.id)}::uuid)`);
  const source =
    words.length > 0
      ? `(SELECT * FROM startups WHERE ${where.join(' AND ')} OFFSET 0) matches`
      : `startups WHERE ${where.join(' AND ')}`;
  const text = `SELECT u.id AS user_id, page_rows.*
FROM sessions s JOIN users u ON u.id = s.user_id
LEFT JOIN LATERAL (
  SELECT ${COLUMNS}
  FROM ${source}
  ORDER BY lower(name), id
  LIMIT ${add(pageSize + 1)}
) page_rows ON true
WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`;
  return { text, values: params };
}
