import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The account PostgreSQL runs as: ids to switch to, or none to stay the current user. */
export interface ServerAccount {
  uid?: number;
  gid?: number;
}

/** The system user that runs PostgreSQL when the caller is root. */
export const SERVER_USER = 'postgres';

async function idsOf(user: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root. As root (a container, CI) it runs as the `postgres` system
 * user, which is created once when the machine has none; as anyone else, as that user.
 */
export async function serverAccount(): Promise<ServerAccount> {
  if (process.getuid?.() !== 0) return {};
  const existing = await idsOf(SERVER_USER);
  if (existing) return existing;
  try {
    await run('useradd', ['--system', '--user-group', '--no-create-home', SERVER_USER]);
  } catch (error) {
    throw new Error(
      `PostgreSQL cannot run as root, and the system user "${SERVER_USER}" could not be created ` +
        `(useradd failed): create it, run as another user, or set DATABASE_URL.`,
      { cause: error },
    );
  }
  const created = await idsOf(SERVER_USER);
  if (!created) throw new Error(`The system user "${SERVER_USER}" was created but cannot be found`);
  return created;
}
