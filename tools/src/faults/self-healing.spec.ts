import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../shared/repo-root';
import { isRunning, sleep, waitFor } from './app-process';
import { seedCohort } from './cohort-seed';
import { Fleet } from './fleet';
import { type Answer, Browser, json, Replicas } from './http-client';
import { answered, failures, loop, Scenario, type UploadedImport } from './scenario';
import { firstN, firstOf, itemAt } from '../shared/items';

// The figures: each outage lasts 20 s, a dead worker's run is taken over within 10 s, and
// while Redis is gone no request waits longer than 1 s.
const OUTAGE_MS = 20_000;
const TAKEOVER_MS = 10_000;
const REDIS_DOWN_ANSWER_MS = 1_000;

/** The repeating sweeps, by queue: registered by the workers, lost with an empty Redis. */
const SWEEPS = [
  ['mail', 'mail.sweep'],
  ['offers', 'offer.sweep'],
  ['startups', 'startup.rescore-stale'],
] as const;

const password = 'correct horse battery staple';
const managerEmail = `manager-${randomBytes(4).toString('hex')}@test.kohorte.dev`;

describe('faults heal by themselves: two APIs and two workers on a private PostgreSQL and Redis', () => {
  // The APIs keep their listeners open 2 s after SIGTERM: more than the test's readiness probe
  // (every 250 ms) needs to take a leaving API out of rotation.
  const fleet = new Fleet({
    root: repoRoot(process.cwd()),
    apis: 2,
    workers: 2,
    env: { SHUTDOWN_DELAY_MS: '2000' },
  });
  let manager: Browser;
  let scenario: Scenario;
  /** Offer links mailed to mentors and not answered yet. */
  const openOffers: string[] = [];
  const importsToFinish: UploadedImport[] = [];

  /**
   * Every mail the outbox holds was sent, and the SMTP server got each one: per recipient as many
   * different Message-IDs as the outbox has rows. A copy sent again in the at-least-once window (a
   * worker killed between the SMTP server's answer and the commit) has the same Message-ID and is
   * counted apart, and said.
   */
  async function everyMailSentOnce(): Promise<void> {
    const { outbox, received, copies } = await scenario.mailsDelivered();
    expect(received).toEqual(outbox);
    if (copies > 0) console.log(`${copies} mail(s) sent again with the same Message-ID`);
  }

  beforeAll(async () => {
    await fleet.start();
    fleet.createUser(managerEmail, password, 'manager');
    manager = new Browser(fleet.replicas);
    json(await manager.signIn(managerEmail, password), 200);
    scenario = new Scenario(fleet, manager);
  }, 240_000);

  afterAll(async () => {
    await fleet.stop();
  }, 120_000);

  it('Redis killed for 20 s under load: nobody waits over 1 s, then every mail goes once and all work completes', async () => {
    // Before: offers mailed and waiting for answers, and a finished run whose offers go out later.
    const mailed = await seedCohort(fleet.db, 8, 8);
    const mailedRun = await scenario.approvedRun(mailed.cohortId);
    json(await manager.send('POST', `/api/v1/matching-runs/${mailedRun}/offers`), 200);
    await everyMailSentOnce();
    openOffers.push(...scenario.offerLinks());
    expect(openOffers.length).toBeGreaterThanOrEqual(6);
    const toSend = await scenario.approvedRun((await seedCohort(fleet.db, 6, 6)).cohortId);
    const toRun = await seedCohort(fleet.db, 6, 6);
    const mailsBefore = fleet.sink.received.length;

    await fleet.killRedis();
    const stopAt = Date.now() + OUTAGE_MS;
    const linkTokens = openOffers.splice(0, 4);
    let lagDuringOutage = 0;
    const [staff, actions, links] = await Promise.all([
      loop(stopAt, () => manager.send('GET', '/api/v1/startups?pageSize=25')),
      (async () => {
        await sleep(2_000);
        const results: Array<Answer | Error> = [];
        const keep = <T>(work: Promise<T>) => work.catch((error: Error) => results.push(error));
        await keep(
          manager.send('POST', `/api/v1/matching-runs/${toSend}/offers`).then((a) => {
            results.push(a);
          }),
        );
        await keep(
          manager
            .send('POST', `/api/v1/cohorts/${toRun.cohortId}/matching-runs`, {
              body: { kind: 'mentors', k: 1 },
            })
            .then((a) => {
              results.push(a);
            }),
        );
        await keep(scenario.upload(40).then((entry) => importsToFinish.push(entry)));
        // The jobs those requests enqueued wait in the database; the metrics show how long.
        await sleep(2_000);
        const metrics = await (await fetch(firstOf(fleet.workerMetrics))).text();
        lagDuringOutage = Number(
          /kohorte_outbox_lag_seconds\{outbox="job"\} ([\d.]+)/.exec(metrics)?.[1],
        );
        return results;
      })(),
      (async () => {
        const results: Array<Answer | Error> = [];
        for (const [i, token] of linkTokens.entries()) {
          await sleep(3_000);
          results.push(await scenario.answerOffer(token, i).catch((error: Error) => error));
        }
        return results;
      })(),
    ]);
    await fleet.startRedis();

    const all = [...staff, ...actions, ...links];
    expect(failures(all)).toEqual([]);
    const slowest = Math.max(...answered(all).map((a) => a.ms));
    const slow = answered(all).filter((a) => a.ms >= REDIS_DOWN_ANSWER_MS);
    if (slow.length > 0) {
      console.log(slow.map((a) => `${a.request} ${a.status} ${Math.round(a.ms)} ms`).join('\n'));
    }
    console.log(
      `Redis down ${OUTAGE_MS / 1000} s: ${all.length} requests, slowest ${Math.round(slowest)} ms, outbox lag ${lagDuringOutage} s`,
    );
    expect(slowest).toBeLessThan(REDIS_DOWN_ANSWER_MS);
    expect(answered(staff).map((a) => a.status)).toEqual(answered(staff).map(() => 200));
    // Sending offers and starting a run answer as usual: their jobs wait in the outbox. The upload
    // and its mapping (201, 200) were checked inside `upload`.
    expect(answered(actions).map((a) => a.status)).toEqual([200, 202]);
    expect(lagDuringOutage).toBeGreaterThan(0);
    // Links are checked against Redis's rate limit, which fails closed: a quick 503 to try again.
    for (const answer of answered(links)) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) expect(answer.headers['retry-after']).toBeDefined();
    }

    // After: everything the outage held up happens by itself, once.
    const again = answered(links).flatMap((answer, i) =>
      answer.status === 503 ? [itemAt(linkTokens, i)] : [],
    );
    for (const [i, token] of again.entries()) {
      await waitFor(
        'the offer link to work again',
        async () => (await scenario.answerOffer(token, i)).status === 200,
        30_000,
        500,
      );
    }
    const { id: runId } = firstOf(
      (
        await fleet.db.query<{ id: string }>(`SELECT id FROM matching_runs WHERE cohort_id = $1`, [
          toRun.cohortId,
        ])
      ).rows,
    );
    await scenario.runDone(runId);
    const entry = firstOf(importsToFinish);
    await scenario.importReaches(entry.id, 'validated', 90_000, 250);
    json(await manager.send('POST', `/api/v1/imports/${entry.id}/apply`), 202);
    await scenario.importReaches(entry.id, 'done', 90_000, 250);
    expect(
      await scenario.count(`SELECT count(*) AS n FROM startups WHERE name LIKE $1 || ' %'`, [
        entry.prefix,
      ]),
    ).toBe(entry.rows);
    await everyMailSentOnce();
    expect(fleet.sink.received.length).toBeGreaterThan(mailsBefore);
    // The repeating sweeps are registered again in the empty Redis.
    await waitFor(
      'the sweeps to be registered again',
      async () =>
        Promise.resolve(
          SWEEPS.every(([queue, sweep]) =>
            fleet
              .redisCommand('ZRANGE', `${fleet.env.REDIS_PREFIX}:${queue}:repeat`, '0', '-1')
              .includes(sweep),
          ),
        ),
      60_000,
      1_000,
    );
    expect(await scenario.count(`SELECT count(*) AS n FROM job_outbox`)).toBe(0);
  }, 300_000);
  it('PostgreSQL stopped for 20 s under load: only 503s, then the work in flight completes once and nobody is locked out', async () => {
    // Work in flight when the database goes: an import being applied and a matching run. Locks
    // hold both mid-way (the apply's inserts, the run's read of the mentor pool) until the stop.
    const cohort = await seedCohort(fleet.db, 8, 8);
    const entry = await scenario.upload(1_500);
    await scenario.importReaches(entry.id, 'validated', 90_000, 250);
    const holder = await scenario.holdLocks(
      'LOCK TABLE startups IN SHARE MODE',
      'LOCK TABLE cohort_mentors IN ACCESS EXCLUSIVE MODE',
    );
    json(await manager.send('POST', `/api/v1/imports/${entry.id}/apply`), 202);
    const runId = await scenario.startRun(cohort.cohortId);
    await scenario.importReaches(entry.id, 'applying', 30_000, 100);
    await waitFor(
      'the run to start',
      async () => (await scenario.runStatus(runId)) === 'running',
      30_000,
      100,
    );
    await fleet.postgres.halt();
    await holder.end().catch(() => undefined);

    const stopAt = Date.now() + OUTAGE_MS;
    const linkTokens = openOffers.splice(0, 2);
    const signIns = new Browser(fleet.replicas);
    const [staff, links, attempts, readiness] = await Promise.all([
      loop(stopAt, () => manager.send('GET', '/api/v1/startups?pageSize=25'), 200),
      Promise.all(
        linkTokens.map((token, i) => scenario.answerOffer(token, i).catch((error: Error) => error)),
      ),
      // More sign-ins with the right password than the limit allows wrong ones (10 per 15 min).
      (async () => {
        const results: Array<Answer | Error> = [];
        for (let i = 0; i < 12; i++) {
          results.push(await signIns.signIn(managerEmail, password).catch((error: Error) => error));
        }
        return results;
      })(),
      loop(stopAt, () => manager.send('GET', '/api/health/ready'), 1_000),
    ]);
    await fleet.postgres.restart();

    const all = [...staff, ...links, ...attempts, ...readiness];
    expect(failures(all)).toEqual([]);
    const statuses = new Map<string, number>();
    for (const answer of answered(all)) {
      const key = `${answer.request.replace(/[0-9a-f-]{36}/g, ':id')} ${answer.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    console.log(
      `PostgreSQL down ${OUTAGE_MS / 1000} s: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(answered(all).filter((a) => a.status !== 503)).toEqual([]);
    expect(answered(all).filter((a) => a.headers['retry-after'] === undefined)).toEqual([]);

    // Nobody locked out: the outage's failed sign-ins were not counted against the person.
    const after = await waitFor(
      'sign-in to work again',
      async () => {
        const answer = await new Browser(fleet.replicas).signIn(managerEmail, password);
        return answer.status === 503 ? undefined : answer;
      },
      60_000,
      500,
    );
    expect(after.status).toBe(200);
    json(await signIns.signIn(managerEmail, password), 200);

    // The work in flight completes by itself, written once and whole.
    await scenario.importReaches(entry.id, 'done', 120_000, 500);
    await scenario.runDone(runId, 120_000);
    expect(
      await scenario.count(
        `SELECT count(DISTINCT name) AS n FROM startups WHERE name LIKE $1 || ' %'`,
        [entry.prefix],
      ),
    ).toBe(entry.rows);
    expect(
      await scenario.count(`SELECT count(*) AS n FROM startups WHERE name LIKE $1 || ' %'`, [
        entry.prefix,
      ]),
    ).toBe(entry.rows);
    const proposals = await scenario.count(
      `SELECT count(*) AS n FROM match_proposals WHERE run_id = $1`,
      [runId],
    );
    expect(proposals).toBe(8);
    expect(
      await scenario.count(
        `SELECT count(DISTINCT (startup_id, mentor_id)) AS n FROM match_proposals WHERE run_id = $1`,
        [runId],
      ),
    ).toBe(proposals);
    // The mentors' answers went through once the database was back.
    for (const [i, token] of linkTokens.entries()) {
      await waitFor(
        'the offer link to work again',
        async () => (await scenario.answerOffer(token, i)).status === 200,
        30_000,
        500,
      );
    }
  }, 300_000);
  it('a worker SIGKILLed mid-run: the other worker takes the run over within 10 s', async () => {
    const cohort = await seedCohort(fleet.db, 8, 8);
    const [doomed, survivor] = firstN(fleet.workers, 2);
    // The run is held mid-way (its read of the mentor pool waits for this lock), and only the
    // doomed worker may take it: the survivor is frozen until the kill.
    const holder = await scenario.holdLocks('LOCK TABLE cohort_mentors IN ACCESS EXCLUSIVE MODE');
    survivor.child.kill('SIGSTOP');
    let runId: string;
    let firstClaim: Date;
    try {
      runId = await scenario.startRun(cohort.cohortId);
      firstClaim = await waitFor(
        'the doomed worker to claim the run',
        async () => {
          const { rows } = await fleet.db.query<{ status: string; startedAt: Date }>(
            `SELECT status, started_at AS "startedAt" FROM matching_runs WHERE id = $1`,
            [runId],
          );
          return rows[0]?.status === 'running' ? rows[0].startedAt : undefined;
        },
        60_000,
        100,
      );
      doomed.child.kill('SIGKILL');
    } finally {
      survivor.child.kill('SIGCONT');
    }
    const killedAt = Date.now();
    await doomed.exited;
    await waitFor(
      'the survivor to claim the run again',
      async () => {
        const { rows } = await fleet.db.query<{ startedAt: Date }>(
          `SELECT started_at AS "startedAt" FROM matching_runs WHERE id = $1`,
          [runId],
        );
        return firstOf(rows).startedAt.getTime() > firstClaim.getTime();
      },
      60_000,
      100,
    );
    const takeoverMs = Date.now() - killedAt;
    await holder.query('ROLLBACK');
    await holder.end();
    console.log(`Worker killed mid-run: taken over after ${takeoverMs} ms`);
    expect(takeoverMs).toBeLessThanOrEqual(TAKEOVER_MS);
    await scenario.runDone(runId);
    expect(
      await scenario.count(`SELECT count(*) AS n FROM match_proposals WHERE run_id = $1`, [runId]),
    ).toBe(8);
  }, 180_000);

  it('an API SIGTERMed under load: not one request is cut, the other API and the drain answer them all', async () => {
    const leaving = firstOf(fleet.apis);
    const leavingBase = firstOf(fleet.apiBases);
    const stopWatching = manager.replicas.watchReadiness(250);
    // The load goes on until 2 s after the leaving API has exited (at the latest 60 s).
    let stopAt = Date.now() + 60_000;
    let terminatedAt = Infinity;
    let exitedAt = Infinity;
    const load = Array.from({ length: 6 }, (_, i) =>
      loop(
        () => stopAt,
        async () => {
          const started = Date.now();
          const answer = await manager.send(
            'GET',
            i % 2 === 0 ? '/api/v1/exports/startups.csv' : '/api/v1/startups?pageSize=100',
          );
          return { ...answer, started } as Answer & { started: number };
        },
        20,
      ),
    );
    await sleep(3_000);
    // One request is surely in flight on the leaving API when it is told to stop: an edit that
    // waits for a row lock the test holds (the load alone may, on a busy machine, have none there).
    const pinned = new Browser(new Replicas([leavingBase]));
    json(await pinned.signIn(managerEmail, password), 200);
    const { id: startupId } = firstOf(
      (await fleet.db.query<{ id: string }>(`SELECT id FROM startups ORDER BY created_at LIMIT 1`))
        .rows,
    );
    const holder = await fleet.db.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT id FROM startups WHERE id = $1 FOR UPDATE`, [startupId]);
    const held = pinned.send('PATCH', `/api/v1/startups/${startupId}`, {
      body: { city: 'Leipzig' },
    });
    await waitFor(
      'the held edit to wait for the lock',
      async () =>
        firstOf(
          (
            await fleet.db.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE wait_event_type = 'Lock' AND datname = current_database()`,
            )
          ).rows,
        ).n > 0,
      30_000,
    );
    terminatedAt = Date.now();
    leaving.child.kill('SIGTERM');
    await sleep(500);
    await holder.query('COMMIT');
    holder.release();
    const heldAnswer = await held;
    const exitCode = await leaving.exited;
    exitedAt = Date.now();
    stopAt = exitedAt + 2_000;
    const results = (await Promise.all(load)).flat();
    stopWatching();

    expect(failures(results)).toEqual([]);
    const answers = answered(results) as Array<Answer & { started: number }>;
    expect(answers.filter((a) => a.status !== 200).map((a) => `${a.request} ${a.status}`)).toEqual(
      [],
    );
    // Requests the leaving API had taken before SIGTERM and answered after it: the drain's work.
    const drained = answers.filter(
      (a) => a.base === leavingBase && a.started < terminatedAt && a.started + a.ms > terminatedAt,
    );
    const afterwards = answers.filter((a) => a.started > exitedAt);
    console.log(
      `API SIGTERMed under load: ${answers.length} answers, ${drained.length} drained, exit code ${exitCode} after ${exitedAt - terminatedAt} ms`,
    );
    // The edit taken before SIGTERM was finished, not cut.
    expect(heldAnswer.status).toBe(200);
    expect(afterwards.length).toBeGreaterThan(0);
    expect(afterwards.every((a) => a.base === fleet.apiBases[1])).toBe(true);
    expect(exitCode).toBe(0);
    expect(isRunning(itemAt(fleet.apis, 1))).toBe(true);
  }, 120_000);

  it('afterwards: every mail was sent exactly once and no job is left waiting', async () => {
    await everyMailSentOnce();
    expect(await scenario.count(`SELECT count(*) AS n FROM job_outbox`)).toBe(0);
    expect(
      await scenario.count(`SELECT count(*) AS n FROM matching_runs WHERE status NOT IN ('done')`),
    ).toBe(0);
    expect(
      await scenario.count(`SELECT count(*) AS n FROM import_jobs WHERE status <> 'done'`),
    ).toBe(0);
  }, 120_000);
});
