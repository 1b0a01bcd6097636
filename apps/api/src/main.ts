import 'reflect-metadata';
import { loadConfig, runMigrations } from '@kohorte/server';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await runMigrations(config.databaseUrl);
  const app = await createApp();
  await app.listen(config.port);
  console.log(`Kohorte API listening on ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
