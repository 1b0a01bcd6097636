import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry } from './metrics-registry';

interface Running {
  server: Server;
  users: number;
}

let running: Promise<Running> | undefined;

async function listen(port: number, host: string): Promise<Running> {
  const server = serve();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, users: 0 };
}

function serve(): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?', 1)[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: try /metrics\n');
      return;
    }
    metricsRegistry.metrics().then(
      (body) => {
        res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`${(error as Error).message}\n`);
      },
    );
  });
}

/**
 * Serves the process's metrics at `http://<host>:<port>/metrics`, apart from the public port so
 * that only what can reach the pod or host (Prometheus) reads them. Shared by the API and the
 * worker of one process: the server closes when the last of them releases it.
 */
export async function acquireMetricsServer(
  port: number,
  host: string,
): Promise<{ address: AddressInfo; release: () => Promise<void> }> {
  if (!running) {
    running = listen(port, host);
    // A failed start (port taken) must not stay the process's server for the next caller.
    void running.catch(() => (running = undefined));
  }
  const starting = running;
  const current = await starting;
  current.users += 1;
  let released = false;
  return {
    address: current.server.address() as AddressInfo,
    release: async () => {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users > 0) return;
      if (running === starting) running = undefined;
      await new Promise<void>((resolve) => current.server.close(() => resolve()));
    },
  };
}
