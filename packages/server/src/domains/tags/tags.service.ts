import { Injectable } from '@nestjs/common';
import { MAX_TAG_SUGGESTIONS, type TagCount, type TaggedList } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { escapeLike } from '../../infra/list-pages/list-sql';
import { rows } from '../../infra/database/typed-query';

// The table of each tagged list: a fixed map, so that no request text ever becomes an identifier.
const TABLES: Record<TaggedList, string> = {
  startups: 'startups',
  mentors: 'mentors',
  investors: 'investors',
};

/** A list's tags with how many records carry each (the list's table is chosen at run time). */
const tagCounts = rows({ tag: 'text', count: 'int4' });

/** The tags in use on a list, for the tag input's suggestions. */
@Injectable()
export class TagsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The most used tags of a list (archived records count too), optionally by a prefix. */
  async list(list: TaggedList, prefix?: string): Promise<TagCount[]> {
    const params: unknown[] = [MAX_TAG_SUGGESTIONS];
    let where = '';
    if (prefix) {
      params.push(`${escapeLike(prefix.toLowerCase())}%`);
      where = 'WHERE lower(tag) LIKE $2';
    }
    return tagCounts.all(
      this.dataSource,
      `SELECT tag, count(*)::int AS count
FROM ${TABLES[list]} r CROSS JOIN LATERAL unnest(r.tags) AS tag
${where}
GROUP BY tag
ORDER BY count DESC, lower(tag), tag COLLATE "C"
LIMIT $1`,
      params,
    );
  }
}
