import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type {
  AccessReport,
  ErasureRecord,
  PersonRecord,
  ProcessingRecord,
  RetentionOverview,
} from '@kohorte/contracts';
import { AccessReportHandler, PERSONAL_DATA_REGISTRY } from '@kohorte/server/privacy';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent, uniqueEmail, write } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

const BASE = '/api/v1/privacy';

describe('/api/v1/privacy (admins: find a person, access report, erasure)', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: TestAgent;
  let manager: TestAgent;
  let email: string;
  let mentorId: string;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    [admin, manager] = await Promise.all([
      signedInAgent(app, 'admin'),
      signedInAgent(app, 'manager'),
    ]);
    email = uniqueEmail('privacy');
    const created = await write(admin.agent, admin.csrf)
      .post('/api/v1/mentors')
      .send({ fullName: 'Petra Privat', email, phone: '+49 341 1234567' })
      .expect(201);
    mentorId = (created.body as { id: string }).id;
    await write(admin.agent, admin.csrf)
      .post('/api/v1/notes')
      .send({ subjectType: 'mentor', subjectId: mentorId, body: 'Petra asked about GDPR' })
      .expect(201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('is for admins only, reads included', async () => {
    await manager.agent.get(`${BASE}/people`).query({ email }).expect(403);
    await manager.agent.get(`${BASE}/erasures`).expect(403);
    await write(manager.agent, manager.csrf)
      .post(`${BASE}/erasures`)
      .send({ records: [{ kind: 'mentor', id: mentorId }] })
      .expect(403);
  });

  it('refuses a bad address or record naming the field', async () => {
    const bad = await admin.agent
      .get(`${BASE}/people`)
      .query({ email: 'not-an-email' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('email');
    const noRecords = await write(admin.agent, admin.csrf)
      .post(`${BASE}/access-reports`)
      .send({ records: [], locale: 'de' })
      .expect(400);
    expect(JSON.stringify(noRecords.body)).toContain('records');
    await write(admin.agent, admin.csrf)
      .post(`${BASE}/access-reports`)
      .send({
        records: [{ kind: 'mentor', id: '00000000-0000-4000-8000-000000000000' }],
        locale: 'de',
      })
      .expect(404);
  });

  it('finds the person by email, builds the report and serves it as HTML and JSON', async () => {
    const found = await admin.agent
      .get(`${BASE}/people`)
      .query({ email: email.toUpperCase() })
      .expect(200);
    expect((found.body as PersonRecord[]).map((p) => [p.kind, p.id])).toEqual([
      ['mentor', mentorId],
    ]);

    const created = await write(admin.agent, admin.csrf)
      .post(`${BASE}/access-reports`)
      .send({ records: [{ kind: 'mentor', id: mentorId }], locale: 'en' })
      .expect(202);
    const report = created.body as AccessReport;
    expect(report).toMatchObject({ status: 'queued', progress: 0, locale: 'en' });
    await admin.agent.get(`${BASE}/access-reports/${report.id}/download`).expect(404);

    // The worker's handler, run here: the API process has the same modules.
    await app.get(AccessReportHandler).run(report.id);
    const done = await admin.agent.get(`${BASE}/access-reports/${report.id}`).expect(200);
    expect(done.body).toMatchObject({ status: 'done', progress: 100 });
    expect((done.body as AccessReport).counts).toMatchObject({ mentors: 1, activities: 2 });

    const page = await admin.agent
      .get(`${BASE}/access-reports/${report.id}/download`)
      .query({ format: 'html' })
      .expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-disposition']).toMatch(/^attachment; filename="access-report-/);
    expect(page.text).toContain('Your personal data');
    expect(page.text).toContain('Petra asked about GDPR');
    const data = await admin.agent
      .get(`${BASE}/access-reports/${report.id}/download`)
      .query({ format: 'json' })
      .buffer(true)
      .parse((res, callback) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => callback(null, text));
      })
      .expect(200);
    const json = JSON.parse(data.body as string) as { sections: Record<string, unknown[]> };
    expect(json.sections.mentors).toEqual([
      expect.objectContaining({ full_name: 'Petra Privat', phone: '+49 341 1234567' }),
    ]);
  });

  it('erases the person with the report, logs the erasure without personal data, and refuses to erase oneself', async () => {
    await write(admin.agent, admin.csrf)
      .post(`${BASE}/erasures`)
      .send({ records: [{ kind: 'user', id: admin.user.id }] })
      .expect(409);

    const erased = await write(admin.agent, admin.csrf)
      .post(`${BASE}/erasures`)
      .send({ records: [{ kind: 'mentor', id: mentorId }] })
      .expect(201);
    const erasure = erased.body as ErasureRecord;
    expect(erasure).toMatchObject({
      kinds: ['mentor'],
      reason: 'request',
      erasedBy: admin.user.id,
    });
    expect(erasure.counts).toMatchObject({ mentors: 1, activities: 2, privacy_access_reports: 1 });

    await admin.agent.get(`/api/v1/mentors/${mentorId}`).expect(404);
    const found = await admin.agent.get(`${BASE}/people`).query({ email }).expect(200);
    expect(found.body).toEqual([]);
    const list = await admin.agent.get(`${BASE}/erasures`).expect(200);
    expect((list.body as ErasureRecord[])[0]).toEqual(erasure);
    expect(JSON.stringify(list.body)).not.toContain(mentorId);
    const { n } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS n FROM privacy_access_reports WHERE records::text LIKE $1`,
        [`%${mentorId}%`],
      )) as { n: number }[],
    );
    expect(n).toBe(0);
  });

  it('erases a record deleted from its own page through the same path, with its erasure record', async () => {
    const created = await write(admin.agent, admin.csrf)
      .post('/api/v1/investors')
      .send({ name: 'Ivo Invest', email: uniqueEmail('ivo'), type: 'angel' })
      .expect(201);
    const id = (created.body as { id: string }).id;
    await write(admin.agent, admin.csrf).delete(`/api/v1/investors/${id}`).expect(204);
    const list = await admin.agent.get(`${BASE}/erasures`).expect(200);
    expect((list.body as ErasureRecord[])[0]).toMatchObject({
      kinds: ['investor'],
      counts: { investors: 1, activities: 1 },
      erasedBy: admin.user.id,
    });
  });

  it('sets retention periods, refusing a bad one, and shows the dry run', async () => {
    const bad = await write(admin.agent, admin.csrf)
      .put(`${BASE}/retention`)
      .send({ settings: [{ kind: 'sent-emails', days: 0 }] })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('days');
    await write(manager.agent, manager.csrf)
      .put(`${BASE}/retention`)
      .send({ settings: [{ kind: 'sent-emails', days: 30 }] })
      .expect(403);
    const saved = await write(admin.agent, admin.csrf)
      .put(`${BASE}/retention`)
      .send({
        settings: [
          { kind: 'sent-emails', days: 30 },
          { kind: 'timeline-notes', days: null },
        ],
      })
      .expect(200);
    const overview = saved.body as RetentionOverview;
    expect(overview.settings).toEqual(
      expect.arrayContaining([
        { kind: 'sent-emails', days: 30 },
        { kind: 'timeline-notes', days: null },
      ]),
    );
    expect(overview.due['timeline-notes']).toBe(0);
    const read = await admin.agent.get(`${BASE}/retention`).expect(200);
    expect((read.body as RetentionOverview).settings).toEqual(overview.settings);
  });

  it('generates the records of processing from the registry, with the retention set, as JSON and CSV', async () => {
    const res = await admin.agent
      .get(`${BASE}/records-of-processing`)
      .query({ locale: 'de' })
      .expect(200);
    const records = res.body as ProcessingRecord[];
    const tables = new Set(records.flatMap((record) => record.tables));
    expect(
      [...new Set(PERSONAL_DATA_REGISTRY.map((s) => s.table))].filter((t) => !tables.has(t)),
    ).toEqual([]);
    const email = records.find((record) => record.category === 'email');
    expect(email).toMatchObject({
      label: 'Gesendete E-Mails (gespeicherte Kopien)',
      retention: 'gesendete E-Mails: 30 Tage; bis zur Löschung auf Anfrage',
    });
    expect(email?.personalColumns).toContain('mail_outbox.recipient');
    const csv = await admin.agent
      .get(`${BASE}/records-of-processing.csv`)
      .query({ locale: 'en' })
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(
      csv.text.startsWith('\uFEFFCategory,Purpose,Legal basis,Tables,Personal columns,Retention'),
    ).toBe(true);
    expect(csv.text).toContain('sent emails: 30 days; until erased on request');
    await manager.agent.get(`${BASE}/records-of-processing`).expect(403);
  });
});
