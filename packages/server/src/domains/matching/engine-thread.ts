import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  type EngineCall,
  type EngineReply,
  type EngineRequest,
  type MatchPhase,
  type MatchResult,
  MatchingInputError,
} from '@kohorte/matching';

export type { EngineRequest };

/** An engine call that takes longer is stopped: the run fails instead of holding its job forever. */
export const ENGINE_TIMEOUT_MS = 10 * 60_000;

/**
 * Threads kept warm between runs. One is enough for a worker that runs one matching job at a
 * time; a second concurrent run gets a thread of its own, kept too.
 */
const MAX_IDLE_THREADS = 2;

/**
 * The built engine's thread entry, resolved by Node from this file (under Jest, from the working
 * directory: native ESM has no __filename, and Jest's own resolution would give TypeScript source).
 */
function threadEntry(): string {
  const from = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  return createRequire(from).resolve('@kohorte/matching/thread');
}

/**
 * The matching engine's worker threads: each call runs in a thread that no other call uses at the
 * same time, and the thread is kept for the next call, so its code is compiled once per process
 * instead of once per run. A thread that failed or timed out is not reused.
 */
class EngineThreads {
  private readonly idle: Worker[] = [];
  private nextId = 1;
  /** Threads started so far: one per process in the steady state. */
  started = 0;

  run(request: EngineRequest, onPhase: (phase: MatchPhase) => void, timeoutMs: number) {
    const thread = this.idle.pop() ?? this.spawn();
    const id = this.nextId++;
    return new Promise<MatchResult>((resolve, reject) => {
      const settle = (reuse: boolean) => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        if (reuse && this.idle.length < MAX_IDLE_THREADS) this.idle.push(thread);
        else void thread.terminate();
      };
      const timer = setTimeout(() => {
        settle(false);
        reject(
          new Error(
            `the matching engine did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
          ),
        );
      }, timeoutMs);
      const onMessage = (reply: EngineReply) => {
        if (reply.id !== id) return;
        if ('phase' in reply) {
          // Progress is best effort: a listener's error must not become an uncaught exception.
          try {
            onPhase(reply.phase);
          } catch {
            /* ignored */
          }
          return;
        }
        settle(true);
        if (reply.ok) resolve(reply.result);
        else if (reply.name === 'MatchingInputError' && reply.issues) {
          reject(new MatchingInputError(reply.issues));
        } else reject(new Error(`the matching engine failed: ${reply.message}`));
      };
      const onError = (error: Error) => {
        settle(false);
        reject(error);
      };
      const onExit = (code: number) => {
        settle(false);
        reject(new Error(`the matching engine's thread stopped (exit code ${code})`));
      };
      thread.on('message', onMessage);
      thread.once('error', onError);
      thread.once('exit', onExit);
      thread.postMessage({ id, request } satisfies EngineCall);
    });
  }

  private spawn(): Worker {
    const thread = new Worker(threadEntry());
    this.started++;
    // A waiting job keeps the process alive; an idle thread must not keep it from exiting.
    thread.unref();
    // A thread that dies while idle leaves the pool (a busy one is handled by its call).
    thread.once('exit', () => {
      const index = this.idle.indexOf(thread);
      if (index >= 0) this.idle.splice(index, 1);
    });
    thread.on('error', () => undefined);
    return thread;
  }
}

const threads = new EngineThreads();

/**
 * Runs the matching engine in a worker thread, so the caller's event loop stays free while it
 * solves: BullMQ keeps renewing the job's lock, and progress keeps flowing — `onPhase` hears each
 * engine phase ('scoring', 'solving') as it starts, before the result. An invalid input comes
 * back as the engine's MatchingInputError.
 */
export function runEngine(
  request: EngineRequest,
  onPhase: (phase: MatchPhase) => void = () => undefined,
  timeoutMs = ENGINE_TIMEOUT_MS,
): Promise<MatchResult> {
  return threads.run(request, onPhase, timeoutMs);
}

/** How many engine threads this process has started (diagnostics and tests). */
export function engineThreadsStarted(): number {
  return threads.started;
}
