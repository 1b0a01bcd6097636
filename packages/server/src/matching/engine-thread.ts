import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  type InputIssue,
  type InvestorMatchInput,
  type MatchPhase,
  type MatchResult,
  MatchingInputError,
  type MentorMatchInput,
} from '@kohorte/matching';

export type EngineRequest =
  { kind: 'mentors'; input: MentorMatchInput } | { kind: 'investors'; input: InvestorMatchInput };

type ThreadMessage =
  | { phase: MatchPhase }
  | { ok: true; result: MatchResult }
  | { ok: false; name: string; message: string; issues?: InputIssue[] };

// The thread's own script: it imports the built engine (resolved by Node itself, from the caller's
// file: under Jest the caller's own resolution would give the engine's TypeScript source), runs one
// match, posting each phase as it starts, and posts the plain result back (structured clone).
// CommonJS, as `eval` workers are.
const THREAD_SCRIPT = `
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');
const { parentPort, workerData } = require('node:worker_threads');
Promise.resolve()
  .then(() => {
    const enginePath = createRequire(workerData.from).resolve('@kohorte/matching');
    return import(pathToFileURL(enginePath).href);
  })
  .then((engine) => {
    const { kind, input } = workerData.request;
    const options = { onPhase: (phase) => parentPort.postMessage({ phase }) };
    const result =
      kind === 'mentors' ? engine.matchMentors(input, options) : engine.matchInvestors(input, options);
    parentPort.postMessage({ ok: true, result });
  })
  .catch((error) => {
    parentPort.postMessage({
      ok: false,
      name: error && error.name,
      message: String(error && error.message),
      issues: error && error.issues,
    });
  });
`;

/** Where the thread resolves the engine from: this file, or (native ESM under Jest, no __filename) the working directory. */
function resolveFrom(): string {
  return typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
}

/** An engine call that takes longer is stopped: the run fails instead of holding its job forever. */
export const ENGINE_TIMEOUT_MS = 10 * 60_000;

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
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD_SCRIPT, {
      eval: true,
      workerData: { from: resolveFrom(), request },
    });
    // The caller's job keeps the process alive while it waits; a shutdown need not wait for the thread.
    worker.unref();
    let answered = false;
    const timer = setTimeout(() => {
      answered = true;
      reject(
        new Error(
          `the matching engine did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
        ),
      );
      void worker.terminate();
    }, timeoutMs);
    worker.on('message', (answer: ThreadMessage) => {
      if (answered) return;
      if ('phase' in answer) {
        // Progress is best effort: a listener's error must not become an uncaught exception.
        try {
          onPhase(answer.phase);
        } catch {
          /* ignored */
        }
        return;
      }
      answered = true;
      clearTimeout(timer);
      if (answer.ok) resolve(answer.result);
      else if (answer.name === 'MatchingInputError' && answer.issues) {
        reject(new MatchingInputError(answer.issues));
      } else reject(new Error(`the matching engine failed: ${answer.message}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      if (!answered) reject(error);
      answered = true;
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (!answered) reject(new Error(`the matching engine's thread stopped (exit code ${code})`));
      answered = true;
    });
  });
}
