import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  type ApplicantAccessReportState,
  CSRF_HEADER,
  type Locale,
} from '@kohorte/contracts';
import { LINK_FAILURES_PER_IP, LinkTokens } from '@kohorte/server/links';
import { AccessReportHandler } from '@kohorte/server/privacy';
import type { Response, Test } from 'supertest';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { anonymousBrowser } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

const URL = '/api/v1/public/application/access-report';

function newIp(): string {
  const [a, b] = randomBytes(2);
  return `198.51.${a}.${b}`;
}

interface Applicant {
  id: string;
  token: string;
  name: string;
}

describe('an applicant asks for their own data through their application link', () => {
  let app: INestApplication;
  let db: DataSource;
  let anonymous: ReturnType<typeof request.agent>;
  let csrf: string;
  let anna: Applicant;
  let bruno: Applicant;
  const tag = randomBytes(4).toString('hex');

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    ({ agent: anonymous, csrf } = await anonymousBrowser(app));
    const id = async (sql: string, params: unknown[]) =>
      firstOf((await db.query(sql, params)) as { id: string }[]).id;
    const programme = await id(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
      `Own data ${tag}`,
    ]);
    const cohort = await id(
      `INSERT INTO cohorts (programme_id, name, status, starts_on, ends_on)
       VALUES ($1, $2, 'planning', '2027-03-01', '2027-08-31') RETURNING id`,
      [programme, `Own data ${tag}`],
    );
    const call = await id(
      `INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days)
       VALUES ($1, now() - interval '1 day', now() + interval '9 days', '{"de":"Aufruf","en":"Call"}',
         '{"de":"","en":""}', '{"de":"","en":""}', '{"de":"Ja","en":"Yes"}', 180) RETURNING id`,
      [cohort],
    );
    const applicant = async (name: string, locale: Locale): Promise<Applicant> => {
      const applicationId = await id(
        `INSERT INTO applications (call_id, email, locale, founder_name, profile)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          call,
          `${firstOf(name.split(' ')).toLowerCase()}.${tag}@applicants.test`,
          locale,
          name,
          JSON.stringify({ name: `${name} GmbH` }),
        ],
      );
      const issued = await db.transaction((tx) =>
        app.get(LinkTokens).issue(tx, {
          purpose: 'application',
          subjectType: 'application',
          subjectId: applicationId,
          ttlSeconds: 3600,
          singleUse: false,
        }),
      );
      return { id: applicationId, token: issued.token, name };
    };
    anna = await applicant(`Anna Alpha ${tag}`, 'de');
    bruno = await applicant(`Bruno Beta ${tag}`, 'en');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  function viaLink(method: 'get' | 'post', url: string, token: string, ip = newIp()): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', ip);
    return method === 'get' ? req : req.set(CSRF_HEADER, csrf);
  }

  const stateOf = async (who: Applicant) =>
    ((await viaLink('get', URL, who.token).expect(200)).body as ApplicantAccessReportState).report;

  async function reportIds(who: Applicant): Promise<string[]> {
    const rows = (await db.query(
      `SELECT id FROM privacy_access_reports WHERE records @> $1::jsonb ORDER BY created_at`,
      [JSON.stringify([{ kind: 'applicant', id: who.id }])],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  const download = (who: Applicant, format: 'html' | 'json') =>
    viaLink('get', `${URL}/download?format=${format}`, who.token);

  it('builds the report of the link’s own application, in its language, and offers nothing of another', async () => {
    expect(await stateOf(anna)).toBeNull();
    await download(anna, 'html').expect(404);

    const asked = await viaLink('post', URL, anna.token).expect(202);
    expect((asked.body as ApplicantAccessReportState).report).toMatchObject({
      status: 'queued',
      progress: 0,
    });
    // Asking again within the hour returns the same report instead of queuing another.
    const again = await viaLink('post', URL, anna.token).expect(202);
    expect((again.body as ApplicantAccessReportState).report?.createdAt).toBe(
      (asked.body as ApplicantAccessReportState).report?.createdAt,
    );
    const ids = await reportIds(anna);
    expect(ids).toHaveLength(1);
    const annaReport = firstOf(ids);
    const [stored] = (await db.query(
      `SELECT locale, records, requested_by FROM privacy_access_reports WHERE id = $1`,
      [annaReport],
    )) as { locale: string; records: unknown; requested_by: string | null }[];
    expect(stored).toEqual({
      locale: 'de',
      records: [{ kind: 'applicant', id: anna.id }],
      requested_by: null,
    });

    // Bruno's link sees no report: Anna's is not his.
    expect(await stateOf(bruno)).toBeNull();
    await download(bruno, 'html').expect(404);

    // The worker's handler, run here: the API process has the same modules.
    await app.get(AccessReportHandler).run(annaReport);
    expect(await stateOf(anna)).toMatchObject({ status: 'done', progress: 100 });
    const page = await download(anna, 'html').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-disposition']).toMatch(/^attachment; filename="access-report-/);
    const html = page.text;
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(anna.name);
    expect(html).not.toContain(bruno.name);
    const json = await download(anna, 'json').expect(200);
    const content = JSON.parse(json.text) as { records: { kind: string; id: string }[] };
    expect(content.records).toEqual([expect.objectContaining({ kind: 'applicant', id: anna.id })]);
    await download(bruno, 'json').expect(404);

    // Bruno asks for his own: his, in English, without Anna.
    await viaLink('post', URL, bruno.token).expect(202);
    const brunoReport = firstOf(await reportIds(bruno));
    expect(brunoReport).not.toBe(annaReport);
    await app.get(AccessReportHandler).run(brunoReport);
    const his = (await download(bruno, 'html').expect(200)).text;
    expect(his).toContain('<html lang="en">');
    expect(his).toContain(bruno.name);
    expect(his).not.toContain(anna.name);
    // Anna's link still gets hers.
    expect((await download(anna, 'html').expect(200)).text).toContain(anna.name);
  }, 60_000);

  it('queues a new report after a failed one', async () => {
    const before = await reportIds(anna);
    await db.query(`UPDATE privacy_access_reports SET status = 'failed' WHERE id = $1`, [
      before[before.length - 1],
    ]);
    expect(await stateOf(anna)).toMatchObject({ status: 'failed' });
    await viaLink('post', URL, anna.token).expect(202);
    expect(await reportIds(anna)).toHaveLength(before.length + 1);
    expect(await stateOf(anna)).toMatchObject({ status: 'queued' });
  });

  it('answers a missing or unknown link with 404 `unknown`, and too many tries with 429', async () => {
    const ip = newIp();
    const res: Response = await anonymous.get(URL).set('X-Forwarded-For', ip).expect(404);
    expect((res.body as ApiErrorBody & { reason?: string }).reason).toBe('unknown');
    await viaLink('post', URL, 'A'.repeat(43), ip).expect(404);
    for (let i = 2; i < LINK_FAILURES_PER_IP; i++) {
      await viaLink('get', URL, `x${i}`.padEnd(43, 'y'), ip);
    }
    const blocked = await viaLink('get', URL, anna.token, ip).expect(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });
});
