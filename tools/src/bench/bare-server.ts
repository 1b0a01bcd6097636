/**
 * The benchmark's baseline: `GET /api/v1/startups` on bare node:http and a pg Pool of the API's
 * size, running the API's SQL (bare-sql.ts) and answering the same JSON. Started as a child
 * process by bench-api (see child-control).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { listSql, SESSION_SQL, STARTUP_ROWS_SQL } from './bare-sql';
import { reportListening } from './child-control';

const POOL_SIZE = 10;
const SESSION_COOKIE = 'kohorte_session';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE });

type Row = Record<string, unknown>;

function toStartup(row: Row) {
  return {
    ...row,
    createdAt: (row.createdAt as Date).toISOString(),
    updatedAt: (row.updatedAt as Date).toISOString(),
  };
}

function sessionToken(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function listStartups(url: URL) {
  const words = [
    ...new Set((url.searchParams.get('q') ?? '').trim().toLowerCase().split(/\s+/)),
  ].filter((word) => word !== '');
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
  const { sql, params } = listSql(words, pageSize, page);
  const [{ total, ids }] = (await pool.query(sql, params)).rows as {
    total: number;
    ids: string[];
  }[];
  const rows = ids.length === 0 ? [] : ((await pool.query(STARTUP_ROWS_SQL, [ids])).rows as Row[]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toStartup(row)] : [];
  });
  return { items, total, page, pageSize };
}

async function handle(request: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' || url.pathname !== '/api/v1/startups') {
    send(res, 404, { statusCode: 404, error: 'Not Found', message: 'Not found' });
    return;
  }
  const token = sessionToken(request);
  const session =
    token && TOKEN_PATTERN.test(token)
      ? (await pool.query(SESSION_SQL, [createHash('sha256').update(token).digest('hex')])).rows[0]
      : undefined;
  if (!session) {
    send(res, 401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' });
    return;
  }
  send(res, 200, await listStartups(url));
}

const server = createServer((request, res) => {
  handle(request, res).catch((error: unknown) => {
    console.error(error);
    send(res, 500, { statusCode: 500, error: 'Internal Server Error', message: 'failed' });
  });
});

server.listen(0, '127.0.0.1', () => {
  reportListening((server.address() as AddressInfo).port, () => {
    server.close();
    return pool.end();
  });
});
