import { type IncomingHttpHeaders, request } from 'node:http';
import { CSRF_COOKIE, CSRF_HEADER, LINK_AUTH_SCHEME } from '@kohorte/contracts';
import { firstOf, itemAt } from '../shared/items';

/** An answer as the client saw it: status, headers, body and how long it took end to end. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
  /** The API replica that answered, and what was asked. */
  base: string;
  request: string;
}

export interface SendOptions {
  headers?: Record<string, string>;
  /** JSON (an object) or a raw body with its own content-type header. */
  body?: unknown;
  timeoutMs?: number;
}

/** A request the API never accepted (nothing listens): safe to send to another replica. */
export class Refused extends Error {}

/**
 * One request on a connection of its own (no keep-alive), so that a refused connection and a cut
 * one can be told apart: ECONNREFUSED means the request never reached the API, anything else
 * after that (ECONNRESET, a socket hang-up, a timeout) is a request cut off.
 */
export function send(
  base: string,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Answer> {
  const started = performance.now();
  const headers: Record<string, string> = { ...options.headers };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(options.body)) payload = options.body;
  else if (options.body !== undefined) {
    payload = Buffer.from(JSON.stringify(options.body));
    headers['content-type'] = 'application/json';
  }
  if (payload) headers['content-length'] = String(payload.length);
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        if (!res.complete) {
          reject(new Error(`${method} ${path}: the answer was cut off`));
          return;
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
          base,
          request: `${method} ${path.split('?')[0]}`,
        });
      });
    });
    req.setTimeout(options.timeoutMs ?? 60_000, () =>
      req.destroy(new Error(`${method} ${path}: no answer in ${options.timeoutMs ?? 60_000} ms`)),
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ECONNREFUSED' ? new Refused(`${base} refused the connection`) : error),
    );
    req.end(payload);
  });
}

/**
 * Spreads requests over the API replicas in turn, as a load balancer would: a replica that
 * refuses a connection gets no more (the request goes to the next), and while readiness is
 * watched, one that reports not-ready gets none until it is ready again.
 */
export class Replicas {
  private next = 0;
  private readonly down = new Set<string>();
  private readonly notReady = new Set<string>();

  constructor(readonly bases: readonly string[]) {}

  /** Probes every replica's readiness every `everyMs`, as a load balancer does; returns a stop. */
  watchReadiness(everyMs: number): () => void {
    const timer = setInterval(() => {
      for (const base of this.bases) {
        send(base, 'GET', '/api/health/ready', { timeoutMs: everyMs * 4 }).then(
          (answer) =>
            answer.status === 200 ? this.notReady.delete(base) : this.notReady.add(base),
          () => this.notReady.add(base),
        );
      }
    }, everyMs);
    return () => clearInterval(timer);
  }

  async send(method: string, path: string, options: SendOptions = {}): Promise<Answer> {
    for (let tries = 0; tries < this.bases.length; tries++) {
      const live = this.bases.filter((base) => !this.down.has(base));
      const ready = live.filter((base) => !this.notReady.has(base));
      // With no replica ready (an outage), requests still go out and get their 503s.
      const up = ready.length > 0 ? ready : live;
      if (up.length === 0) break;
      const base = itemAt(up, this.next++ % up.length);
      try {
        return await send(base, method, path, options);
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        this.down.add(base);
      }
    }
    throw new Refused(`no API replica accepted ${method} ${path}`);
  }
}

/** A browser tab: keeps its cookies and sends the CSRF token back, over the replicas. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  /** A made-up client address: the API trusts the loopback proxy's X-Forwarded-For. */
  readonly address = `10.${rand()}.${rand()}.${rand()}`;

  constructor(readonly replicas: Replicas) {}

  async send(
    method: string,
    path: string,
    options: SendOptions & { token?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies]
        .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
        .join('; '),
      [CSRF_HEADER]: this.cookies.get(CSRF_COOKIE) ?? '',
      'x-forwarded-for': this.address,
      ...options.headers,
    };
    if (options.token) headers.authorization = `${LINK_AUTH_SCHEME} ${options.token}`;
    const answer = await this.replicas.send(method, path, { ...options, headers });
    for (const line of [answer.headers['set-cookie'] ?? []].flat()) {
      const pair = firstOf(line.split(';'));
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    }
    return answer;
  }

  /** Loads the session (and with it the CSRF cookie), then signs in; the sign-in's answer. */
  async signIn(email: string, password: string): Promise<Answer> {
    await this.send('GET', '/api/v1/auth/session');
    return this.send('POST', '/api/v1/auth/sign-in', { body: { email, password } });
  }
}

const rand = () => 1 + Math.floor(Math.random() * 250);

/** The body of an answer as JSON, failing with the answer when it is not the expected status. */
export function json<T>(answer: Answer, status: number): T {
  if (answer.status !== status) {
    throw new Error(
      `expected ${status}, got ${answer.status} from ${answer.base}: ${answer.body.slice(0, 300)}`,
    );
  }
  return JSON.parse(answer.body) as T;
}
