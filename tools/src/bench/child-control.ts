import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** What the benchmark asks a server process over IPC; each request gets one reply. */
export type ControlRequest =
  | { type: 'cpu' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; path: string }
  | { type: 'stop' };

export interface ControlReply {
  /** CPU time of the process so far, µs (user + system): the answer to `cpu`. */
  cpuMicros?: number;
  done?: true;
}

/**
 * The child side: reports the port once listening, then answers requests. `profile-start` and
 * `profile-stop` take a CPU profile of exactly the measured run (no start-up, no warm-up);
 * `stop` closes the server and exits.
 */
export function reportListening(port: number, close: () => Promise<void>): void {
  let profiler: Session | null = null;
  const reply = (message: ControlReply) => process.send?.(message);

  const handle = async (request: ControlRequest): Promise<void> => {
    switch (request.type) {
      case 'cpu': {
        const { user, system } = process.cpuUsage();
        reply({ cpuMicros: user + system });
        return;
      }
      case 'profile-start':
        profiler = new Session();
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
        reply({ done: true });
        return;
      case 'profile-stop': {
        if (!profiler) throw new Error('profile-stop without profile-start');
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(request.path, JSON.stringify(profile));
        profiler.disconnect();
        profiler = null;
        reply({ done: true });
        return;
      }
      case 'stop':
        await close();
        process.exit(0);
    }
  };

  process.on('message', (request: ControlRequest) => {
    handle(request).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  process.send?.({ port });
}
