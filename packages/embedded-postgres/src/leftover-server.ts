import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const STOP_TIMEOUT_MS = 20_000;

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a running process, or null when it cannot be read. */
function commandLine(pid: number): string | null {
  try {
    if (existsSync('/proc')) {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    }
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

/** Resolves when `pid` has ended, or with false after `timeoutMs`. */
export async function waitForEnd(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Clears the way for a new server in `dataDir` after its previous owner died without stopping it
 * (a runner killed with SIGKILL leaves its PostgreSQL running, and that server's postmaster.pid
 * would make the next start fail). The caller must own the folder (a lock file), so that a server
 * found here is nobody's: it is asked for a fast shutdown, which finishes its writes. A
 * postmaster.pid whose process id now belongs to another program is deleted; one whose process is
 * gone is left for PostgreSQL, which removes it itself.
 */
export async function stopLeftoverServer(dataDir: string): Promise<'none' | 'stopped'> {
  const pidFile = join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return 'none';
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return 'none';
  const command = commandLine(pid);
  if (command === null || !command.includes('postgres') || !command.includes(dataDir)) {
    rmSync(pidFile, { force: true });
    return 'none';
  }
  process.kill(pid, 'SIGINT');
  if (!(await waitForEnd(pid, STOP_TIMEOUT_MS))) {
    // Immediate shutdown: the next start replays the write-ahead log, as after a power cut.
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForEnd(pid, STOP_TIMEOUT_MS))) {
      throw new Error(
        `The PostgreSQL server left running in ${dataDir} (process ${pid}) does not stop`,
      );
    }
  }
  return 'stopped';
}
