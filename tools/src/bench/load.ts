import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadResult {
  /** Successful (2xx) responses per second over the run. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers plus connection errors and timeouts: must be 0 for the figures to count. */
  failures: number;
  requests: number;
}

/** A load run together with the CPU time the server process spent on it. */
export interface Measurement extends LoadResult {
  /** Server CPU time (user + system) per successful request, in ms. */
  serverCpuMsPerRequest: number;
}

export interface LoadOptions {
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
}

// A saturated database answers slowly rather than not at all: count slow answers as latency.
const REQUEST_TIMEOUT_SECONDS = 60;

/**
 * One autocannon run, then one more request, which the server's FIFO pool queue answers only after
 * the requests autocannon abandoned at the end: the next run starts on an idle server.
 */
export async function runLoad({
  url,
  cookie,
  connections,
  seconds,
}: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    headers: { cookie },
  });
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    requests: result['2xx'],
  };
}
