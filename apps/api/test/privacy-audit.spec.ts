import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { AuditEntry, AuditPage } from '@kohorte/contracts';
import { AuditLog } from '@kohorte/server/privacy';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf, itemAt } from '@kohorte/server/testing';

const AUDIT = '/api/v1/privacy/audit';

/**
 * The audit log of staff access: a manager's reads of personal records and export downloads
 * are recorded (list pages and failed requests are not), admins search and export the log.
 */
describe('/api/v1/privacy/audit (who saw what)', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: TestAgent;
  let manager: TestAgent;
  let mentorId: string;
  let startupId: string;
  let mentorEmail: string;

  /** The manager's entries, newest first, straight from the table. */
  const managerRows = async () =>
    (await db.query(
      `SELECT action, record_kind, record_id, export_file, filter_query FROM privacy_audit
        WHERE user_id = $1 ORDER BY at DESC, id DESC`,
      [manager.user.id],
    )) as Record<string, string | null>[];

  /** Recording is not awaited by the request: wait (bounded) until the row count is reached. */
  const waitForRows = async (count: number) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const rows = await managerRows();
      if (rows.length >= count || Date.now() > deadline) return rows;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    [admin, manager] = await Promise.all([
      signedInAgent(app, 'admin'),
      signedInAgent(app, 'manager'),
    ]);
    mentorEmail = uniqueEmail('audit');
    const mentor = await write(admin.agent, admin.csrf)
      .post('/api/v1/mentors')
      .send({ fullName: 'Anton Audit', email: mentorEmail })
      .expect(201);
    mentorId = (mentor.body as { id: string }).id;
    const startup = await write(admin.agent, admin.csrf)
      .post('/api/v1/startups')
      .send({ name: `Audit Startup ${mentorEmail}` })
      .expect(201);
    startupId = (startup.body as { id: string }).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('records reads of records and exports with their filter, not list pages or failures', async () => {
    await manager.agent.get('/api/v1/mentors').expect(200);
    await manager.agent.get('/api/v1/startups').expect(200);
    await manager.agent.get('/api/v1/mentors/00000000-0000-4000-8000-000000000000').expect(404);
    await manager.agent.get(`/api/v1/mentors/${mentorId}`).expect(200);
    await manager.agent.get(`/api/v1/startups/${startupId}`).expect(200);
    await manager.agent.get(`/api/v1/startups/${startupId}/contacts`).expect(200);
    await manager.agent
      .get('/api/v1/exports/mentors.csv')
      .query({ q: 'Anton', lang: 'de' })
      .expect(200);

    const rows = await waitForRows(4);
    expect(rows).toEqual([
      {
        action: 'export',
        record_kind: null,
        record_id: null,
        export_file: 'mentors.csv',
        filter_query: 'q=Anton&lang=de',
      },
      {
        action: 'read',
        record_kind: 'startup-contacts',
        record_id: startupId,
        export_file: null,
        filter_query: null,
      },
      {
        action: 'read',
        record_kind: 'startup',
        record_id: startupId,
        export_file: null,
        filter_query: null,
      },
      {
        action: 'read',
        record_kind: 'mentor',
        record_id: mentorId,
        export_file: null,
        filter_query: null,
      },
    ]);
  });

  it('lets admins search by staff user, record, action and days, paged', async () => {
    const byUser = await admin.agent.get(AUDIT).query({ userId: manager.user.id }).expect(200);
    const page = byUser.body as AuditPage;
    expect(page.total).toBe(4);
    expect(page.items.map((entry) => entry.recordKind ?? entry.exportName)).toEqual([
      'mentors.csv',
      'startup-contacts',
      'startup',
      'mentor',
    ]);
    expect(page.items[3]).toMatchObject({
      userId: manager.user.id,
      userName: manager.user.name,
      action: 'read',
      recordId: mentorId,
    });

    const byRecord = await admin.agent.get(AUDIT).query({ recordId: startupId }).expect(200);
    expect((byRecord.body as AuditPage).items.map((entry) => entry.recordKind)).toEqual([
      'startup-contacts',
      'startup',
    ]);

    const exports = await admin.agent
      .get(AUDIT)
      .query({ userId: manager.user.id, action: 'export' })
      .expect(200);
    expect((exports.body as AuditPage).items).toEqual([
      expect.objectContaining({ exportName: 'mentors.csv', exportQuery: 'q=Anton&lang=de' }),
    ]);

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const todays = await admin.agent
      .get(AUDIT)
      .query({ userId: manager.user.id, from: today, to: today })
      .expect(200);
    expect((todays.body as AuditPage).total).toBe(4);
    const later = await admin.agent
      .get(AUDIT)
      .query({ userId: manager.user.id, from: tomorrow })
      .expect(200);
    expect((later.body as AuditPage).total).toBe(0);

    const second = await admin.agent
      .get(AUDIT)
      .query({ userId: manager.user.id, page: 2, pageSize: 3 })
      .expect(200);
    expect(second.body as AuditPage).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect((second.body as AuditPage).items.map((entry: AuditEntry) => entry.recordId)).toEqual([
      mentorId,
    ]);
  });

  it('exports the search as CSV in the reader language, and logs that export too', async () => {
    const csv = await admin.agent
      .get(`${AUDIT}.csv`)
      .query({ userId: manager.user.id, locale: 'de' })
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
    const lines = csv.text.trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe(
      '\uFEFFZeitpunkt,Mitarbeiter:in,Benutzer-ID,Aktion,Art,Datensatz,Export,Filter',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(',export,,,mentors.csv,q=Anton&lang=de');
    expect(lines[4]).toContain(`,read,mentor,${mentorId},,`);

    const deadline = Date.now() + 10_000;
    let logged: AuditPage;
    do {
      logged = (
        await admin.agent.get(AUDIT).query({ userId: admin.user.id, action: 'export' }).expect(200)
      ).body as AuditPage;
    } while (logged.total === 0 && Date.now() < deadline);
    expect(logged.items[0]).toMatchObject({
      exportName: 'audit.csv',
      exportQuery: `userId=${manager.user.id}&locale=de`,
    });
  });

  it('never fails the request when the entry cannot be written', async () => {
    // A user id the column refuses: the INSERT fails, recording resolves all the same.
    await expect(
      app.get(AuditLog).record({ userId: 'not-a-uuid', action: 'read', recordKind: 'mentor' }),
    ).resolves.toBeUndefined();
  });

  it('is for admins only', async () => {
    await manager.agent.get(AUDIT).expect(403);
    await manager.agent.get(`${AUDIT}.csv`).expect(403);
  });

  it('refuses bad filters naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ userId: 'nobody' }, 'userId'],
      [{ recordId: '42' }, 'recordId'],
      [{ action: 'delete' }, 'action'],
      [{ from: '2026-13-40' }, 'from'],
      [{ to: 'yesterday' }, 'to'],
      [{ pageSize: '100000' }, 'pageSize'],
    ];
    for (const [query, field] of cases) {
      const res = await admin.agent.get(AUDIT).query(query).expect(400);
      expect(JSON.stringify(res.body)).toContain(`"${field}"`);
    }
    const csv = await admin.agent.get(`${AUDIT}.csv`).query({ locale: 'fr' }).expect(400);
    expect(JSON.stringify(csv.body)).toContain('"locale"');
  });

  it('records reads of an application and of a call reviewers, and the applications CSV', async () => {
    const reader = await signedInAgent(app, 'manager');
    const { id: callId } = firstOf(
      (await db.query(
        `WITH p AS (INSERT INTO programmes (name) VALUES ($1) RETURNING id),
            c AS (INSERT INTO cohorts (programme_id, name, status, starts_on, ends_on)
                  SELECT id, $1, 'running', '2026-09-01', '2027-02-28' FROM p RETURNING id)
       INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days)
       SELECT id, now() - interval '1 day', now() + interval '9 days', '{"de":"Aufruf","en":"Call"}',
         '{"de":"","en":""}', '{"de":"","en":""}', '{"de":"Ja","en":"Yes"}', 180 FROM c RETURNING id`,
        [`Audit call ${mentorEmail}`],
      )) as { id: string }[],
    );
    const { id: applicationId } = firstOf(
      (await db.query(
        `INSERT INTO applications (call_id, email, locale, status, founder_name, profile, answers)
       VALUES ($1, $2, 'de', 'submitted', 'Berta Bewerberin', '{"name":"Bewerbung"}', '{}') RETURNING id`,
        [callId, mentorEmail],
      )) as { id: string }[],
    );

    await reader.agent.get(`/api/v1/calls/${callId}/applications`).expect(200);
    await reader.agent.get(`/api/v1/applications/${applicationId}`).expect(200);
    await reader.agent.get(`/api/v1/calls/${callId}/reviewers`).expect(200);
    await reader.agent.get(`/api/v1/calls/${callId}/applications.csv`).expect(200);

    const deadline = Date.now() + 10_000;
    let page: AuditPage;
    do {
      page = (await admin.agent.get(AUDIT).query({ userId: reader.user.id }).expect(200))
        .body as AuditPage;
    } while (page.total < 3 && Date.now() < deadline);
    expect(page.items.map((entry) => [entry.action, entry.recordKind ?? entry.exportName])).toEqual(
      [
        ['export', 'applications.csv'],
        ['read', 'call-reviewers'],
        ['read', 'application'],
      ],
    );
    expect(firstOf(page.items).exportQuery).toBe(`id=${callId}`);
    expect(itemAt(page.items, 2).recordId).toBe(applicationId);
  });
});
