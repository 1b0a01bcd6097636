import { randomBytes } from 'node:crypto';
import { chown, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PostgresBinaries } from './binaries';
import { runProgram } from './run-program';
import type { ServerAccount } from './server-account';

/** The superuser that initdb creates; the URL's user. */
export const SUPERUSER = 'postgres';

/** The superuser's password, written in the data folder when it is created (mode 0600). */
const PASSWORD_FILE = 'kohorte-password';

/** Whether `dataDir` holds a complete PostgreSQL data folder. */
export function isInitialised(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/** The superuser's password of a folder made by `initialiseDataFolder`. */
export async function readPassword(dataDir: string): Promise<string> {
  return (await readFile(join(dataDir, PASSWORD_FILE), 'utf8')).trim();
}

/**
 * Creates a data folder with initdb: UTF-8, password authentication (scram-sha-256) with a random
 * superuser password, and the builtin C.UTF-8 locale: the character semantics of the C.UTF-8
 * locale that CI's PostgreSQL uses (upper/lower and ILIKE know umlauts), on every platform.
 *
 * initdb works in a sibling folder that is renamed into place at the end, so a start killed
 * halfway leaves no half-made folder that looks like a database.
 */
export async function initialiseDataFolder(
  dataDir: string,
  binaries: PostgresBinaries,
  account: ServerAccount,
): Promise<void> {
  if (existsSync(dataDir)) {
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} is not a PostgreSQL data folder: move or delete it.`);
    }
    await rmdir(dataDir);
  }
  const work = join(dirname(dataDir), `.${basename(dataDir)}.initialising`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true, mode: 0o700 });
  try {
    const password = randomBytes(24).toString('hex');
    const passwordFile = join(work, 'password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account.uid !== undefined && account.gid !== undefined) {
      await chown(work, account.uid, account.gid);
      await chown(passwordFile, account.uid, account.gid);
    }
    const data = join(work, 'data');
    await runProgram(
      binaries.initdb,
      [
        `--pgdata=${data}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      account,
    );
    await writeFile(join(data, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
    await rename(data, dataDir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
