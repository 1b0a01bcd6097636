// `npm run restore -- <file>`: restores a backup into DATABASE_URL, which must be an empty
// database, and checks that the app's migrations find it up to date. infra/README.md.
import 'reflect-metadata';
import { describeDatabaseUrl } from '../start/demo-step';
import { UserFacingError } from '../shared/user-facing-error';
import { runCli, userPath } from './run-cli';
import { hasPendingMigrations, restoreDatabase } from './restore';

runCli(async (url, args) => {
  if (!args[0]) throw new UserFacingError('Usage: DATABASE_URL=… npm run restore -- <backup file>');
  const file = userPath(args[0]);
  await restoreDatabase(url, file);
  const pending = await hasPendingMigrations(url);
  return (
    `Restored ${file} into ${describeDatabaseUrl(url)}; migrations: ` +
    (pending
      ? 'some pending (the API applies them at start, or run the migration job)'
      : 'up to date')
  );
});
