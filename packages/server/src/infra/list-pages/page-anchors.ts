import { DEFAULT_PAGE_SIZE } from '@kohorte/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { rows } from '../database/typed-query';
import type { ListSql } from './list-sql';

// The columns of `pageAnchorsSql`.
const anchorRows = rows({ place: 'int4', key: 'text?', id: 'uuid' });

/** A row of a list at a known place (1-based): a page number's way in without OFFSET. */
export interface PageAnchor {
  place: number;
  /** The row's sort key as PostgreSQL prints it (`::text`), as a cursor carries it. */
  key: string | null;
  id: string;
}

/** Where a page asked for by number starts: after `anchor` (null: at the top), skipping `skip` rows. */
export interface PageStart {
  anchor: PageAnchor | null;
  skip: number;
}

interface Kept {
  anchors: PageAnchor[];
  /** The offset they were read up to. */
  reach: number;
  until: number;
}

// One anchor per page of the default size: a page by number then starts right at its anchor
// (skipping rows, even after an anchor, costs a visit to each in the table: 20 ms for 500).
const EVERY = DEFAULT_PAGE_SIZE;
// Rows added or removed before an anchor meanwhile shift a page by as many rows, as they would
// shift an OFFSET page between two clicks; half a minute of that is honest for a deep link.
const KEEP_MS = 30_000;
// Bounds the memory that many different filters can take (an anchor is ~200 bytes: 3,000 for
// page 3,000).
const MAX_KEPT = 20;

/**
 * Every `EVERY`th row of a list, per filter and sort, kept for a short time in this process, so
 * that `page=3000` reads as page 1 does — from a keyset position (plus an OFFSET of fewer than
 * `EVERY` rows for a page size that is not a multiple of it) — instead of OFFSET 74,975, a walk
 * over every row before it for every request. The first such request pays that walk once
 * (`pageAnchorsSql`); requests that arrive while it runs wait for the same read.
 */
export class PageAnchors {
  private readonly kept = new Map<string, Kept>();
  private readonly reading = new Map<string, Promise<Kept>>();

  constructor(
    private readonly every = EVERY,
    private readonly keepMs = KEEP_MS,
  ) {}

  /**
   * Where the page at `offset` starts in the list `key` names (its filter and sort); `anchorsSql`
   * reads the anchors (every `every`th row up to `reach`) when none are kept for that offset.
   */
  async start(
    db: DataSource | EntityManager,
    key: string,
    offset: number,
    anchorsSql: (every: number, reach: number) => ListSql,
  ): Promise<PageStart> {
    if (offset < this.every) return { anchor: null, skip: offset };
    const kept = await this.anchorsFor(db, key, offset, anchorsSql);
    const anchor = kept.anchors[Math.min(Math.floor(offset / this.every), kept.anchors.length) - 1];
    return anchor ? { anchor, skip: offset - anchor.place } : { anchor: null, skip: offset };
  }

  private anchorsFor(
    db: DataSource | EntityManager,
    key: string,
    offset: number,
    anchorsSql: (every: number, reach: number) => ListSql,
  ): Promise<Kept> {
    const kept = this.kept.get(key);
    if (kept && kept.until > Date.now() && kept.reach >= offset) return Promise.resolve(kept);
    const pending = this.reading.get(key);
    if (pending) return pending;
    const { sql, params } = anchorsSql(this.every, offset);
    const read = (async () => {
      try {
        const anchors: PageAnchor[] = await anchorRows.all(db, sql, params);
        const fresh = { anchors, reach: offset, until: Date.now() + this.keepMs };
        if (this.kept.size >= MAX_KEPT) this.kept.clear();
        this.kept.set(key, fresh);
        return fresh;
      } finally {
        this.reading.delete(key);
      }
    })();
    this.reading.set(key, read);
    return read;
  }
}
