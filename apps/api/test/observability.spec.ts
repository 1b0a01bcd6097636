import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../src/create-app';
import { Readiness } from '../src/health/readiness';
import { signedInAgent, type TestAgent } from './support/sign-in';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('operators’ endpoints', () => {
  let app: INestApplication;
  let metricsUrl: string;
  let admin: TestAgent;

  beforeAll(async () => {
    const port = await freePort();
    process.env.METRICS_PORT = String(port);
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    try {
      app = await createApp();
      await app.init();
    } finally {
      delete process.env.METRICS_PORT;
    }
    admin = await signedInAgent(app, 'admin');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  describe('metrics on METRICS_PORT', () => {
    it('times requests by route template and status class, never by raw URL', async () => {
      const id = randomUUID();
      await admin.agent.get(`/api/v1/startups/${id}`).expect(404);
      await admin.agent.get('/api/health/live').expect(200);

      const res = await fetch(metricsUrl);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const body = await res.text();
      expect(body).toMatch(
        /kohorte_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/startups\/:id",status_class="4xx"\} [1-9]/,
      );
      expect(body).toMatch(
        /kohorte_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/health\/live",status_class="2xx"\}/,
      );
      expect(body).not.toContain(id);
    }, 30_000);

    it('reports queue depth per queue and state, the database pool and Node’s own metrics', async () => {
      const body = await (await fetch(metricsUrl)).text();
      for (const queue of ['matching', 'mail', 'imports']) {
        for (const state of ['waiting', 'active', 'delayed', 'failed']) {
          expect(body).toMatch(
            new RegExp(`kohorte_queue_jobs\\{queue="${queue}",state="${state}"\\} \\d+`),
          );
        }
      }
      expect(body).toMatch(/kohorte_db_pool_connections\{pool="api"\} [1-9]/);
      expect(body).toMatch(/kohorte_db_pool_idle\{pool="api"\} \d+/);
      expect(body).toMatch(/kohorte_db_pool_waiting\{pool="api"\} 0/);
      expect(body).toMatch(/process_resident_memory_bytes \d+/);
      expect(body).toMatch(/nodejs_eventloop_lag_seconds /);
    }, 30_000);

    it('is not served on the public port', async () => {
      await request(app.getHttpServer()).get('/metrics').expect(404);
      await request(app.getHttpServer()).get('/api/metrics').expect(404);
    });
  });

  describe('request ids', () => {
    it('echoes a short, plain X-Request-Id', async () => {
      const res = await request(app.getHttpServer())
        .get('/api/health/live')
        .set('X-Request-Id', 'lb-7f3a.21:9')
        .expect(200);
      expect(res.headers['x-request-id']).toBe('lb-7f3a.21:9');
    });

    it('replaces an unsafe or overlong one with a new id', async () => {
      for (const sent of ['a b', 'x'.repeat(65), '<script>', 'ä']) {
        const res = await request(app.getHttpServer())
          .get('/api/health/live')
          .set('X-Request-Id', encodeURI(sent) === sent ? sent : encodeURIComponent(sent))
          .expect(200);
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
      const none = await request(app.getHttpServer()).get('/api/health/live').expect(200);
      expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('liveness and readiness', () => {
    it('answers live without checking anything, ready with the stores', async () => {
      const live = await request(app.getHttpServer()).get('/api/health/live').expect(200);
      expect(live.body).toEqual({ status: 'ok' });
      const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
      expect(ready.body).toEqual({
        status: 'ok',
        database: 'up',
        redis: 'up',
        shuttingDown: false,
      });
      await request(app.getHttpServer()).get('/api/health').expect(200);
    });
  });

  describe('the queue board', () => {
    it('refuses anonymous callers with 401 and managers and viewers with 403', async () => {
      await request(app.getHttpServer()).get('/api/admin/queues').expect(401);
      await request(app.getHttpServer()).get('/api/admin/queues/api/queues').expect(401);
      for (const role of ['manager', 'viewer'] as const) {
        const { agent } = await signedInAgent(app, role);
        await agent.get('/api/admin/queues').expect(403);
        await agent.get('/api/admin/queues/api/queues').expect(403);
      }
    }, 30_000);

    it('shows admins the board and every queue, never cached', async () => {
      const page = await admin.agent.get('/api/admin/queues').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('<base href="/api/admin/queues/" />');

      const queues = await admin.agent.get('/api/admin/queues/api/queues').expect(200);
      expect(queues.headers['cache-control']).toBe('no-store');
      const names = (queues.body as { queues: Array<{ name: string }> }).queues.map((q) => q.name);
      expect(names).toEqual(expect.arrayContaining(['matching', 'mail', 'imports']));
    }, 30_000);

    it('takes an admin’s actions only with the CSRF token', async () => {
      await admin.agent.put('/api/admin/queues/api/queues/mail/pause').expect(403);
      await admin.agent
        .put('/api/admin/queues/api/queues/mail/resume')
        .set('X-XSRF-TOKEN', admin.csrf)
        .expect(200);
    }, 30_000);
  });

  // Last: the app stays not-ready from here on.
  describe('shutting down', () => {
    it('answers ready with 503 once shutdown has begun, while live stays 200', async () => {
      app.get(Readiness).markShuttingDown();
      const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(503);
      expect(ready.body).toMatchObject({ shuttingDown: true });
      await request(app.getHttpServer()).get('/api/health/live').expect(200);
    });
  });
});
