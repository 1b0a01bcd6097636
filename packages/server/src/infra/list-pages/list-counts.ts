import { EXACT_COUNT_LIMIT } from '@kohorte/contracts';

/** How many rows match a list's filter, as far as it was counted. */
export interface ListCount {
  total: number;
  /** False when more than `EXACT_COUNT_LIMIT` match: `total` is then that limit. */
  exact: boolean;
}

// A count over thousands of rows costs a scan of them; one that old is still honest enough for
// "1–25 of 4,213". Small counts are cheap and are never kept, so a new record shows at once.
const KEEP_MS = 5000;
const KEEP_FROM = 1000;
// Bounds the memory that many different filters can take.
const MAX_KEPT = 1000;

/**
 * The counts of one list, kept per filter for a few seconds in this process. Counting stops at
 * `EXACT_COUNT_LIMIT + 1` rows (see `countSql`), so no request scans a whole table to count it.
 */
export class ListCounts {
  private readonly kept = new Map<string, { count: ListCount; until: number }>();

  constructor(
    private readonly limit = EXACT_COUNT_LIMIT,
    private readonly keepFrom = KEEP_FROM,
    private readonly keepMs = KEEP_MS,
  ) {}

  /** The count of this filter if one was made in the last few seconds. */
  get(filterKey: string): ListCount | undefined {
    const entry = this.kept.get(filterKey);
    if (entry === undefined) return undefined;
    if (entry.until > Date.now()) return entry.count;
    this.kept.delete(filterKey);
    return undefined;
  }

  /** `counted` as `countSql` returned it (at most the limit + 1): the count to show, kept if large. */
  remember(filterKey: string, counted: number): ListCount {
    const count =
      counted > this.limit ? { total: this.limit, exact: false } : { total: counted, exact: true };
    if (counted >= this.keepFrom) {
      if (this.kept.size >= MAX_KEPT) this.kept.clear();
      this.kept.set(filterKey, { count, until: Date.now() + this.keepMs });
    }
    return count;
  }

  /** A scalar subquery counting the rows of `relation`, stopping one past the limit. */
  countSql(relation: string): string {
    return `(SELECT count(*) FROM (SELECT 1 FROM ${relation} LIMIT ${this.limit + 1}) counted)::int`;
  }
}
