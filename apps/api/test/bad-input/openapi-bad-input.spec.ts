import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { CSRF_HEADER, LINK_AUTH_SCHEME } from '@kohorte/contracts';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  createTestDatabase,
  dropTestDatabase,
  firstOf,
  itemAt,
  type TestDatabase,
  testRedisPrefix,
} from '@kohorte/server/testing';
import { createApp } from '../../src/create-app';
import { anonymousBrowser, signedInAgent, write } from '../support/sign-in';
import { type Operation, operationsOf } from './openapi-operations';
import { casePlans, type RequestCase } from './request-cases';
import { RowSnapshots } from './row-snapshot';

// The whole run is reproducible from this seed; change it to explore other inputs.
const SEED = 20261207;
/** Malformed requests to an operation for a caller without a full sweep (see fullSweep). */
const RUNS_WITHOUT_ACCESS = 3;
/** An answer that takes longer than this counts as a hang. */
const SLOW_MS = 5_000;
/** Answers that refuse the input: nothing may have been written. */
const REFUSED = new Set([400, 413, 415, 431]);
/** Successful reads of personal records add a row here; refused writes never do. */
const AUDIT_LOG_TABLE = 'privacy_audit';

type Role = 'admin' | 'viewer' | 'anonymous';
type Agent = ReturnType<typeof request.agent>;

interface Caller {
  role: Role;
  agent: Agent;
  csrf: string;
}

interface Finding {
  operation: string;
  role: Role;
  request: string;
  problem: string;
}

/** Ids of records that exist, by the plural a path uses (`startups`) or a parameter names. */
type Fixtures = Record<string, string>;

const uuid = (): string => '00000000-0000-4000-8000-' + randomBytes(6).toString('hex');

/**
 * Whether every part of the input gets its malformed requests: for the admin (past every guard)
 * and for anonymous callers on the endpoints open to them. Other callers get a sample: the
 * validation they reach is the admin's.
 */
function fullSweep(operation: Operation, role: Role): boolean {
  if (role === 'admin') return true;
  return role === 'anonymous' && (operation.linkToken || /\/(public|auth)\//.test(operation.path));
}

/** The resource of a path parameter: `{id}` after `/startups`, `{contactId}` → `contacts`. */
function resourceOf(operation: Operation, parameter: string): string {
  if (parameter !== 'id') return `${parameter.replace(/Id$/, '')}s`;
  const segments = operation.path.split('/');
  return itemAt(segments, segments.indexOf('{id}') - 1);
}

function send(caller: Caller, operation: Operation, requestCase: RequestCase) {
  let call = caller.agent[operation.method](requestCase.url).timeout({
    response: SLOW_MS * 3,
    deadline: SLOW_MS * 4,
  });
  if (operation.method !== 'get') call = call.set(CSRF_HEADER, caller.csrf);
  if (operation.linkToken) {
    call = call.set(
      'Authorization',
      `${LINK_AUTH_SCHEME} ${randomBytes(32).toString('base64url')}`,
    );
  }
  const { body } = requestCase;
  if (body?.kind === 'raw') {
    // Sent as they are: superagent would JSON-encode a Buffer.
    return call
      .set('Content-Type', body.contentType)
      .serialize((raw: string) => raw)
      .send(body.raw as string);
  }
  if (body?.kind === 'multipart') {
    for (const [name, value] of Object.entries(body.fields)) call = call.field(name, value);
    return call.attach('file', body.file, 'rows.csv');
  }
  return call;
}

function describeCase(requestCase: RequestCase): string {
  const body = requestCase.body;
  const shown =
    body?.kind === 'raw' ? ` ${String(body.raw).slice(0, 120)}` : body ? ' (multipart)' : '';
  return `${requestCase.label} — ${requestCase.url.slice(0, 160)}${shown}`;
}

describe('every operation of the OpenAPI document, fed malformed input', () => {
  let app: INestApplication;
  let callers: Caller[];
  let operations: Operation[];
  let fixtures: Fixtures;
  let snapshots: RowSnapshots;

  // A database and Redis prefix of its own: the records it creates (and whatever valid-looking
  // input it gets through) must not turn up in other test files' matching runs and lists.
  let own: TestDatabase;
  const shared = { databaseUrl: process.env.DATABASE_URL, redisPrefix: process.env.REDIS_PREFIX };

  beforeAll(async () => {
    own = await createTestDatabase('kohorte_test_fuzz');
    process.env.DATABASE_URL = own.url;
    process.env.REDIS_PREFIX = testRedisPrefix();
    app = await createApp();
    await app.init();
    const document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200))
      .body as OpenAPIObject;
    operations = operationsOf(document);

    const admin = await signedInAgent(app, 'admin');
    const viewer = await signedInAgent(app, 'viewer');
    const anonymous = await anonymousBrowser(app);
    callers = [
      { role: 'admin', agent: admin.agent, csrf: admin.csrf },
      { role: 'viewer', agent: viewer.agent, csrf: viewer.csrf },
      { role: 'anonymous', agent: anonymous.agent, csrf: anonymous.csrf },
    ];

    // Records for the path parameters that are not the bad part, so requests reach the services.
    const as = write(admin.agent, admin.csrf);
    const created = async (url: string, body: object): Promise<string> =>
      ((await as.post(url).send(body).expect(201)).body as { id: string }).id;
    const programme = await created('/api/v1/programmes', { name: 'Fuzz programme' });
    const startup = await created('/api/v1/startups', { name: 'Fuzz startup' });
    fixtures = {
      programmes: programme,
      startups: startup,
      cohorts: await created('/api/v1/cohorts', {
        programmeId: programme,
        name: 'Fuzz cohort',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      }),
      mentors: await created('/api/v1/mentors', {
        fullName: 'Fuzz Mentor',
        email: `mentor-${randomBytes(4).toString('hex')}@example.org`,
      }),
      investors: await created('/api/v1/investors', {
        name: 'Fuzz Fund',
        email: `fund-${randomBytes(4).toString('hex')}@example.org`,
        type: 'vc',
      }),
      contacts: await created(`/api/v1/startups/${startup}/contacts`, {
        fullName: 'Fuzz Founder',
        email: `founder-${randomBytes(4).toString('hex')}@example.org`,
      }),
      notes: await created('/api/v1/notes', {
        subjectType: 'startup',
        subjectId: startup,
        body: 'Fuzz note',
      }),
    };
    // A call that opens next year: a request for a link starts no draft (that work runs after
    // the answer, and would change rows behind a later request's snapshot).
    const callBody = {
      opensAt: '2099-01-10T09:00:00+01:00',
      closesAt: '2099-02-10T18:00:00+01:00',
      title: { de: 'Fuzz-Ausschreibung', en: 'Fuzz call' },
      intro: { de: 'Intro', en: 'Intro' },
      confirmation: { de: 'Danke', en: 'Thanks' },
      consent: { de: 'Einwilligung', en: 'Consent' },
      profileFields: ['website'],
      questions: [
        { key: 'deck', kind: 'pitchDeck', label: { de: 'Deck', en: 'Deck' }, required: true },
      ],
      retentionDays: 30,
    };
    fixtures.calls = (
      (await as.put(`/api/v1/cohorts/${fixtures.cohorts}/call`).send(callBody).expect(200))
        .body as { id: string }
    ).id;
    const application = firstOf(
      (await app.get(DataSource).query(
        `INSERT INTO applications (call_id, email, locale, status, submitted_at, profile)
VALUES ($1, 'fuzz-applicant@example.org', 'de', 'submitted', now(), '{"name":"Fuzz applicant"}')
RETURNING id`,
        [fixtures.calls],
      )) as { id: string }[],
    );
    fixtures.applications = application.id;
    // A reviewer of the call, for the paths that name one.
    fixtures.reviewers = await created(`/api/v1/calls/${fixtures.calls}/reviewers`, {
      kind: 'external',
      name: 'Fuzz Reviewer',
      email: `reviewer-${randomBytes(4).toString('hex')}@example.org`,
      locale: 'en',
      sectors: [],
      topics: [],
      stages: [],
      maxLoad: 3,
    });
    snapshots = await RowSnapshots.of(app.get(DataSource));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    process.env.DATABASE_URL = shared.databaseUrl;
    process.env.REDIS_PREFIX = shared.redisPrefix;
    if (own) await dropTestDatabase(own.name);
  }, 60_000);

  it('answers 4xx to all of it, quickly, and writes nothing when it refuses', async () => {
    const findings: Finding[] = [];
    const started = Date.now();
    let requests = 0;
    let rows = await snapshots.take();
    const validPathValue = (operation: Operation, parameter: string): string =>
      parameter === 'month' ? '2026-01' : (fixtures[resourceOf(operation, parameter)] ?? uuid());

    for (const [index, operation] of operations.entries()) {
      const name = `${operation.method.toUpperCase()} ${operation.path}`;
      const plans = casePlans(operation, validPathValue);
      for (const [roleIndex, caller] of callers.entries()) {
        // Signing out would end the session the rest of the run uses.
        if (operation.path.endsWith('/auth/sign-out') && caller.role !== 'anonymous') continue;
        const seed = SEED + index * 7 + roleIndex;
        const samples = fullSweep(operation, caller.role)
          ? plans.flatMap((plan, planIndex) =>
              fc.sample(plan.cases, { seed: seed + planIndex * 1009, numRuns: plan.runs }),
            )
          : fc.sample(fc.oneof(...plans.map((plan) => plan.cases)), {
              seed,
              numRuns: RUNS_WITHOUT_ACCESS,
            });
        for (const requestCase of samples) {
          const found = (problem: string) =>
            findings.push({
              operation: name,
              role: caller.role,
              request: describeCase(requestCase),
              problem,
            });
          const writes = operation.method !== 'get';
          const sentAt = Date.now();
          requests += 1;
          let response: request.Response;
          try {
            response = await send(caller, operation, requestCase);
          } catch (error) {
            found(`no answer: ${String(error)}`);
            continue;
          }
          const ms = Date.now() - sentAt;
          const { status } = response;
          const body = response.body as { statusCode?: unknown; message?: unknown };
          if (status >= 500) found(`${status}: ${JSON.stringify(response.body)}`);
          if (ms > SLOW_MS) found(`took ${ms} ms`);
          if (status < 300 && requestCase.certainlyInvalid) found(`${status} for invalid input`);
          // 431 (a URL over 16 kB) comes from Node's HTTP server before the app sees the request.
          if (
            status >= 400 &&
            status !== 431 &&
            (body.statusCode !== status || typeof body.message !== 'string')
          ) {
            found(`${status} without the ApiErrorBody shape: ${response.text.slice(0, 200)}`);
          }
          if (writes) {
            // Reads write nothing but the audit log (who read which record, by design and
            // after the answer), so the snapshot after the last write is the one before this.
            const after = await snapshots.take();
            const changed = RowSnapshots.changed(rows, after).filter(
              (table) => table !== AUDIT_LOG_TABLE,
            );
            if (REFUSED.has(status) && changed.length) {
              found(`${status} but rows changed in ${changed.join(', ')}`);
            }
            rows = after;
          }
        }
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `OpenAPI bad-input test: ${operations.length} operations × ${callers.length} callers, ` +
        `${requests} requests in ${seconds} s (seed ${SEED}), ${findings.length} findings`,
    );
    expect(findings).toEqual([]);
  }, 300_000);
});
