import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import { type PrivacyRecordRef, QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { column, rows as typedRows, theOne } from '../src/infra/database/typed-query';
import { hashToken } from '../src/infra/auth/session-tokens';
import { CoreModule } from '../src/infra/core.module';
import { AccessReportHandler } from '../src/domains/privacy/access-report-handler';
import { AccessReports } from '../src/domains/privacy/access-reports.service';
import { PERSONAL_DATA_REGISTRY } from '../src/domains/privacy/personal-data-registry';
import { PrivacyErasures } from '../src/domains/privacy/privacy-erasures';
import { PrivacyModule } from '../src/domains/privacy/privacy.module';
import { REDIS } from '../src/infra/redis/redis.module';

/**
 * The done-when test of privacy: one person in every role at once (mentor, founder of a startup
 * with figures, investor, staff member), with offers, emails, notes, links, an import, queued
 * jobs and rate-limit counters. Access must find every table the registry names; erasure must
 * leave nothing that identifies them in any table or in Redis, and keep everyone else's data.
 */
describe('access and erasure of one person in every role (real PostgreSQL and Redis)', () => {
  const tag = randomBytes(4).toString('hex');
  const email = `grace.quellenhof.${tag}@example.org`;
  const name = `Grace Quellenhof ${tag}`;
  const phone = `+49 341 ${parseInt(tag, 16) % 10_000_000}`;
  const startupName = `Quellenhof Robotics ${tag}`;
  let moduleRef: TestingModule;
  let db: DataSource;
  let redis: Redis;
  // Filled in beforeAll, read by the tests after it.
  const ids = {} as Record<
    | 'admin'
    | 'application'
    | 'contact'
    | 'investor'
    | 'mentor'
    | 'other'
    | 'reviewer'
    | 'startup'
    | 'user',
    string
  >;
  let records: PrivacyRecordRef[];

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
    theOne((await db.query(sql, params)) as T[], `a row of ${sql}`);
  const id = async (sql: string, params: unknown[] = []): Promise<string> =>
    (await one<{ id: string }>(sql, params)).id;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({ imports: [CoreModule, PrivacyModule] }).compile();
    await moduleRef.init();
    db = moduleRef.get(DataSource);
    redis = moduleRef.get(REDIS);

    // Staff: the admin who erases, a colleague, and the person's own staff account.
    ids.admin = await id(
      `INSERT INTO users (email, name, password_hash, role) VALUES ($1, 'Ada Admin', 'x', 'admin') RETURNING id`,
      [`ada.${tag}@example.org`],
    );
    ids.user = await id(
      `INSERT INTO users (email, name, password_hash, role, locale) VALUES ($1, $2, 'x', 'manager', 'de') RETURNING id`,
      [email, name],
    );
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2, 'csrf', now() + interval '1 day', '203.0.113.7', $3)`,
      [hashToken(`session-${tag}`), ids.user, `Browser of ${name}`],
    );
    await db.query(
      `INSERT INTO saved_filters (user_id, list, name, query) VALUES ($1, 'startups', $2, '{}')`,
      [ids.user, `Filter of ${name}`],
    );

    // The person as a mentor, an investor and a founder with figures.
    ids.mentor = await id(
      `INSERT INTO mentors (full_name, email, phone, bio, city, capacity, status)
       VALUES ($1, $2, $3, $4, 'Leipzig', 2, 'active') RETURNING id`,
      [name, email, phone, `${name} builds robots.`],
    );
    ids.investor = await id(
      `INSERT INTO investors (name, contact_name, email, type, intros_per_round, status)
       VALUES ($1, $2, $3, 'angel', 2, 'active') RETURNING id`,
      [`${name} Angel`, name, email],
    );
    ids.startup = await id(
      `INSERT INTO startups (name, one_liner, status, created_by, updated_by)
       VALUES ($1, 'Robots', 'active', $2, $2) RETURNING id`,
      [startupName, ids.user],
    );
    ids.contact = await id(
      `INSERT INTO startup_contacts (startup_id, full_name, email, phone, is_founder)
       VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [ids.startup, name, email, phone],
    );
    await db.query(
      `INSERT INTO privacy_consents (startup_id, contact_id, purpose, given, text_version)
       VALUES ($1, $2, 'investor-introductions', true, '2026-12-01')`,
      [ids.startup, ids.contact],
    );
    await db.query(
      `INSERT INTO startup_figures (startup_id, month, revenue_eur, highlights)
       VALUES ($1, '2026-11', 1200, $2)`,
      [ids.startup, `First customer for ${name}`],
    );
    // Someone else's startup, which must keep its data.
    ids.other = await id(`INSERT INTO startups (name, status) VALUES ($1, 'active') RETURNING id`, [
      `Other Startup ${tag}`,
    ]);

    // Programme, cohort, pool, membership, mentorship, a run with offers and rules.
    const programme = await id(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
      `Programme ${tag}`,
    ]);
    const cohort = await id(
      `INSERT INTO cohorts (programme_id, name, status, starts_on, ends_on) VALUES ($1, $2, 'running', '2026-09-01', '2027-02-28') RETURNING id`,
      [programme, `Cohort ${tag}`],
    );
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'active'), ($1, $3, 'active')`,
      [cohort, ids.startup, ids.other],
    );
    await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
      cohort,
      ids.mentor,
    ]);
    await db.query(
      `INSERT INTO mentorships (cohort_id, startup_id, mentor_id, source) VALUES ($1, $2, $3, 'manual')`,
      [cohort, ids.other, ids.mentor],
    );
    const run = await id(
      `INSERT INTO matching_runs (cohort_id, kind, status, parameters, created_by)
       VALUES ($1, 'mentors', 'done', '{}', $2) RETURNING id`,
      [cohort, ids.user],
    );
    await db.query(
      `INSERT INTO match_proposals (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status, decided_by)
       VALUES ($1, $2, $3, $4, 0.8, '[]', 1, 'offered', $5)`,
      [run, cohort, ids.other, ids.mentor, ids.admin],
    );
    await db.query(
      `INSERT INTO match_proposals (run_id, cohort_id, startup_id, investor_id, score, parts, rank, status, decided_by)
       VALUES ($1, $2, $3, $4, 0.7, '[]', 1, 'declined', $5)`,
      [run, cohort, ids.other, ids.investor, ids.user],
    );
    await db.query(
      `INSERT INTO match_rules (cohort_id, startup_id, mentor_id, rule, created_by)
       VALUES ($1, $2, $3, 'pin', $4)`,
      [cohort, ids.other, ids.mentor, ids.user],
    );

    // Timelines: notes about the person, entries naming them, an entry they wrote.
    await db.query(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_id, body) VALUES
         ('mentor', $1, 'note', $4, $5),
         ('investor', $2, 'note', $4, $5),
         ('startup', $3, 'note', $4, $5)`,
      [ids.mentor, ids.investor, ids.startup, ids.admin, `Met ${name} at the fair`],
    );
    await db.query(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_id, data, changes) VALUES
         ('startup', $1, 'mentorship', $2, jsonb_build_object('mentorId', $3::text, 'mentorName', $4::text), NULL),
         ('startup', $1, 'match', NULL, jsonb_build_object('partnerId', $5::text, 'partnerName', $6::text), NULL),
         ('startup', $1, 'note', $7, NULL, NULL)`,
      [ids.other, ids.admin, ids.mentor, name, ids.investor, `${name} Angel`, ids.user],
    );
    await db.query(
      `INSERT INTO activities (subject_type, subject_id, kind, actor_id, data, changes)
       VALUES ('startup', $1, 'contact', $2, jsonb_build_object('contactId', $3::text, 'action', 'updated', 'fullName', $4::text),
               jsonb_build_array(jsonb_build_object('field', 'email', 'before', 'old@example.org', 'after', $5::text)))`,
      [ids.startup, ids.admin, ids.contact, name, email],
    );
    await db.query(
      `UPDATE activities SET body = 'Note of the colleague' WHERE subject_id = $1 AND actor_id = $2`,
      [ids.other, ids.user],
    );

    // Emails: to the mentor, to the founder (a profile link), and to someone else naming them.
    await db.query(
      `INSERT INTO mail_outbox (key, recipient, recipient_name, locale, template, data, subject_type, subject_id, status, subject, text, html)
       VALUES ($1, $2, $3, 'de', 'mentor-offer', '{}', 'mentor', $4::uuid, 'sent', 'Offer', $5, $5),
              ($6, $2, $3, 'de', 'startup-profile-link',
               jsonb_build_object('link', jsonb_build_object('subjectType', 'startup', 'subjectId', $7::text, 'extra', jsonb_build_object('contactId', $8::text))),
               'startup', $7::uuid, 'pending', NULL, NULL, NULL),
              ($9, 'someone.else@example.org', 'Someone Else', 'en', 'mentor-introduction',
               jsonb_build_object('people', jsonb_build_array(jsonb_build_object('name', $3::text, 'email', $2::text))),
               'startup', $10::uuid, 'sent', 'Meet your mentor', $11, $11)`,
      [
        `offer-${tag}`,
        email,
        name,
        ids.mentor,
        `Dear ${name}`,
        `profile-${tag}`,
        ids.startup,
        ids.contact,
        `intro-${tag}`,
        ids.other,
        `Meet ${name} <${email}>`,
      ],
    );
    // Links: the mentor's offer, the founder's profile link, the investor's offer (issued by the
    // person as staff).
    await db.query(
      `INSERT INTO link_tokens (token_hash, purpose, subject_type, subject_id, extra, single_use, expires_at, created_by) VALUES
         ($1, 'mentor-offer', 'mentor', $4, '{}', true, now() + interval '1 day', $7),
         ($2, 'startup-profile', 'startup', $5, jsonb_build_object('contactId', $6::text), false, now() + interval '1 day', $7),
         ($3, 'investor-offer', 'investor', $8, '{}', true, now() + interval '1 day', $7)`,
      [
        hashToken(`a${tag}`),
        hashToken(`b${tag}`),
        hashToken(`c${tag}`),
        ids.mentor,
        ids.startup,
        ids.contact,
        ids.user,
        ids.investor,
      ],
    );
    await db.query(
      `INSERT INTO job_outbox (name, payload, job_id, run_at) VALUES ($1, $2, $3, now())`,
      [
        'startup.score-profile',
        JSON.stringify({ startupId: ids.startup, revision: 1 }),
        `startup.score-profile.${ids.startup}.1`,
      ],
    );
    await db.query(
      `INSERT INTO import_jobs (kind, status, file_name, content, delimiter, headers, mapping, total_rows, created_by)
       VALUES ('mentors', 'validated', 'mentors.csv', $1, ',', '{Name,E-Mail}', '{}', 1, $2)`,
      [`Name,E-Mail\n${name},${email}\n`, ids.user],
    );
    await db.query(
      `INSERT INTO import_value_mappings (domain, value, key, updated_by) VALUES ('sectors', $1, 'robotics', $2)`,
      [`Robotik ${tag}`, ids.user],
    );
    await db.query(
      `INSERT INTO privacy_retention (kind, days, updated_by) VALUES ('timeline-notes', NULL, $1)`,
      [ids.user],
    );
    await db.query(
      `INSERT INTO privacy_erasures (kinds, reason, counts, erased_by) VALUES ('{mentor}', 'request', '{}', $1)`,
      [ids.user],
    );
    // The audit log: an admin read their mentor record and exported a list filtered by their
    // address; they (as staff) read another startup.
    await db.query(
      `INSERT INTO privacy_audit (user_id, action, record_kind, record_id) VALUES ($1, 'read', 'mentor', $2)`,
      [ids.admin, ids.mentor],
    );
    await db.query(
      `INSERT INTO privacy_audit (user_id, action, export_file, filter_query) VALUES ($1, 'export', 'mentors.csv', $2)`,
      [ids.admin, `q=${email}`],
    );
    await db.query(
      `INSERT INTO privacy_audit (user_id, action, record_kind, record_id) VALUES ($1, 'read', 'startup', $2)`,
      [ids.user, ids.other],
    );

    // The person applied to a call that they (as staff) opened, and decided on it themselves.
    const call = await id(
      `INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days, created_by)
       VALUES ($1, now() - interval '1 day', now() + interval '9 days', '{"de":"Aufruf","en":"Call"}',
         '{"de":"","en":""}', '{"de":"","en":""}', '{"de":"Ja","en":"Yes"}', 180, $2) RETURNING id`,
      [cohort, ids.user],
    );
    ids.application = await id(
      `INSERT INTO applications (call_id, email, locale, status, founder_name, profile, answers,
         eligibility, eligibility_by, eligibility_reason, decided_by, decided_at, startup_id)
       VALUES ($1, $2, 'de', 'rejected', $3, $4, '{}', 'eligible', $5, 'fits', $5, now(), $6)
       RETURNING id`,
      [call, email, `Ada ${tag}`, JSON.stringify({ name: startupName }), ids.user, ids.startup],
    );
    await db.query(
      `INSERT INTO application_files (application_id, question_key, file_name, size_bytes, pages, content)
       VALUES ($1, 'deck', $2, 4, 1, '\\x25504446')`,
      [ids.application, `deck-${tag}.pdf`],
    );

    // They also reviewed that application as staff, with a declared conflict and a pin.
    ids.reviewer = await id(
      `INSERT INTO call_reviewers (call_id, kind, user_id, name, email, locale, max_load)
       VALUES ($1, 'staff', $2, $3, $4, 'de', 5) RETURNING id`,
      [call, ids.user, `Ada ${tag}`, email],
    );
    await db.query(
      `INSERT INTO reviews (call_id, application_id, reviewer_id, scores, comment)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        call,
        ids.application,
        ids.reviewer,
        JSON.stringify({ team: { score: 4, comment: `Ada ${tag} likes it` } }),
        `Ada ${tag} says yes`,
      ],
    );
    await db.query(
      `INSERT INTO review_conflicts (application_id, reviewer_id, note) VALUES ($1, $2, $3)`,
      [ids.application, ids.reviewer, `Ada ${tag} knows them`],
    );
    await db.query(
      `INSERT INTO review_pins (application_id, reviewer_id, kind) VALUES ($1, $2, 'must')`,
      [ids.application, ids.reviewer],
    );

    // Redis: a queued job about the startup, a finished one naming the mentor, a rate-limit counter.
    const startupsQueue = moduleRef.get<Queue>(getQueueToken(QUEUES.startups));
    await startupsQueue.add(
      'startup.score-profile',
      { startupId: ids.startup, revision: 1 },
      { jobId: `score-${tag}`, delay: 3_600_000 },
    );
    const offersQueue = moduleRef.get<Queue>(getQueueToken(QUEUES.offers));
    await offersQueue.add('offer.remind', { proposalId: ids.mentor }, { jobId: `remind-${tag}` });
    await redis.set(
      `${process.env.REDIS_PREFIX}:links:requests-email:${hashToken(email)}`,
      '1',
      'EX',
      600,
    );

    records = [
      { kind: 'mentor', id: ids.mentor },
      { kind: 'investor', id: ids.investor },
      { kind: 'contact', id: ids.contact },
      { kind: 'user', id: ids.user },
      { kind: 'applicant', id: ids.application },
      { kind: 'reviewer', id: ids.reviewer },
      { kind: 'startup', id: ids.startup },
    ];
  }, 60_000);

  afterAll(async () => {
    for (const name of Object.values(QUEUES)) {
      await moduleRef.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    }
    await moduleRef.close();
  });

  it('finds the person by email in every role', async () => {
    const people = await moduleRef.get(AccessReports).findPeople(email.toUpperCase());
    expect(people.map((p) => [p.kind, p.id]).sort()).toEqual(
      [
        ['applicant', ids.application],
        ['contact', ids.contact],
        ['investor', ids.investor],
        ['mentor', ids.mentor],
        ['reviewer', ids.reviewer],
        ['user', ids.user],
      ].sort(),
    );
    expect(people.find((p) => p.kind === 'contact')?.startup).toEqual({
      id: ids.startup,
      name: startupName,
      contacts: 1,
    });
  });

  it('puts every table of the registry in the access report, without secrets', async () => {
    const reports = moduleRef.get(AccessReports);
    const handler = moduleRef.get(AccessReportHandler);
    // An earlier report about the person is part of what is kept about them.
    const earlier = await reports.create({ records, locale: 'en' }, ids.admin);
    await handler.run(earlier.id);
    const report = await reports.create({ records, locale: 'de' }, ids.admin);
    await expect(handler.run(report.id)).resolves.toBe('done');
    await expect(handler.run(report.id)).resolves.toBe('already-done');

    const done = await reports.get(report.id);
    expect(done).toMatchObject({ status: 'done', progress: 100 });
    const tablesInReport = new Set(Object.keys(done.counts ?? {}).map((key) => key.split('.')[0]));
    const registryTables = new Set(PERSONAL_DATA_REGISTRY.map((section) => section.table));
    expect([...registryTables].filter((table) => !tablesInReport.has(table))).toEqual([]);

    const json = JSON.parse((await reports.file(report.id, 'json')).body) as {
      sections: Record<string, Record<string, unknown>[]>;
    };
    expect(json.sections.link_tokens).toHaveLength(3);
    expect(json.sections.link_tokens?.every((row) => !('token_hash' in row))).toBe(true);
    expect(json.sections.users?.[0]).not.toHaveProperty('password_hash');
    expect(json.sections.mail_outbox).toHaveLength(3);
    expect(json.sections.startup_figures?.[0]).toMatchObject({
      highlights: `First customer for ${name}`,
    });

    const page = (await reports.file(report.id, 'html')).body;
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Ihre personenbezogenen Daten');
    expect(page).toContain(`Grace Quellenhof ${tag}`);
    // Everything from the database is escaped.
    expect(page).toContain(`Meet ${name} &lt;${email}&gt;`);
  });

  it('erases everything that identifies them, in every table and in Redis, and keeps the rest', async () => {
    const erasure = await moduleRef
      .get(PrivacyErasures)
      .erase({ records, erasedBy: ids.admin, reason: 'request' });
    expect(erasure.kinds.sort()).toEqual([
      'applicant',
      'contact',
      'investor',
      'mentor',
      'reviewer',
      'startup',
      'user',
    ]);
    expect(erasure.counts).toMatchObject({ mentors: 1, investors: 1, startups: 1, users: 1 });
    expect(erasure.queuedJobs).toBe(2);

    const identifying = [email, name, phone, startupName];
    const erasedIds = records.map((record) => record.id);
    const tables = await typedRows({ table_name: 'text' }).all(
      db,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const leftovers: string[] = [];
    for (const { table_name: table } of tables) {
      const rows = await typedRows({ row: 'text' }).all(
        db,
        `SELECT t::text AS row FROM ${table} t`,
      );
      for (const { row } of rows) {
        const lower = row.toLowerCase();
        if ([...identifying, ...erasedIds].some((needle) => lower.includes(needle.toLowerCase()))) {
          leftovers.push(`${table}: ${row}`);
        }
      }
    }
    expect(leftovers).toEqual([]);

    // Redis: every key of this run's prefix, every value.
    const redisLeftovers: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${process.env.REDIS_PREFIX}*`,
        'COUNT',
        1000,
      );
      for (const key of keys) {
        const type = await redis.type(key);
        const values =
          type === 'hash'
            ? Object.entries(await redis.hgetall(key)).flat()
            : type === 'string'
              ? [(await redis.get(key)) ?? '']
              : type === 'list'
                ? await redis.lrange(key, 0, -1)
                : type === 'zset'
                  ? await redis.zrange(key, 0, -1)
                  : type === 'set'
                    ? await redis.smembers(key)
                    : [];
        const text = [key, ...values].join('\n').toLowerCase();
        if ([email, hashToken(email), ...erasedIds].some((n) => text.includes(n.toLowerCase()))) {
          redisLeftovers.push(key);
        }
      }
      cursor = next;
    } while (cursor !== '0');
    expect(redisLeftovers).toEqual([]);

    // Everyone else keeps their data: the other startup, its timeline (anonymised), the admin.
    expect(await one(`SELECT name FROM startups WHERE id = $1`, [ids.other])).toEqual({
      name: `Other Startup ${tag}`,
    });
    const entries = await typedRows({
      kind: 'text',
      actor_id: 'uuid?',
      body: 'text?',
      data: column('jsonb?').as<object>(),
    }).all(
      db,
      `SELECT kind, actor_id, body, data FROM activities WHERE subject_id = $1 ORDER BY kind`,
      [ids.other],
    );
    expect(entries).toEqual([
      { kind: 'match', actor_id: null, body: null, data: { partnerErased: true } },
      { kind: 'mentorship', actor_id: ids.admin, body: null, data: { mentorErased: true } },
      { kind: 'note', actor_id: null, body: 'Note of the colleague', data: null },
    ]);
    expect(await one(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [ids.admin])).toEqual({
      n: 1,
    });
    // The erasure record says what, when and by whom, and nothing about whom.
    const [kept] = (await db.query(`SELECT * FROM privacy_erasures WHERE id = $1`, [
      erasure.id,
    ])) as Record<string, unknown>[];
    expect(kept).toMatchObject({ erased_by: ids.admin, reason: 'request', queued_jobs: 2 });
  });
});
