import { type ChildProcess, spawn } from 'node:child_process';

const KEPT_LINES = 2_000;

/** An API or worker started from its build, as production runs it, with its output kept. */
export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** Its latest output lines (stdout and stderr). */
  lines: string[];
  /** Resolves with the exit code (null when a signal ended it) once the process is gone. */
  exited: Promise<number | null>;
}

export function startAppProcess(name: string, script: string, env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  const keep = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    // The latest lines are what a failure needs; a 30-minute soak must not keep every log line.
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { name, child, lines, exited };
}

export function isRunning(app: AppProcess): boolean {
  return app.child.exitCode === null && app.child.signalCode === null;
}

/** SIGTERM, then SIGKILL if the process has not ended after `graceMs`. */
export async function stopAppProcess(app: AppProcess | undefined, graceMs = 30_000): Promise<void> {
  if (!app || !isRunning(app)) return;
  const timer = setTimeout(() => app.child.kill('SIGKILL'), graceMs);
  app.child.kill('SIGTERM');
  await app.exited;
  clearTimeout(timer);
}

/** Polls `probe` until it gives a value (errors count as "not yet"); fails after `ms`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  ms = 60_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
