/** Something the runner started and must stop, in reverse order of starting. */
interface Resource {
  name: string;
  close: () => Promise<void> | void;
}

const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * Closes what the runner started, once. The apps are closed together first (their own shutdown
 * hooks may already be closing them on the same signal; Nest's close() joins a shutdown in flight),
 * then the stores they used, newest first.
 */
export class Shutdown {
  private readonly apps: Resource[] = [];
  private readonly stores: Resource[] = [];
  private running: Promise<void> | null = null;

  get started(): boolean {
    return this.running !== null;
  }

  /** An application (API, worker) that uses the stores. */
  addApp(name: string, close: Resource['close']): void {
    this.apps.push({ name, close });
  }

  /** A store or lock; closed after every app, newest first. */
  addStore(name: string, close: Resource['close']): void {
    this.stores.push({ name, close });
  }

  run(log: (message: string) => void): Promise<void> {
    this.running ??= this.closeAll(log);
    return this.running;
  }

  private async closeAll(log: (message: string) => void): Promise<void> {
    const timer = setTimeout(() => {
      log(`Shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting anyway.`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    await Promise.all(this.apps.map((app) => closeOne(app, log)));
    for (const store of [...this.stores].reverse()) await closeOne(store, log);
    clearTimeout(timer);
  }
}

/** Closes one resource; a failure is reported, not thrown, so that the others still close. */
async function closeOne(resource: Resource, log: (message: string) => void): Promise<void> {
  try {
    await resource.close();
  } catch (error) {
    log(`Could not close ${resource.name}: ${(error as Error)?.message ?? String(error)}`);
  }
}
