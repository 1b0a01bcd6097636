/** What the runner needs of the worker package: a factory of a started Nest application context. */
export type CreateWorker = () => Promise<{ close(): Promise<void> }>;

// Loaded by name at run time: the tools package does not depend on the worker at build time, so
// its build does not wait for the worker's (`npm start` builds both first).
const WORKER_PACKAGE = '@kohorte/worker';

export async function loadWorker(): Promise<CreateWorker> {
  const entry = (await import(WORKER_PACKAGE)) as { createWorker?: unknown };
  if (typeof entry.createWorker !== 'function') {
    throw new Error(`${WORKER_PACKAGE} does not export createWorker()`);
  }
  return entry.createWorker as CreateWorker;
}
