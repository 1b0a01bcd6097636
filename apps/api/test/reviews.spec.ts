import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type TimelinePage,
  type ApiErrorBody,
  type AssignmentPreview,
  type Call,
  type CallFunnel,
  type Cohort,
  CSRF_HEADER,
  type Programme,
  type Ranking,
  type Reviewer,
  type ReviewerInput,
  type ReviewerView,
  type RubricInput,
  type SendInvitationsResult,
} from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import { ReviewReminderSweeper } from '@kohorte/server/reviews';
import type { ParsedMail } from 'mailparser';
import request, { type Response, type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { anonymousBrowser, signedInAgent, type TestAgent, write } from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { defined, firstOf } from '@kohorte/server/testing';

const PUBLIC = '/api/v1/public';
const HOUR = 3600_000;

function newIp(): string {
  const [a, b] = randomBytes(2);
  return `203.1.${a}.${b}`;
}

function errorsOf(res: Response): { field: string; code?: string }[] {
  return ((res.body as ApiErrorBody).errors ?? []).map(({ field, code }) => ({ field, code }));
}

const level = (n: number) => ({ de: `Stufe ${n}`, en: `Level ${n}` });
const LEVELS = [1, 2, 3, 4, 5].map(level);

function rubric(overrides: Partial<RubricInput> = {}): RubricInput {
  return {
    criteria: [
      { key: 'team', label: { de: 'Team', en: 'Team' }, weight: 60, levels: LEVELS },
      { key: 'market', label: { de: 'Markt', en: 'Market' }, weight: 40, levels: LEVELS },
    ],
    reviewersPerApplication: 2,
    reviewDeadline: new Date(Date.now() + 10 * 24 * HOUR).toISOString(),
    ...overrides,
  };
}

function reviewer(name: string, email: string, overrides: Partial<ReviewerInput> = {}) {
  return {
    kind: 'external',
    name,
    email,
    locale: 'en',
    sectors: [],
    topics: [],
    stages: [],
    maxLoad: 3,
    ...overrides,
  } satisfies ReviewerInput;
}

describe('reviews of a call', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let viewer: TestAgent;
  let anonymous: ReturnType<typeof request.agent>;
  let anonymousCsrf: string;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await smtp.start();
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    viewer = await signedInAgent(app, 'viewer');
    ({ agent: anonymous, csrf: anonymousCsrf } = await anonymousBrowser(app));
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  async function openCall(): Promise<Call> {
    const programme = (
      await staff()
        .post('/api/v1/programmes')
        .send({ name: `Reviews ${randomBytes(3).toString('hex')}` })
        .expect(201)
    ).body as Programme;
    const cohort = (
      await staff()
        .post('/api/v1/cohorts')
        .send({
          programmeId: programme.id,
          name: 'Spring',
          startsOn: '2027-03-01',
          endsOn: '2027-08-31',
        })
        .expect(201)
    ).body as Cohort;
    const res = await staff()
      .put(`/api/v1/cohorts/${cohort.id}/call`)
      .send({
        opensAt: new Date(Date.now() - 48 * HOUR).toISOString(),
        closesAt: new Date(Date.now() - HOUR).toISOString(),
        title: { de: 'Auswahl Frühjahr', en: 'Spring selection' },
        intro: { de: 'Intro', en: 'Intro' },
        confirmation: { de: 'Danke', en: 'Thanks' },
        consent: { de: 'Einwilligung', en: 'Consent' },
        profileFields: ['website', 'sectors'],
        questions: [
          {
            key: 'why',
            kind: 'longText',
            label: { de: 'Warum?', en: 'Why?' },
            required: true,
            maxLength: 500,
          },
        ],
        retentionDays: 90,
      });
    expect(res.status).toBe(200);
    return res.body as Call;
  }

  /** A submitted application marked eligible (the applicant's path has its own tests). */
  async function eligibleApplication(call: Call, name: string, email: string): Promise<string> {
    const row = firstOf(
      (await db.query(
        `INSERT INTO applications (call_id, email, locale, status, submitted_at, eligibility, profile, answers)
VALUES ($1, $2, 'de', 'submitted', now(), 'eligible', $3, $4) RETURNING id`,
        [call.id, email, JSON.stringify({ name }), JSON.stringify({ why: `${name} grows.` })],
      )) as { id: string }[],
    );
    return row.id;
  }

  function viaLink(method: 'get' | 'put', url: string, token: string): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', newIp());
    return method === 'get' ? req : req.set(CSRF_HEADER, anonymousCsrf);
  }

  async function mailTo(template: string, recipient: string): Promise<ParsedMail> {
    const [row] = (await db.query(
      `SELECT id FROM mail_outbox WHERE template = $1 AND recipient = $2 ORDER BY created_at DESC LIMIT 1`,
      [template, recipient],
    )) as { id: string }[];
    if (!row) throw new Error(`no ${template} mail to ${recipient}`);
    const outcome = await app.get(MailSendHandler).send(row.id);
    expect(['sent', 'already-sent']).toContain(outcome);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mail = smtp.received.find((m) => m.messageId?.startsWith(`<${row.id}@`));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error('the mail did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  function reviewToken(mail: ParsedMail): string {
    const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
    const match = new RegExp(`${publicUrl}/respond/review/([A-Za-z0-9_-]{43})`).exec(
      mail.text ?? '',
    );
    return defined(match?.[1], 'the review link in the mail');
  }

  it('validates reviewers and the rubric by their rules, naming each field', async () => {
    const call = await openCall();
    // The request's shape first (each field by its rule) …
    const bad = await staff()
      .put(`/api/v1/calls/${call.id}/rubric`)
      .send(
        rubric({
          criteria: [{ key: 'team', label: { de: '', en: 'Team' }, weight: 0, levels: LEVELS }],
          reviewersPerApplication: 0,
        }),
      );
    expect(bad.status).toBe(400);
    expect(errorsOf(bad)).toEqual([
      { field: 'criteria.0.label.de', code: 'required' },
      { field: 'criteria.0.weight', code: 'tooSmall' },
      { field: 'reviewersPerApplication', code: 'tooSmall' },
    ]);
    // … then the rules across fields: five levels, unique keys, a real moment.
    const rules = await staff()
      .put(`/api/v1/calls/${call.id}/rubric`)
      .send(
        rubric({
          criteria: [
            { key: 'team', label: { de: 'T', en: 'T' }, weight: 10, levels: LEVELS.slice(0, 4) },
            { key: 'team', label: { de: 'T', en: 'T' }, weight: 10, levels: LEVELS },
          ],
          reviewDeadline: '2027-02-30T10:00:00+01:00',
        }),
      );
    expect(rules.status).toBe(400);
    expect(errorsOf(rules)).toEqual([
      { field: 'criteria.0.levels', code: 'levelsCount' },
      { field: 'criteria.1.key', code: 'repeated' },
      { field: 'reviewDeadline', code: 'notDateTime' },
    ]);
    const none = await manager.agent.get(`/api/v1/calls/${call.id}/rubric`).expect(200);
    expect((none.body as RubricInput).criteria).toEqual([]);

    const unknownSector = await staff()
      .post(`/api/v1/calls/${call.id}/reviewers`)
      .send(reviewer('Ada', 'ada@jury.test', { sectors: ['no-such-sector'] }));
    expect(errorsOf(unknownSector)).toEqual([{ field: 'sectors.0', code: 'unknownTerm' }]);
    const badLoad = await staff()
      .post(`/api/v1/calls/${call.id}/reviewers`)
      .send(reviewer('Ada', 'not-an-email', { maxLoad: -1 }));
    expect(errorsOf(badLoad).map((e) => e.field)).toEqual(['email', 'maxLoad']);
    const mentorMissing = await staff()
      .post(`/api/v1/calls/${call.id}/reviewers`)
      .send(reviewer('Ada', 'ada@jury.test', { kind: 'mentor' }));
    expect(errorsOf(mentorMissing)).toEqual([{ field: 'mentorId', code: 'required' }]);

    await staff()
      .post(`/api/v1/calls/${call.id}/reviewers`)
      .send(reviewer('Ada', 'ada@jury.test'))
      .expect(201);
    const twice = await staff()
      .post(`/api/v1/calls/${call.id}/reviewers`)
      .send(reviewer('Ada again', 'ADA@jury.test'));
    expect(twice.status).toBe(409);
    expect(errorsOf(twice)).toEqual([{ field: 'email', code: 'reviewerTaken' }]);

    await write(viewer.agent, viewer.csrf)
      .post(`/api/v1/calls/${call.id}/reviewers`)
      .send(reviewer('Vera', 'vera@jury.test'))
      .expect(403);
    const listed = (await viewer.agent.get(`/api/v1/calls/${call.id}/reviewers`).expect(200))
      .body as Reviewer[];
    expect(listed.map((r) => r.name)).toEqual(['Ada']);
  });

  it('assigns without conflicts, sends links, takes blind reviews and ranks them calibrated', async () => {
    const call = await openCall();
    const tag = randomBytes(3).toString('hex');
    const alpha = await eligibleApplication(call, 'Alpha', `founder@alpha-${tag}.de`);
    const beta = await eligibleApplication(call, 'Beta', `founder@beta-${tag}.de`);
    const gamma = await eligibleApplication(call, 'Gamma', `founder@gamma-${tag}.de`);
    // A draft and an ineligible application are not reviewed.
    await db.query(
      `INSERT INTO applications (call_id, email, locale, status, eligibility, profile)
VALUES ($1, $2, 'de', 'draft', 'pending', '{}'), ($1, $3, 'de', 'submitted', 'ineligible', '{}')`,
      [call.id, `draft-${tag}@example.org`, `out-${tag}@example.org`],
    );
    await staff().put(`/api/v1/calls/${call.id}/rubric`).send(rubric()).expect(200);

    const emails = {
      lenient: `lenient-${tag}@jury.test`,
      strict: `strict-${tag}@jury.test`,
      // Writes from Alpha's domain: Kohorte must find the conflict.
      insider: `partner@alpha-${tag}.de`,
    };
    const add = async (name: string, email: string, locale: 'de' | 'en', maxLoad = 3) =>
      (
        (
          await staff()
            .post(`/api/v1/calls/${call.id}/reviewers`)
            .send(reviewer(name, email, { locale, maxLoad }))
            .expect(201)
        ).body as Reviewer
      ).id;
    const lenient = await add('Lena Lenient', emails.lenient, 'de');
    const strict = await add('Sam Strict', emails.strict, 'en', 2);
    const insider = await add('Ines Insider', emails.insider, 'en');

    const preview = (await manager.agent.get(`/api/v1/calls/${call.id}/assignment`).expect(200))
      .body as AssignmentPreview;
    expect(preview.problems).toEqual([]);
    expect(preview.applications.map((a) => a.id)).toEqual([alpha, beta, gamma]);
    expect(preview.conflicts).toEqual([
      { applicationId: alpha, reviewerId: insider, source: 'email-domain', note: null },
    ]);
    expect(preview.pairs).toHaveLength(6);
    for (const id of [alpha, beta, gamma]) {
      expect(preview.pairs.filter((p) => p.applicationId === id)).toHaveLength(2);
    }
    expect(preview.pairs).not.toContainEqual(
      expect.objectContaining({ applicationId: alpha, reviewerId: insider }),
    );
    expect(preview.pairs.every((p) => p.reasons.length > 0 && firstOf(p.reasons).reason.de)).toBe(
      true,
    );

    // A pin on the conflict is refused; an exclusion moves the assignment.
    const conflictPin = await staff()
      .put(`/api/v1/calls/${call.id}/review-pins`)
      .send({ applicationId: alpha, reviewerId: insider, kind: 'pin' });
    expect(conflictPin.status).toBe(400);
    expect(errorsOf(conflictPin)).toEqual([{ field: 'reviewerId', code: 'pinConflict' }]);
    const excluded = (
      await staff()
        .put(`/api/v1/calls/${call.id}/review-pins`)
        .send({ applicationId: gamma, reviewerId: strict, kind: 'exclude' })
        .expect(200)
    ).body as AssignmentPreview;
    expect(
      excluded.pairs
        .filter((p) => p.applicationId === gamma)
        .map((p) => p.reviewerId)
        .sort(),
    ).toEqual([lenient, insider].sort());
    const freed = (
      await staff()
        .put(`/api/v1/calls/${call.id}/review-pins`)
        .send({ applicationId: gamma, reviewerId: strict, kind: null })
        .expect(200)
    ).body as AssignmentPreview;
    expect(freed.pins).toEqual([]);
    await staff()
      .put(`/api/v1/calls/${call.id}/review-pins`)
      .send({ applicationId: beta, reviewerId: strict, kind: 'pin' })
      .expect(200);

    const sent = (await staff().post(`/api/v1/calls/${call.id}/review-invitations`).expect(200))
      .body as SendInvitationsResult;
    expect(sent).toEqual({ assigned: 6, emails: 3 });
    // Sending again writes nothing new and mails nobody.
    expect(
      (await staff().post(`/api/v1/calls/${call.id}/review-invitations`).expect(200)).body,
    ).toEqual({
      assigned: 0,
      emails: 0,
    });

    const lenientMail = await mailTo('review-invitation', emails.lenient);
    expect(lenientMail.subject).toBe('Einladung zur Begutachtung: Auswahl Frühjahr');
    const strictMail = await mailTo('review-invitation', emails.strict);
    expect(strictMail.subject).toBe('Invitation to review: Spring selection');
    const tokens = {
      lenient: reviewToken(lenientMail),
      strict: reviewToken(strictMail),
      insider: reviewToken(await mailTo('review-invitation', emails.insider)),
    };

    const assignments = (await db.query(
      `SELECT application_id AS "applicationId", reviewer_id AS "reviewerId" FROM reviews WHERE call_id = $1`,
      [call.id],
    )) as { applicationId: string; reviewerId: string }[];
    const notMineOf = (reviewerId: string) =>
      [alpha, beta, gamma].find(
        (id) => !assignments.some((a) => a.applicationId === id && a.reviewerId === reviewerId),
      )!;

    // Opening the link changes nothing and shows only the reviewer's own applications.
    const strictView = (await viaLink('get', `${PUBLIC}/reviews`, tokens.strict).expect(200))
      .body as ReviewerView;
    expect(strictView.reviewerName).toBe('Sam Strict');
    expect(strictView.rubric.map((c) => c.key)).toEqual(['team', 'market']);
    const strictApps = strictView.tasks.map((t) => t.applicationId);
    expect(strictApps).toContain(beta);
    expect(firstOf(firstOf(strictView.tasks).answers).value).toMatch(/grows/);
    expect(JSON.stringify(strictView)).not.toMatch(/founder@/);

    // The reviewer reads the decks of their own applications, and no one else's.
    await db.query(
      `INSERT INTO application_files (application_id, question_key, file_name, size_bytes, pages, content)
VALUES ($1, 'deck', 'beta.pdf', 9, 1, $2), ($3, 'deck', 'other.pdf', 9, 1, $2)`,
      [beta, Buffer.from('%PDF-1.7\n'), notMineOf(strict)],
    );
    const listed = (await viaLink('get', `${PUBLIC}/reviews`, tokens.strict).expect(200))
      .body as ReviewerView;
    expect(listed.tasks.find((t) => t.applicationId === beta)?.files).toEqual([
      { questionKey: 'deck', fileName: 'beta.pdf', label: { de: 'deck', en: 'deck' } },
    ]);
    const deck = await viaLink('get', `${PUBLIC}/reviews/${beta}/files/deck`, tokens.strict)
      .buffer(true)
      .expect(200);
    expect(deck.headers['content-type']).toBe('application/pdf');
    expect(deck.headers['content-disposition']).toContain('beta.pdf');
    await viaLink('get', `${PUBLIC}/reviews/${notMineOf(strict)}/files/deck`, tokens.strict).expect(
      404,
    );

    // A link of another purpose does not open the review page.
    await viaLink('get', `${PUBLIC}/application`, tokens.strict).expect(404);

    const notMine = notMineOf(strict);
    const notAssigned = await viaLink('put', `${PUBLIC}/reviews/${notMine}`, tokens.strict).send({
      scores: {},
      recommendation: null,
      comment: null,
      submit: false,
    });
    expect(notAssigned.status).toBe(400);
    expect(errorsOf(notAssigned)).toEqual([{ field: 'applicationId', code: 'notAssigned' }]);

    const incomplete = await viaLink('put', `${PUBLIC}/reviews/${beta}`, tokens.strict).send({
      scores: { team: { score: 2, comment: 'Thin team' }, market: { score: 9, comment: null } },
      recommendation: null,
      comment: null,
      submit: true,
    });
    expect(incomplete.status).toBe(400);
    expect(errorsOf(incomplete)).toEqual(
      expect.arrayContaining([
        { field: 'scores.market.score', code: 'tooLarge' },
        { field: 'recommendation', code: 'required' },
      ]),
    );
    const draft = (
      await viaLink('put', `${PUBLIC}/reviews/${beta}`, tokens.strict)
        .send({
          scores: { team: { score: 2, comment: '  Thin team  ' } },
          recommendation: null,
          comment: null,
          submit: false,
        })
        .expect(200)
    ).body as ReviewerView;
    const saved = draft.tasks.find((t) => t.applicationId === beta)!;
    expect(saved.scores.team).toEqual({ score: 2, comment: 'Thin team' });
    expect(saved.submittedAt).toBeNull();

    // Each reviewer submits all their reviews: the lenient one scores high, the strict one low,
    // both rank the applications Alpha > Beta > Gamma.
    const quality: Record<string, number> = { [alpha]: 2, [beta]: 1, [gamma]: 0 };
    const bias: Record<string, number> = { [lenient]: 3, [strict]: 1, [insider]: 2 };
    for (const [id, token] of [
      [lenient, tokens.lenient],
      [strict, tokens.strict],
      [insider, tokens.insider],
    ] as const) {
      for (const a of assignments.filter((x) => x.reviewerId === id)) {
        const score = Math.min(
          5,
          defined(bias[id], 'the bias') + defined(quality[a.applicationId], 'the quality'),
        );
        await viaLink('put', `${PUBLIC}/reviews/${a.applicationId}`, token)
          .send({
            scores: { team: { score, comment: null }, market: { score, comment: null } },
            recommendation: score >= 4 ? 'yes' : 'maybe',
            comment: 'Reviewed',
            submit: true,
          })
          .expect(200);
      }
    }
    const again = await viaLink('put', `${PUBLIC}/reviews/${beta}`, tokens.strict).send({
      scores: {},
      recommendation: 'no',
      comment: null,
      submit: true,
    });
    expect(again.status).toBe(409);
    expect(errorsOf(again)).toEqual([{ field: 'submit', code: 'reviewSubmitted' }]);

    const ranking = (await manager.agent.get(`/api/v1/calls/${call.id}/ranking`).expect(200))
      .body as Ranking;
    expect(ranking.applications.map((a) => a.applicationId)).toEqual([alpha, beta, gamma]);
    for (const entry of ranking.applications) {
      expect(entry.reviews).toBe(2);
      expect(entry.rawMean).not.toBeNull();
      expect(entry.calibrated).not.toBeNull();
    }
    const lenientEffect = ranking.reviewers.find((r) => r.reviewerId === lenient)!;
    const strictEffect = ranking.reviewers.find((r) => r.reviewerId === strict)!;
    expect(lenientEffect.offset).toBeGreaterThan(strictEffect.offset);

    const funnel = (await manager.agent.get(`/api/v1/calls/${call.id}/funnel`).expect(200))
      .body as CallFunnel;
    expect(funnel.reviewed).toBe(3);

    // The committee moves Gamma to the top, saying why; the move is on Gamma's timeline.
    const noReason = await staff()
      .post(`/api/v1/calls/${call.id}/ranking/moves`)
      .send({ applicationId: gamma, position: 1, reason: '  ' });
    expect(errorsOf(noReason)).toEqual([{ field: 'reason', code: 'required' }]);
    const tooFar = await staff()
      .post(`/api/v1/calls/${call.id}/ranking/moves`)
      .send({ applicationId: gamma, position: 4, reason: 'x' });
    expect(errorsOf(tooFar)).toEqual([{ field: 'position', code: 'positionRange' }]);
    const moved = (
      await staff()
        .post(`/api/v1/calls/${call.id}/ranking/moves`)
        .send({ applicationId: gamma, position: 1, reason: 'Regional focus of the programme' })
        .expect(200)
    ).body as Ranking;
    expect(moved.applications.map((a) => a.applicationId)).toEqual([gamma, alpha, beta]);
    expect(firstOf(moved.applications).moved?.reason).toBe('Regional focus of the programme');
    expect(firstOf(moved.applications).calibratedRank).toBe(3);
    const timeline = (
      await manager.agent
        .get(`/api/v1/timeline?subjectType=application&subjectId=${gamma}`)
        .expect(200)
    ).body as TimelinePage;
    expect(timeline.items).toContainEqual(
      expect.objectContaining({
        kind: 'review',
        body: 'Regional focus of the programme',
        data: expect.objectContaining({ action: 'ranking-moved', from: 3, to: 1 }),
      }),
    );

    // A reviewer with a submitted review stays.
    await staff().delete(`/api/v1/reviewers/${strict}`).expect(409);
  }, 60_000);

  it('takes a declared conflict, and reminds reviewers with open reviews once before the deadline', async () => {
    const call = await openCall();
    const tag = randomBytes(3).toString('hex');
    const one = await eligibleApplication(call, 'One', `one-${tag}@example.org`);
    await staff()
      .put(`/api/v1/calls/${call.id}/rubric`)
      .send(
        rubric({
          reviewersPerApplication: 1,
          reviewDeadline: new Date(Date.now() + 2 * 24 * HOUR).toISOString(),
        }),
      )
      .expect(200);
    const first = `first-${tag}@jury.test`;
    const second = `second-${tag}@jury.test`;
    for (const [name, email] of [
      ['First', first],
      ['Second', second],
    ] as const) {
      await staff()
        .post(`/api/v1/calls/${call.id}/reviewers`)
        .send(reviewer(name, email, { maxLoad: 1 }))
        .expect(201);
    }
    await staff().post(`/api/v1/calls/${call.id}/review-invitations`).expect(200);
    const assigned = firstOf(
      (await db.query(
        `SELECT r.email FROM reviews v JOIN call_reviewers r ON r.id = v.reviewer_id WHERE v.application_id = $1`,
        [one],
      )) as { email: string }[],
    );
    const other = assigned.email === first ? second : first;
    const token = reviewToken(await mailTo('review-invitation', assigned.email));

    const reminders = app.get(ReviewReminderSweeper);
    expect((await reminders.sweep()).reminded).toBe(1);
    expect((await reminders.sweep()).reminded).toBe(0);
    const reminder = await mailTo('review-reminder', assigned.email);
    expect(reminder.subject).toBe('Reminder: your reviews for Spring selection');
    expect(reminder.text).toMatch(/One of your reviews/);

    // The reviewer declares a conflict: the next assignment gives the application to the other.
    const declared = (
      await viaLink('put', `${PUBLIC}/reviews/${one}/conflict`, reviewToken(reminder))
        .send({ conflict: true, note: 'I advise this team' })
        .expect(200)
    ).body as ReviewerView;
    expect(firstOf(declared.tasks).conflict).toBe(true);
    await viaLink('get', `${PUBLIC}/reviews`, token).expect(410);
    const preview = (await manager.agent.get(`/api/v1/calls/${call.id}/assignment`).expect(200))
      .body as AssignmentPreview;
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        applicationId: one,
        source: 'declared',
        note: 'I advise this team',
      }),
    ]);
    expect(preview.pairs).toHaveLength(1);
    const reviewers = (await manager.agent.get(`/api/v1/calls/${call.id}/reviewers`).expect(200))
      .body as Reviewer[];
    expect(firstOf(preview.pairs).reviewerId).toBe(reviewers.find((r) => r.email === other)!.id);
  }, 60_000);
  it('finds the reviewers who are a contact or a mentor of the startup an application duplicates', async () => {
    const call = await openCall();
    const tag = randomBytes(3).toString('hex');
    const contactEmail = `cto-${tag}@partner.test`;
    const startup = firstOf(
      (await db.query(`INSERT INTO startups (name, website) VALUES ($1, $2) RETURNING id`, [
        `Known ${tag}`,
        `https://known-${tag}.test`,
      ])) as { id: string }[],
    );
    await db.query(
      `INSERT INTO startup_contacts (startup_id, full_name, email) VALUES ($1, 'Carla CTO', $2)`,
      [startup.id, contactEmail],
    );
    const mentor = firstOf(
      (await db.query(
        `INSERT INTO mentors (full_name, email) VALUES ('Mo Mentor', $1) RETURNING id`,
        [`mo-${tag}@mentor.test`],
      )) as { id: string }[],
    );
    await db.query(
      `INSERT INTO mentorships (cohort_id, startup_id, mentor_id) VALUES ($1, $2, $3)`,
      [call.cohortId, startup.id, mentor.id],
    );
    // The application gives the known startup's website: it is that startup.
    const application = firstOf(
      (await db.query(
        `INSERT INTO applications (call_id, email, locale, status, submitted_at, eligibility, profile)
VALUES ($1, $2, 'en', 'submitted', now(), 'eligible', $3) RETURNING id`,
        [
          call.id,
          `founder-${tag}@example.org`,
          JSON.stringify({ name: 'Known', website: `https://www.known-${tag}.test/` }),
        ],
      )) as { id: string }[],
    );
    const add = async (input: ReviewerInput) =>
      (
        (await staff().post(`/api/v1/calls/${call.id}/reviewers`).send(input).expect(201))
          .body as Reviewer
      ).id;
    const contact = await add(reviewer('Carla CTO', contactEmail));
    const mentorReviewer = await add(
      reviewer('Mo Mentor', `mo.private-${tag}@elsewhere.test`, {
        kind: 'mentor',
        mentorId: mentor.id,
      }),
    );
    const neutral = await add(reviewer('Nina Neutral', `nina-${tag}@jury.test`));
    await staff()
      .put(`/api/v1/calls/${call.id}/rubric`)
      .send(rubric({ reviewersPerApplication: 1 }))
      .expect(200);

    const preview = (await manager.agent.get(`/api/v1/calls/${call.id}/assignment`).expect(200))
      .body as AssignmentPreview;
    expect(preview.conflicts).toEqual(
      expect.arrayContaining([
        { applicationId: application.id, reviewerId: contact, source: 'contact', note: null },
        { applicationId: application.id, reviewerId: mentorReviewer, source: 'mentor', note: null },
      ]),
    );
    expect(preview.conflicts).toHaveLength(2);
    expect(preview.pairs.map((pair) => pair.reviewerId)).toEqual([neutral]);
  });
});
