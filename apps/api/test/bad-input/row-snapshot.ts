import type { DataSource } from 'typeorm';

/**
 * Per table of the test database: how many rows, and the sum of their row versions (`xmin`), so
 * that an insert, an update and a delete each change the snapshot.
 */
export type RowSnapshot = Map<string, string>;

interface TableState {
  name: string;
  state: string;
}

export class RowSnapshots {
  private constructor(
    private readonly db: DataSource,
    private readonly sql: string,
  ) {}

  static async of(db: DataSource): Promise<RowSnapshots> {
    const tables = (await db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )) as { tablename: string }[];
    const sql = tables
      .map(
        ({ tablename }) =>
          `SELECT '${tablename}' AS name, count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) AS state FROM "${tablename}"`,
      )
      .join(' UNION ALL ');
    return new RowSnapshots(db, sql);
  }

  async take(): Promise<RowSnapshot> {
    const rows = (await this.db.query(this.sql)) as TableState[];
    return new Map(rows.map((row) => [row.name, row.state]));
  }

  /** The tables whose rows differ between two snapshots. */
  static changed(before: RowSnapshot, after: RowSnapshot): string[] {
    return [...before.keys()].filter((table) => before.get(table) !== after.get(table));
  }
}
