import 'reflect-metadata';
import { loadConfig } from '@kohorte/server/config';
import { runMigrations } from '@kohorte/server/database';
import { createApp } from './create-app';
import { closeGracefully, DEFAULT_GRACE_MS, shutdownDelayMs } from './lifecycle/graceful-close';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.migrateOnStart) await runMigrations(config.databaseUrl);
  const delayMs = shutdownDelayMs();
  const app = await createApp();
  // SIGTERM (a deploy, a scale-down) and Ctrl-C: finish what is in flight, then exit.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      closeGracefully(app, DEFAULT_GRACE_MS, delayMs).then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
  // SIGUSR2 belongs to diagnostics (`--heapsnapshot-signal=SIGUSR2`, profilers); unhandled, its
  // default action would end the process.
  process.on('SIGUSR2', () => undefined);
  await app.listen(config.port, config.host);
  console.log(`Kohorte API listening on ${await app.getUrl()}; public URL ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
