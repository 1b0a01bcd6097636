import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { column, rows as typedRows } from '../src/infra/database/typed-query';
import { CoreModule } from '../src/infra/core.module';
import {
  createTestDatabase,
  dropTestDatabase,
  type TestDatabase,
} from '../src/infra/testing/test-database';
import { PrivacyModule } from '../src/domains/privacy/privacy.module';
import { PrivacyRetention } from '../src/domains/privacy/privacy-retention';

const DAY = 24 * 3600 * 1000;

/**
 * Retention with the clock moved forward: rows of every kind, some past their period at the
 * moved moment and some not; the dry run predicts exactly what the run then removes.
 */
describe('retention (real PostgreSQL)', () => {
  const tag = randomBytes(4).toString('hex');
  let moduleRef: TestingModule;
  let db: DataSource;
  let retention: PrivacyRetention;
  // Filled in beforeAll, read by the tests after it.
  const ids = {} as Record<
    | 'accepted'
    | 'active'
    | 'activeOld'
    | 'admin'
    | 'alumni'
    | 'alumniNew'
    | 'alumniOld'
    | 'auditNew'
    | 'auditOld'
    | 'created'
    | 'declined'
    | 'mailNew'
    | 'mailOld'
    | 'mailPending'
    | 'noteNew'
    | 'noteOld',
    string
  >;
  const sharedUrl = process.env.DATABASE_URL;
  let own: TestDatabase;

  const id = async (sql: string, params: unknown[] = []): Promise<string> =>
    (await typedRows({ id: 'uuid' }).one(db, sql, params)).id;
  const exists = async (table: string, rowId: string): Promise<boolean> =>
    ((await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [rowId])) as unknown[]).length > 0;

  beforeAll(async () => {
    // A database of its own: the counts are exact only when no other suite writes beside it.
    own = await createTestDatabase('kohorte_test_retention');
    process.env.DATABASE_URL = own.url;
    moduleRef = await Test.createTestingModule({ imports: [CoreModule, PrivacyModule] }).compile();
    await moduleRef.init();
    db = moduleRef.get(DataSource);
    retention = moduleRef.get(PrivacyRetention);

    const admin = await id(
      `INSERT INTO users (email, name, password_hash, role) VALUES ($1, 'Ret Admin', 'x', 'admin') RETURNING id`,
      [`ret.${tag}@example.org`],
    );
    ids.admin = admin;
    const programme = await id(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
      `Ret ${tag}`,
    ]);
    const cohort = await id(
      `INSERT INTO cohorts (programme_id, name, status, starts_on, ends_on)
       VALUES ($1, $2, 'closed', '2025-01-01', '2025-06-30') RETURNING id`,
      [programme, `Ret cohort ${tag}`],
    );
    ids.alumni = await id(
      `INSERT INTO startups (name, status) VALUES ($1, 'active') RETURNING id`,
      [`Alumni ${tag}`],
    );
    ids.active = await id(
      `INSERT INTO startups (name, status) VALUES ($1, 'active') RETURNING id`,
      [`Active ${tag}`],
    );
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'alumni'), ($1, $3, 'active')`,
      [cohort, ids.alumni, ids.active],
    );
    // Figures: the alumni's old month goes after 365 days, its recent one and the active
    // startup's old one stay.
    ids.alumniOld = await id(
      `INSERT INTO startup_figures (startup_id, month, updated_at) VALUES ($1, '2025-01', now() - interval '200 days') RETURNING id`,
      [ids.alumni],
    );
    ids.alumniNew = await id(
      `INSERT INTO startup_figures (startup_id, month, updated_at) VALUES ($1, '2025-09', now()) RETURNING id`,
      [ids.alumni],
    );
    ids.activeOld = await id(
      `INSERT INTO startup_figures (startup_id, month, updated_at) VALUES ($1, '2025-01', now() - interval '200 days') RETURNING id`,
      [ids.active],
    );
    // Notes: one 100 days old, one fresh; a non-note entry as old is kept.
    ids.noteOld = await id(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_id, body, created_at)
       VALUES ('startup', $1, 'note', $2, 'old', now() - interval '100 days') RETURNING id`,
      [ids.active, admin],
    );
    ids.noteNew = await id(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_id, body) VALUES ('startup', $1, 'note', $2, 'new') RETURNING id`,
      [ids.active, admin],
    );
    ids.created = await id(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_id, created_at)
       VALUES ('startup', $1, 'created', $2, now() - interval '100 days') RETURNING id`,
      [ids.active, admin],
    );
    // Emails: sent long ago (goes), sent today (stays), pending long ago (stays: not sent).
    ids.mailOld = await id(
      `INSERT INTO mail_outbox (key, recipient, locale, template, data, status, sent_at, created_at)
       VALUES ($1, 'a@example.org', 'de', 'test-message', '{}', 'sent', now() - interval '40 days', now() - interval '40 days') RETURNING id`,
      [`ret-old-${tag}`],
    );
    ids.mailNew = await id(
      `INSERT INTO mail_outbox (key, recipient, locale, template, data, status, sent_at)
       VALUES ($1, 'b@example.org', 'de', 'test-message', '{}', 'sent', now()) RETURNING id`,
      [`ret-new-${tag}`],
    );
    ids.mailPending = await id(
      `INSERT INTO mail_outbox (key, recipient, locale, template, data, status, created_at)
       VALUES ($1, 'c@example.org', 'de', 'test-message', '{}', 'pending', now() - interval '40 days') RETURNING id`,
      [`ret-pending-${tag}`],
    );
    // Offers: declined long ago (goes), accepted long ago (stays).
    const mentor = await id(
      `INSERT INTO mentors (full_name, email, capacity, status) VALUES ('Ret Mentor', $1, 1, 'active') RETURNING id`,
      [`ret.mentor.${tag}@example.org`],
    );
    const run = await id(
      `INSERT INTO matching_runs (cohort_id, kind, status, parameters) VALUES ($1, 'mentors', 'done', '{}') RETURNING id`,
      [cohort],
    );
    ids.declined = await id(
      `INSERT INTO match_proposals (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status, decided_at)
       VALUES ($1, $2, $3, $4, 0.5, '[]', 1, 'declined', now() - interval '60 days') RETURNING id`,
      [run, cohort, ids.active, mentor],
    );
    ids.accepted = await id(
      `INSERT INTO match_proposals (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status, decided_at)
       VALUES ($1, $2, $3, $4, 0.5, '[]', 1, 'accepted', now() - interval '60 days') RETURNING id`,
      [run, cohort, ids.alumni, mentor],
    );

    // Audit log: a read 100 days ago and an export today; both past 150 days at +200.
    ids.auditOld = await id(
      `INSERT INTO privacy_audit (user_id, action, record_kind, record_id, at)
       VALUES ($1, 'read', 'startup', $2, now() - interval '100 days') RETURNING id`,
      [admin, ids.active],
    );
    ids.auditNew = await id(
      `INSERT INTO privacy_audit (user_id, action, export_file, filter_query)
       VALUES ($1, 'export', 'startups.csv', 'status=active') RETURNING id`,
      [admin],
    );

    await retention.update(
      [
        { kind: 'declined-offers', days: 90 },
        { kind: 'sent-emails', days: 60 },
        { kind: 'timeline-notes', days: 120 },
        { kind: 'alumni-figures', days: 365 },
        { kind: 'audit-log', days: 150 },
      ],
      admin,
    );
  });
  afterAll(async () => {
    await moduleRef.close();
    process.env.DATABASE_URL = sharedUrl;
    await dropTestDatabase(own.name);
  });

  it('removes nothing today: nothing of this suite is past its period yet', async () => {
    const due = await retention.dryRun(new Date());
    expect(due).toEqual({
      'declined-offers': 0,
      'sent-emails': 0,
      'timeline-notes': 0,
      'alumni-figures': 0,
      'audit-log': 0,
    });
  });

  it('with the clock 200 days ahead, the run removes exactly what the dry run predicted', async () => {
    const later = new Date(Date.now() + 200 * DAY);
    const due = await retention.dryRun(later);
    // Declined offer (60+200 > 90), notes older than 120 at that moment (both: 100+200, 0+200),
    // sent mails (40+200 and 0+200 > 60), alumni figures older than 365 (200+200 only), both
    // audit entries (100+200 and 0+200 > 150).
    expect(due).toEqual({
      'declined-offers': 1,
      'sent-emails': 2,
      'timeline-notes': 2,
      'alumni-figures': 1,
      'audit-log': 2,
    });

    const removed = await retention.run(later);
    expect(removed).toEqual({ ...due, 'access-reports': 0 });

    expect(await exists('match_proposals', ids.declined)).toBe(false);
    expect(await exists('match_proposals', ids.accepted)).toBe(true);
    expect(await exists('activities', ids.noteOld)).toBe(false);
    expect(await exists('activities', ids.noteNew)).toBe(false);
    expect(await exists('activities', ids.created)).toBe(true);
    expect(await exists('mail_outbox', ids.mailOld)).toBe(false);
    expect(await exists('mail_outbox', ids.mailNew)).toBe(false);
    expect(await exists('mail_outbox', ids.mailPending)).toBe(true);
    expect(await exists('startup_figures', ids.alumniOld)).toBe(false);
    expect(await exists('startup_figures', ids.alumniNew)).toBe(true);
    expect(await exists('startup_figures', ids.activeOld)).toBe(true);
    expect(await exists('privacy_audit', ids.auditOld)).toBe(false);
    expect(await exists('privacy_audit', ids.auditNew)).toBe(false);

    const [record] = await typedRows({
      reason: 'text',
      erased_by: 'text?',
      counts: column('jsonb').as<Record<string, number>>(),
    }).all(
      db,
      `SELECT reason, erased_by, counts FROM privacy_erasures WHERE reason = 'retention' ORDER BY erased_at DESC LIMIT 1`,
    );
    expect(record).toMatchObject({ reason: 'retention', erased_by: null, counts: removed });

    // A second run at the same moment finds nothing left.
    expect(await retention.dryRun(later)).toEqual({
      'declined-offers': 0,
      'sent-emails': 0,
      'timeline-notes': 0,
      'alumni-figures': 0,
      'audit-log': 0,
    });
  });

  it('keeps a kind whose period is cleared', async () => {
    await retention.update([{ kind: 'alumni-figures', days: null }], ids.admin);
    const due = await retention.dryRun(new Date(Date.now() + 5000 * DAY));
    expect(due['alumni-figures']).toBe(0);
    expect((await retention.settings()).find((s) => s.kind === 'alumni-figures')).toEqual({
      kind: 'alumni-figures',
      days: null,
    });
  });
});
