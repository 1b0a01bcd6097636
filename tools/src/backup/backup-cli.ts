// `npm run backup [-- <file>]`: a custom-format pg_dump of DATABASE_URL, by default into
// kohorte-<date>T<time>.dump in the current folder. infra/README.md, "Backup and restore".
import { describeDatabaseUrl } from '../start/demo-step';
import { runCli, userPath } from './run-cli';
import { backupDatabase } from './backup';

runCli(async (url, args) => {
  const file = userPath(
    args[0] ?? `kohorte-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`,
  );
  await backupDatabase(url, file);
  return `Backed up ${describeDatabaseUrl(url)} to ${file}`;
});
