/**
 * The benchmark's baseline: `GET /api/v1/startups` as a best-practice bare server would serve
 * it: node:http, a pg Pool of the API's size, and one statement per request (bare-sql.ts: session
 * and keyset page together, list columns only). `?after=` takes the position to page from (base64url
 * JSON `[key, id]`), `?q=` search words. Started as a child process by bench-api (see child-control).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { bareListSql } from './bare-sql';
import { reportListening } from './child-control';

const POOL_SIZE = 10;
const PAGE_SIZE = 25;
const SESSION_COOKIE = 'kohorte_session';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE });

interface Row {
  user_id: string;
  id: string | null;
  sort_key: string;
  updatedAt: Date;
  [column: string]: unknown;
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

function position(after: string | null): { key: string; id: string } | null {
  if (after === null) return null;
  const [key, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [
    string,
    string,
  ];
  return { key, id };
}

async function handle(request: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' || url.pathname !== '/api/v1/startups') {
    send(res, 404, { statusCode: 404, error: 'Not Found', message: 'Not found' });
    return;
  }
  const token = sessionToken(request);
  const words = [
    ...new Set((url.searchParams.get('q') ?? '').trim().toLowerCase().split(/\s+/)),
  ].filter((word) => word !== '');
  const rows =
    token && TOKEN_PATTERN.test(token)
      ? ((
          await pool.query(
            bareListSql(
              createHash('sha256').update(token).digest('hex'),
              words,
              PAGE_SIZE,
              position(url.searchParams.get('after')),
            ),
          )
        ).rows as Row[])
      : [];
  if (rows.length === 0) {
    send(res, 401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' });
    return;
  }
  const found = rows.filter((row) => row.id !== null);
  const items = found.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id,
    name: row.name,
    oneLiner: row.oneLiner,
    stage: row.stage,
    sectors: row.sectors,
    tags: row.tags,
    city: row.city,
    foundedOn: row.foundedOn,
    teamSize: row.teamSize,
    status: row.status,
    profileCompleteness: row.profileCompleteness,
    updatedAt: row.updatedAt.toISOString(),
  }));
  const last = found[PAGE_SIZE - 1];
  const nextCursor =
    found.length > PAGE_SIZE && last
      ? Buffer.from(JSON.stringify([last.sort_key, last.id])).toString('base64url')
      : null;
  send(res, 200, { items, nextCursor });
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
