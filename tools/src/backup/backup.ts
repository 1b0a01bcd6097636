import { assertClientFitsServer, runPgClient } from './pg-client';

/**
 * Writes the whole database to `file` in pg_dump's custom format: compressed, restorable with
 * pg_restore into an empty database, table by table if need be (`pg_restore --list`). It is one
 * consistent snapshot, taken while the app keeps running.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await assertClientFitsServer('pg_dump', url);
  await runPgClient('pg_dump', url, ['--format=custom', `--file=${file}`]);
}
