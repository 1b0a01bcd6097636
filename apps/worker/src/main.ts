import 'reflect-metadata';
import { loadConfig } from '@kohorte/server/config';
import { runMigrations } from '@kohorte/server/database';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.migrateOnStart) await runMigrations(config.databaseUrl);
  // enableShutdownHooks: SIGTERM/SIGINT close the app, which lets running jobs finish first.
  await createWorker();
  // SIGUSR2 belongs to diagnostics (`--heapsnapshot-signal=SIGUSR2`, profilers); unhandled, its
  // default action would end the process.
  process.on('SIGUSR2', () => undefined);
  console.log('Kohorte worker running');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
