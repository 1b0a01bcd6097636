import type { ImportDetail, MatchingRunStarted } from '@kohorte/contracts';
import { Client } from 'pg';
import { sleep, waitFor } from './app-process';
import { multipart, startupsCsv } from './cohort-seed';
import type { Fleet } from './fleet';
import { type Answer, Browser, json } from './http-client';
import { defined, firstOf } from '../shared/items';

/** An import the test uploaded: its id, the name prefix of its startups, and its row count. */
export interface UploadedImport {
  id: string;
  prefix: string;
  rows: number;
}

/**
 * Repeats `step` until `stopAt` (a time, or a function giving the time as it is known then),
 * keeping every answer; a thrown request (cut, refused) is kept too.
 */
export async function loop(
  stopAt: number | (() => number),
  step: () => Promise<Answer>,
  pauseMs = 100,
): Promise<Array<Answer | Error>> {
  const answers: Array<Answer | Error> = [];
  const until = typeof stopAt === 'number' ? () => stopAt : stopAt;
  while (Date.now() < until()) {
    answers.push(await step().catch((error: Error) => error));
    await sleep(pauseMs);
  }
  return answers;
}

// Errors from Node's own modules come from outside Jest's sandbox, so `instanceof Error` is no
// test there: an answer is whatever has a status.
const isAnswer = (r: Answer | Error): r is Answer => typeof (r as Answer).status === 'number';
export const answered = (results: Array<Answer | Error>) => results.filter(isAnswer);
export const failures = (results: Array<Answer | Error>) =>
  results.filter((r) => !isAnswer(r)).map((error) => String((error as Error).message ?? error));

/**
 * What the fault-injection test does to the fleet and reads from it: a manager's and mentors'
 * requests through the API replicas, and counts straight from the database.
 */
export class Scenario {
  constructor(
    private readonly fleet: Fleet,
    private readonly manager: Browser,
  ) {}

  async count(sql: string, params: unknown[] = []): Promise<number> {
    return Number(firstOf((await this.fleet.db.query<{ n: string }>(sql, params)).rows).n);
  }

  async runStatus(runId: string): Promise<string | undefined> {
    const { rows } = await this.fleet.db.query<{ status: string }>(
      `SELECT status FROM matching_runs WHERE id = $1`,
      [runId],
    );
    return rows[0]?.status;
  }

  async runDone(runId: string, ms = 90_000): Promise<void> {
    await waitFor(
      `run ${runId} to be done`,
      async () => (await this.runStatus(runId)) === 'done',
      ms,
      250,
    );
  }

  async importStatus(id: string): Promise<string | undefined> {
    const { rows } = await this.fleet.db.query<{ status: string }>(
      `SELECT status FROM import_jobs WHERE id = $1`,
      [id],
    );
    return rows[0]?.status;
  }

  async importReaches(id: string, status: string, ms = 90_000, everyMs = 250): Promise<void> {
    await waitFor(
      `import ${id} to be ${status}`,
      async () => (await this.importStatus(id)) === status,
      ms,
      everyMs,
    );
  }

  async startRun(cohortId: string): Promise<string> {
    const answer = await this.manager.send('POST', `/api/v1/cohorts/${cohortId}/matching-runs`, {
      body: { kind: 'mentors', k: 1 },
    });
    return json<MatchingRunStarted>(answer, 202).id;
  }

  /** A finished run with every proposal approved; its offers are not sent yet. */
  async approvedRun(cohortId: string): Promise<string> {
    const runId = await this.startRun(cohortId);
    await this.runDone(runId);
    json(
      await this.manager.send('POST', `/api/v1/matching-runs/${runId}/approve`, { body: {} }),
      200,
    );
    return runId;
  }

  /** Uploads `rows` new startups and saves the suggested mapping, which starts the dry run. */
  async upload(rows: number): Promise<UploadedImport> {
    const { csv, prefix } = startupsCsv(rows);
    const form = multipart(
      { kind: 'startups' },
      { field: 'file', name: 'startups.csv', type: 'text/csv', content: csv },
    );
    const detail = json<ImportDetail>(
      await this.manager.send('POST', '/api/v1/imports', {
        body: form.body,
        headers: { 'content-type': form.contentType },
      }),
      201,
    );
    json(
      await this.manager.send('PUT', `/api/v1/imports/${detail.id}/mapping`, {
        body: { mapping: detail.mapping },
      }),
      200,
    );
    return { id: detail.id, prefix, rows };
  }

  /** A connection of the test's own that holds these locks in an open transaction. */
  async holdLocks(...statements: string[]): Promise<Client> {
    const client = new Client({ connectionString: this.fleet.postgres.url });
    // Cut when the database stops: expected, not a failure of the test.
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    for (const statement of statements) await client.query(statement);
    return client;
  }

  /** The offer links in every mail the sink got, in order. */
  offerLinks(): string[] {
    const pattern = new RegExp(
      `${this.fleet.env.PUBLIC_URL}/respond/offer/([A-Za-z0-9_-]{43})`,
      'g',
    );
    return this.fleet.sink.received.flatMap((mail) => [
      ...new Set(
        [...(mail.text ?? '').matchAll(pattern)].map((match) =>
          defined(match[1], 'the offer link'),
        ),
      ),
    ]);
  }

  /** A mentor answers one offer through its link, in a browser of their own: accept or decline, alternately. */
  async answerOffer(token: string, i: number): Promise<Answer> {
    const mentor = new Browser(this.fleet.replicas);
    await mentor.send('GET', '/api/v1/auth/session');
    return i % 2 === 0
      ? mentor.send('POST', '/api/v1/public/offers/accept', { token })
      : mentor.send('POST', '/api/v1/public/offers/decline', {
          token,
          body: { reason: 'too-busy' },
        });
  }

  /**
   * Waits until every mail in the outbox is sent; then how many each recipient should have got
   * (outbox rows) and how many the SMTP server received.
   */
  async mailsDelivered(): Promise<{
    outbox: Map<string, number>;
    received: Map<string, number>;
    copies: number;
  }> {
    await waitFor(
      'every outbox mail to be sent',
      async () =>
        (await this.count(`SELECT count(*) AS n FROM mail_outbox WHERE status <> 'sent'`)) === 0,
      90_000,
      500,
    );
    const { rows } = await this.fleet.db.query<{ recipient: string; n: string }>(
      `SELECT recipient, count(*) AS n FROM mail_outbox GROUP BY recipient`,
    );
    return {
      outbox: new Map(rows.map((row) => [row.recipient, Number(row.n)])),
      received: this.fleet.sink.countsByRecipient(),
      copies: this.fleet.sink.copies(),
    };
  }
}
