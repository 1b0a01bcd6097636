import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { Dashboard } from '@kohorte/contracts';
import { MentorEntity } from '@kohorte/server/mentors';
import {
  CohortEntity,
  CohortMembershipEntity,
  CohortMentorEntity,
  MentorshipEntity,
  ProgrammeEntity,
} from '@kohorte/server/programmes';
import { StartupEntity } from '@kohorte/server/startups';
import { TimelineEntryEntity } from '@kohorte/server/timeline';
import {
  createTestDatabase,
  dropTestDatabase,
  firstN,
  firstOf,
  itemAt,
  type TestDatabase,
} from '@kohorte/server/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { signedInAgent, type TestAgent } from './support/sign-in';

const URL = '/api/v1/dashboard';
const DAY_MS = 24 * 3600 * 1000;

function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

// The dashboard counts everything in the database, so this suite has a database of its own: the
// other suites of the run write into the shared one at the same time.
describe('dashboard API', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let viewer: TestAgent;
  let db: DataSource;
  let dashboard: Dashboard;
  const ids: Record<string, string> = {};
  let stages: string[];
  let sectors: string[];

  beforeAll(async () => {
    database = await createTestDatabase('kohorte_test_dashboard');
    process.env.DATABASE_URL = database.url;
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    expect(db.options).toMatchObject({ url: database.url });
    viewer = await signedInAgent(app, 'viewer');
    const terms = (await db.query(
      `SELECT kind, key FROM vocabulary_terms ORDER BY position, key`,
    )) as { kind: string; key: string }[];
    stages = terms.filter((t) => t.kind === 'stages').map((t) => t.key);
    sectors = terms.filter((t) => t.kind === 'sectors').map((t) => t.key);
    await buildWorld();
    const res = await viewer.agent.get(URL).expect(200);
    dashboard = res.body as Dashboard;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (database) await dropTestDatabase(database.name);
  });

  async function startup(key: string, fields: Partial<StartupEntity> = {}): Promise<string> {
    const saved = await db
      .getRepository(StartupEntity)
      .save({ name: `Startup ${key}`, status: 'active', ...fields });
    ids[key] = saved.id;
    return saved.id;
  }

  async function mentor(key: string, fields: Partial<MentorEntity>): Promise<string> {
    const saved = await db.getRepository(MentorEntity).save({
      fullName: `Mentor ${key}`,
      email: `${key.toLowerCase()}@mentors.test`,
      ...fields,
    });
    ids[key] = saved.id;
    return saved.id;
  }

  /**
   * A running cohort with three startups (A and C mentored, B not: its only mentorship ended),
   * a planned cohort with one unmentored startup (F: not a running cohort's problem), mentors
   * over, at and under capacity or unavailable, and a startup nobody touched for 100 days.
   */
  async function buildWorld(): Promise<void> {
    const [s0, s1, s2] = firstN(stages, 3);
    const [t0, t1] = firstN(sectors, 2);
    await startup('A', { stage: s0, sectors: [t0, t1] });
    await startup('B', { stage: s0, sectors: [t0] });
    await startup('C', { stage: s1, sectors: [] });
    await startup('F', { stage: null, sectors: [t1] });
    await startup('G', { stage: s2, sectors: [t1] });
    await startup('Stale', { stage: s2, sectors: [t0] });
    await startup('StaleArchived', { status: 'archived', archivedAt: new Date(), stage: s0 });
    await db.query(
      `UPDATE startups SET updated_at = now() - interval '100 days' WHERE id = ANY($1)`,
      [[ids.Stale, ids.StaleArchived]],
    );
    await db.query(`UPDATE startups SET updated_at = now() - interval '89 days' WHERE id = $1`, [
      ids.G,
    ]);

    const programme = await db.getRepository(ProgrammeEntity).save({ name: 'Accelerator' });
    const cohorts = db.getRepository(CohortEntity);
    const running = await cohorts.save({
      programmeId: programme.id,
      name: 'Batch 2026/2',
      startsOn: isoDate(-60),
      endsOn: isoDate(120),
      status: 'running',
      capacity: 12,
    });
    const planned = await cohorts.save({
      programmeId: programme.id,
      name: 'Batch 2027/1',
      startsOn: isoDate(60),
      endsOn: isoDate(240),
      status: 'planning',
    });
    ids.running = running.id;
    await db.getRepository(CohortMembershipEntity).insert([
      { cohortId: running.id, startupId: ids.A, status: 'active' },
      { cohortId: running.id, startupId: ids.B, status: 'accepted' },
      { cohortId: running.id, startupId: ids.C, status: 'active' },
      { cohortId: running.id, startupId: ids.Stale, status: 'dropped' },
      { cohortId: planned.id, startupId: ids.F, status: 'accepted' },
      { cohortId: planned.id, startupId: ids.G, status: 'applied' },
    ]);

    await buildCalls(running.id, planned.id, programme.id);

    await mentor('M1', { capacity: 1 });
    await mentor('M2', { capacity: 3, company: 'Elster GmbH' });
    await mentor('M3', { capacity: 2, availableUntil: isoDate(-1) });
    await mentor('M4', { capacity: 5, status: 'paused' });
    await mentor('M5', { capacity: 5, archivedAt: new Date() });
    await mentor('M6', { capacity: 4, availableFrom: isoDate(-10), availableUntil: isoDate(10) });
    await mentor('M7', { capacity: 0 });
    await mentor('M8', { capacity: 2, availableFrom: isoDate(5) });
    await db.getRepository(CohortMentorEntity).insert([
      { cohortId: running.id, mentorId: ids.M1 },
      { cohortId: running.id, mentorId: ids.M2 },
    ]);
    await db.getRepository(MentorshipEntity).insert([
      { cohortId: running.id, startupId: ids.A, mentorId: ids.M1 },
      { cohortId: planned.id, startupId: ids.G, mentorId: ids.M1 },
      { cohortId: running.id, startupId: ids.C, mentorId: ids.M2 },
      { cohortId: running.id, startupId: ids.B, mentorId: ids.M2, endedAt: new Date() },
    ]);

    // 16 timeline entries, one second apart: the dashboard shows the latest 15.
    const base = Date.now() - 3600_000;
    const activities = db.getRepository(TimelineEntryEntity);
    // save(), not insert(): insert()'s deep-partial type cannot take the `unknown` values of a change.
    await activities.save(
      Array.from({ length: 16 }, (_, i) =>
        activities.create({
          subjectType: i % 2 === 0 ? 'startup' : 'mentor',
          subjectId: i % 2 === 0 ? ids.A : ids.M2,
          kind: i === 15 ? 'updated' : 'note',
          actorId: viewer.user.id,
          body: i === 15 ? null : `note ${i}`,
          changes: i === 15 ? [{ field: 'company', before: null, after: 'Elster GmbH' }] : null,
          createdAt: new Date(base + i * 1000),
        }),
      ),
      { reload: false },
    );
    await db.getRepository(TimelineEntryEntity).insert({
      subjectType: 'cohort',
      subjectId: ids.running,
      kind: 'membership',
      actorId: null,
      actorLabel: 'import',
      createdAt: new Date(base + 20_000),
    });
  }

  async function insertId(sql: string, params: unknown[]): Promise<string> {
    const row = firstOf((await db.query(sql, params)) as { id: string }[]);
    return row.id;
  }

  async function call(cohortId: string, opensDays: number, closesDays: number): Promise<string> {
    return insertId(
      `INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days)
       VALUES ($1, now() + $2 * interval '1 day', now() + $3 * interval '1 day', '{"de":"Aufruf","en":"Call"}',
         '{"de":"","en":""}', '{"de":"","en":""}', '{"de":"Ja","en":"Yes"}', 180) RETURNING id`,
      [cohortId, opensDays, closesDays],
    );
  }

  /** An application; `decidedDays` after its submission when decided. */
  async function application(
    callId: string,
    key: string,
    fields: { status: string; eligibility?: string; decidedDays?: number },
  ): Promise<string> {
    const submitted = fields.status !== 'draft';
    return insertId(
      `INSERT INTO applications (call_id, email, locale, status, eligibility, submitted_at, decided_at)
       VALUES ($1, $2, 'en', $3, $4, CASE WHEN $5 THEN now() - interval '8 days' END,
         now() - interval '8 days' + $6 * interval '1 day') RETURNING id`,
      [
        callId,
        `${key}@applicants.test`,
        fields.status,
        fields.eligibility ?? 'pending',
        submitted,
        fields.decidedDays ?? null,
      ],
    );
  }

  /**
   * The running cohort's call is open: a draft, four submitted (three eligible: one fully
   * reviewed and accepted after 4 days, one with a review still owed, one whose owed review's
   * reviewer declared a conflict, rejected after 2 days). Another call closed 10 days ago shows
   * too; one not open yet and one closed 100 days ago do not.
   */
  async function buildCalls(runningId: string, plannedId: string, programmeId: string) {
    const cohorts = db.getRepository(CohortEntity);
    const earlier = await cohorts.save({
      programmeId,
      name: 'Batch 2026/1',
      startsOn: isoDate(-200),
      endsOn: isoDate(-20),
      status: 'closed',
    });
    const oldest = await cohorts.save({
      programmeId,
      name: 'Batch 2025/2',
      startsOn: isoDate(-400),
      endsOn: isoDate(-220),
      status: 'closed',
    });
    ids.earlier = earlier.id;
    ids.openCall = await call(runningId, -10, 5);
    ids.closedCall = await call(earlier.id, -40, -10);
    await call(plannedId, 3, 30);
    await call(oldest.id, -130, -100);

    const open = ids.openCall;
    await application(open, 'draft', { status: 'draft' });
    const accepted = await application(open, 'accepted', {
      status: 'accepted',
      eligibility: 'eligible',
      decidedDays: 4,
    });
    const owed = await application(open, 'owed', { status: 'submitted', eligibility: 'eligible' });
    const conflicted = await application(open, 'conflicted', {
      status: 'rejected',
      eligibility: 'eligible',
      decidedDays: 2,
    });
    await application(open, 'ineligible', { status: 'submitted', eligibility: 'ineligible' });
    await application(ids.closedCall, 'late', { status: 'submitted', eligibility: 'pending' });

    const reviewer = (name: string) =>
      insertId(
        `INSERT INTO call_reviewers (call_id, kind, name, email, locale, max_load)
         VALUES ($1, 'external', $2, $3, 'en', 5) RETURNING id`,
        [open, name, `${name.toLowerCase()}@jury.test`],
      );
    const [r1, r2] = [await reviewer('Rita'), await reviewer('Raul')];
    const review = (applicationId: string, reviewerId: string, submitted: boolean) =>
      db.query(
        `INSERT INTO reviews (call_id, application_id, reviewer_id, submitted_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END)`,
        [open, applicationId, reviewerId, submitted],
      );
    await review(accepted, r1, true);
    await review(accepted, r2, true);
    await review(owed, r1, true);
    await review(owed, r2, false);
    await review(conflicted, r1, true);
    await review(conflicted, r2, false);
    await db.query(`INSERT INTO review_conflicts (application_id, reviewer_id) VALUES ($1, $2)`, [
      conflicted,
      r2,
    ]);
  }

  it('shows open and recent calls with their funnel, time to decision and reviewer progress', () => {
    expect(dashboard.calls).toEqual([
      {
        id: ids.openCall,
        cohort: { id: ids.running, name: 'Batch 2026/2' },
        opensAt: expect.any(String),
        closesAt: expect.any(String),
        open: true,
        funnel: {
          started: 1,
          applied: 4,
          eligible: 3,
          reviewed: 2,
          accepted: 1,
          waitlisted: 0,
          rejected: 1,
          medianDaysToDecision: 3,
          maxDaysToDecision: 4,
        },
        reviews: { submitted: 4, assigned: 5 },
      },
      {
        id: ids.closedCall,
        cohort: { id: ids.earlier, name: 'Batch 2026/1' },
        opensAt: expect.any(String),
        closesAt: expect.any(String),
        open: false,
        funnel: {
          started: 0,
          applied: 1,
          eligible: 0,
          reviewed: 0,
          accepted: 0,
          waitlisted: 0,
          rejected: 0,
          medianDaysToDecision: null,
          maxDaysToDecision: null,
        },
        reviews: { submitted: 0, assigned: 0 },
      },
    ]);
  });

  it('shows the running cohorts with their startups per status and their pool', () => {
    expect(dashboard.runningCohorts).toEqual([
      {
        id: ids.running,
        name: 'Batch 2026/2',
        programme: { id: expect.any(String), name: 'Accelerator' },
        startsOn: isoDate(-60),
        endsOn: isoDate(120),
        capacity: 12,
        counts: { applied: 0, accepted: 1, active: 2, alumni: 0, dropped: 1 },
        mentorCount: 2,
      },
    ]);
  });

  it('lists available mentors with free places, most free first', () => {
    expect(dashboard.mentorsWithCapacity).toEqual({
      total: 2,
      items: [
        {
          id: ids.M6,
          fullName: 'Mentor M6',
          company: null,
          capacity: 4,
          load: 0,
          offered: 0,
          free: 4,
        },
        {
          id: ids.M2,
          fullName: 'Mentor M2',
          company: 'Elster GmbH',
          capacity: 3,
          load: 1,
          offered: 0,
          free: 2,
        },
      ],
    });
  });

  it('shows what needs attention', () => {
    expect(dashboard.attention).toEqual({
      startupsWithoutMentor: {
        total: 1,
        items: [
          {
            startup: { id: ids.B, name: 'Startup B' },
            cohort: { id: ids.running, name: 'Batch 2026/2' },
          },
        ],
      },
      mentorsOverCapacity: {
        total: 1,
        items: [{ id: ids.M1, fullName: 'Mentor M1', capacity: 1, load: 2 }],
      },
      staleStartups: {
        total: 1,
        items: [{ id: ids.Stale, name: 'Startup Stale', updatedAt: expect.any(String) }],
      },
    });
    const updatedAt = Date.parse(firstOf(dashboard.attention.staleStartups.items).updatedAt);
    expect(Date.now() - updatedAt).toBeGreaterThan(99 * DAY_MS);
  });

  it('shows the latest 15 changes, newest first, with record, actor and changed fields', () => {
    const recent = dashboard.recentChanges;
    expect(recent).toHaveLength(15);
    expect(recent[0]).toEqual({
      id: expect.any(String),
      subjectType: 'cohort',
      subjectId: ids.running,
      subjectName: 'Batch 2026/2',
      kind: 'membership',
      actor: null,
      actorLabel: 'import',
      fields: [],
      createdAt: expect.any(String),
    });
    expect(recent[1]).toMatchObject({
      subjectType: 'mentor',
      subjectId: ids.M2,
      subjectName: 'Mentor M2',
      kind: 'updated',
      actor: { id: viewer.user.id, name: viewer.user.name },
      fields: ['company'],
    });
    expect(recent[2]).toMatchObject({ subjectName: 'Startup A', kind: 'note', fields: [] });
    const times = recent.map((change) => Date.parse(change.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // The oldest two of the 17 entries are left out.
    expect(times[14]).toBe(Date.parse(itemAt(recent, 1).createdAt) - 13_000);
  });

  it('counts active startups by stage and by sector, every term in vocabulary order', () => {
    const [s0, s1, s2] = firstN(stages, 3);
    const byStage = Object.fromEntries(
      dashboard.startupsByStage.terms.map((term) => [term.key, term.count]),
    );
    expect(dashboard.startupsByStage.terms.map((term) => term.key)).toEqual(stages);
    expect(byStage).toEqual({
      ...Object.fromEntries(stages.map((key) => [key, 0])),
      [s0]: 2,
      [s1]: 1,
      [s2]: 2,
    });
    expect(dashboard.startupsByStage.unset).toBe(1);
    expect(dashboard.startupsByStage.terms[0]).toEqual({
      key: s0,
      labelDe: expect.any(String),
      labelEn: expect.any(String),
      count: 2,
    });

    const [t0, t1] = firstN(sectors, 2);
    expect(dashboard.startupsBySector.terms.map((term) => term.key)).toEqual(sectors);
    const bySector = Object.fromEntries(
      dashboard.startupsBySector.terms.map((term) => [term.key, term.count]),
    );
    expect(bySector).toEqual({
      ...Object.fromEntries(sectors.map((key) => [key, 0])),
      [t0]: 3,
      [t1]: 3,
    });
    expect(dashboard.startupsBySector.unset).toBe(1);
  });

  it('shows a change made a moment ago within a few seconds', async () => {
    const madeAt = new Date();
    await db.getRepository(TimelineEntryEntity).insert({
      subjectType: 'startup',
      subjectId: ids.A,
      kind: 'note',
      actorId: viewer.user.id,
      body: 'just now',
      createdAt: madeAt,
    });
    const latest = async () =>
      firstOf(((await viewer.agent.get(URL).expect(200)).body as Dashboard).recentChanges);
    const deadline = Date.now() + 20_000;
    let first = await latest();
    // Readers share one computation for a moment: wait for the next one, not for Jest's timeout.
    while (first.createdAt !== madeAt.toISOString()) {
      if (Date.now() > deadline) throw new Error('the new note did not show within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
      first = await latest();
    }
    expect(first).toMatchObject({ subjectId: ids.A, kind: 'note' });
  }, 30_000);

  it('answers 401 to an anonymous reader', async () => {
    await request(app.getHttpServer()).get(URL).expect(401);
  });
});
