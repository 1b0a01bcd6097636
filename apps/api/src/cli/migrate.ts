// Applies pending migrations and exits: what a deployment runs once before starting new API and
// worker versions (the Kubernetes migration Job), with MIGRATE_ON_START=false on the apps.
//   node apps/api/dist/cli/migrate.js
import 'reflect-metadata';
import { loadConfig } from '@kohorte/server/config';
import { runMigrations } from '@kohorte/server/database';

runMigrations(loadConfig().databaseUrl).then(
  (applied) =>
    console.log(
      applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date',
    ),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
