import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Finds code that asks the pool for a second connection while its own transaction holds one.
 * Under load every pool connection can be held by such a transaction, each waiting for a second
 * one that never comes free: the whole app stalls (it did, with 50 concurrent link requests).
 * Inside a transaction every query must go through the transaction's manager.
 *
 * Installed where `KOHORTE_STRICT_TRANSACTIONS=true` (every test run sets it): the offending
 * query fails with an error that names the rule, so each such code path fails its tests.
 */
export class SecondConnectionInTransactionError extends Error {
  constructor() {
    super(
      'A query asked the pool for a second connection inside a transaction: pass the ' +
        "transaction's EntityManager down instead (see transaction-guard.ts)",
    );
    this.name = 'SecondConnectionInTransactionError';
  }
}

const insideTransaction = new AsyncLocalStorage<true>();

type TransactionMethod = EntityManager['transaction'];
type TransactionCallback = (manager: EntityManager) => Promise<unknown>;
type ObtainConnection = (...args: unknown[]) => Promise<unknown>;

/** Wraps the data source's own manager and driver; returns the data source for chaining. */
export function guardTransactions(dataSource: DataSource): DataSource {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    const index = typeof args[0] === 'function' ? 0 : 1;
    const callback = args[index] as TransactionCallback;
    args[index] = (transactional: EntityManager) =>
      insideTransaction.run(true, () => callback(transactional));
    return transaction(...args);
  }) as TransactionMethod;

  // Every query runner outside a transaction's own one gets its connection here.
  const driver = dataSource.driver as unknown as { obtainMasterConnection: ObtainConnection };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = (...args: unknown[]) =>
    insideTransaction.getStore()
      ? Promise.reject(new SecondConnectionInTransactionError())
      : obtain(...args);
  return dataSource;
}

/** Whether the guard is asked for (tests set it; production runs without the wrapping). */
export function strictTransactionsRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KOHORTE_STRICT_TRANSACTIONS === 'true';
}

/**
 * Runs work that a transaction starts but never waits for (a cache refresh beside the caller)
 * outside the transaction's context: it may take a connection of its own.
 */
export function outsideTransaction<T>(work: () => T): T {
  return insideTransaction.exit(work);
}
