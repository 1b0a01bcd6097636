import { describe, expect, it } from '@jest/globals';
import { buildStartupIdsSql, buildStartupListSql } from './startup-list-query';
import { STARTUP_SEARCH_EXPRESSION } from './startup-search';

describe('buildStartupListSql', () => {
  it('lists active startups by name, id as the tiebreaker, first page of the default size', () => {
    const { sql, params, page, pageSize } = buildStartupListSql({}, null);
    expect(sql).toContain('NOT MATERIALIZED');
    expect(sql).toContain('ORDER BY lower(m.name) ASC, m.id ASC');
    expect(params).toEqual(['active', 0, 26]);
    expect([page, pageSize]).toEqual([1, 25]);
  });

  it('collects search matches first, one indexed condition per word, wildcards escaped', () => {
    const { sql, params } = buildStartupListSql(
      {
        q: '50% Solar',
        sort: 'createdAt',
        order: 'desc',
      },
      null,
    );
    expect(sql).toContain('AS MATERIALIZED');
    expect(sql).toContain(`${STARTUP_SEARCH_EXPRESSION} LIKE lower($2)`);
    expect(sql).toContain(`${STARTUP_SEARCH_EXPRESSION} LIKE lower($3)`);
    expect(sql).toContain('ORDER BY m.created_at DESC, m.id DESC');
    expect(params.slice(1, 3)).toEqual(['%50\\%%', '%solar%']);
  });

  it('puts empty values last in both directions and sorts stages by list position', () => {
    expect(buildStartupListSql({ sort: 'foundedOn', order: 'desc' }, null).sql).toContain(
      'ORDER BY m.founded_on DESC NULLS LAST, m.id DESC',
    );
    const stage = buildStartupListSql({ sort: 'stage' }, null).sql;
    expect(stage).toContain(`LEFT JOIN vocabulary_terms stage_term`);
    expect(stage).toContain('ORDER BY stage_term.position ASC NULLS LAST, m.id ASC');
  });

  it('bounds the page size, computes the offset and reads one row more than the page', () => {
    expect(buildStartupListSql({ pageSize: 1000, page: 3 }, null)).toMatchObject({
      pageSize: 100,
      page: 3,
      params: ['active', 200, 101],
    });
    expect(buildStartupListSql({ pageSize: 0, page: 0 }, null)).toMatchObject({
      pageSize: 1,
      page: 1,
    });
  });

  it('passes filter values as parameters, never in the SQL text', () => {
    const { sql, params } = buildStartupListSql(
      {
        status: 'archived',
        stage: "seed'; DROP TABLE startups; --",
        sector: 'fintech',
        city: ' Leipzig ',
      },
      null,
    );
    expect(sql).not.toContain('DROP TABLE');
    expect(sql).toContain('s.sectors @> ARRAY[$3]::text[]');
    expect(sql).toContain('lower(s.city) = lower($4)');
    expect(params.slice(0, 4)).toEqual([
      'archived',
      "seed'; DROP TABLE startups; --",
      'fintech',
      'Leipzig',
    ]);
  });

  it('filters by a tag with the array containment the GIN index serves', () => {
    const { sql, params } = buildStartupListSql({ tag: 'EXIST', city: 'Jena' }, null);
    expect(sql).toContain('s.tags @> ARRAY[$3]::text[]');
    expect(params.slice(0, 3)).toEqual(['active', 'Jena', 'EXIST']);
  });
});

describe('buildStartupIdsSql', () => {
  it('selects every match in the list order, with the same filters and no paging', () => {
    const query = { q: 'solar', tag: 'EXIST', sort: 'stage', order: 'desc' } as const;
    const { sql, params } = buildStartupIdsSql(query);
    const list = buildStartupListSql(query, null);
    expect(sql).toContain('s.tags @> ARRAY[$2]::text[]');
    expect(sql).toContain('ORDER BY stage_term.position DESC NULLS LAST, m.id DESC');
    expect(sql).not.toMatch(/LIMIT|OFFSET/);
    expect(params).toEqual(list.params.slice(0, -2));
    expect(list.sql.startsWith(sql.split('\nSELECT m.id')[0] ?? sql)).toBe(true);
  });
});
