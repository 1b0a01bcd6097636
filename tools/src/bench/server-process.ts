import { type ChildProcess, fork } from 'node:child_process';
import type { ControlReply, ControlRequest } from './child-control';

/** A benchmarked server in a process of its own, so that it has a core to itself. */
export interface ServerProcess {
  baseUrl: string;
  /** What it printed since the last call (the last 200 chunks at most). */
  takeOutput(): string;
  /** CPU time the process has used so far, in microseconds (user + system). */
  cpuMicros(): Promise<number>;
  /** Starts a CPU profile; `stopProfile` writes it to `path`. */
  startProfile(): Promise<void>;
  stopProfile(path: string): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Forks `script` and waits for the `{ port }` message it sends once listening (child-control.ts).
 * Its output is kept, and printed if it fails.
 */
export function startServerProcess(
  script: string,
  env: NodeJS.ProcessEnv,
  execArgv: string[] = [],
): Promise<ServerProcess> {
  const child = fork(script, [], { env, execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${script} ${reason}:\n${output.join('')}`));
    };
    const timer = setTimeout(
      () => fail(`did not start within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before listening`));
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      if (!message.port) return fail('sent no port');
      resolve({
        baseUrl: `http://127.0.0.1:${message.port}`,
        takeOutput: () => output.splice(0).join(''),
        cpuMicros: async () => (await ask(child, { type: 'cpu' })).cpuMicros ?? 0,
        startProfile: async () => {
          await ask(child, { type: 'profile-start' });
        },
        stopProfile: async (path) => {
          await ask(child, { type: 'profile-stop', path });
        },
        stop: () => stop(child),
      });
    });
  });
}

/** Sends one request and waits for its reply (requests are sent one at a time). */
function ask(child: ChildProcess, request: ControlRequest): Promise<ControlReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`The server exited (${code}) before answering ${request.type}`));
    child.once('exit', onExit);
    child.once('message', (reply: ControlReply) => {
      child.off('exit', onExit);
      resolve(reply);
    });
    child.send(request);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // A message rather than a signal: the child closes its connections and exits by itself.
    child.send({ type: 'stop' } satisfies ControlRequest);
  });
}
