import type { ConflictError } from '../../infra/errors/domain-errors';
import type { DataSource, EntityManager } from 'typeorm';
import { rows } from '../../infra/database/typed-query';
import { isUniqueViolation } from '../../infra/errors/conflict';

/** Rows holding an email (the table is the one the rule guards). */
const holders = rows({ found: 'int4' });

/** The rule that no two rows of a table share an email, whatever its case. */
export class UniqueEmail {
  constructor(
    private readonly table: string,
    /** The unique index on lower(email), which has the last word. */
    private readonly index: string,
    private readonly taken: (email: string) => ConflictError,
  ) {}

  /** A 409 when another row than `exceptId` has the email already. */
  async assertFree(manager: EntityManager, email: string, exceptId: string | null): Promise<void> {
    const rows = await holders.all(
      manager,
      `SELECT 1 AS found FROM ${this.table} WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1`,
      [email, exceptId],
    );
    if (rows.length > 0) throw this.taken(email);
  }

  /**
   * Runs a write that may set `email`; a concurrent request that took the same email between our
   * check and our commit makes the unique index fail, which is the same 409 as the check's.
   */
  async write<T>(
    dataSource: DataSource,
    email: string | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (email !== undefined && isUniqueViolation(error, this.index)) throw this.taken(email);
      throw error;
    }
  }
}
