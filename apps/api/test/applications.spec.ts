import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type TimelinePage,
  type ApiErrorBody,
  type ApplicantView,
  type ApplicationDetail,
  type ApplicationListItem,
  type Call,
  type CallFunnel,
  type CallInput,
  type Cohort,
  type CohortStartup,
  CSRF_HEADER,
  type DecisionResult,
  type Page,
  type Programme,
  type StartupContact,
} from '@kohorte/contracts';
import { ApplicationRetentionSweeper } from '@kohorte/server/applications';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import type { ParsedMail } from 'mailparser';
import request, { type Response, type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { pdfDeck } from './support/pdf-files';
import {
  anonymousBrowser,
  signedInAgent,
  type TestAgent,
  uniqueEmail,
  write,
} from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { defined, firstOf } from '@kohorte/server/testing';

const PUBLIC = '/api/v1/public';
const HOUR = 3600_000;

function newIp(): string {
  const [a, b] = randomBytes(2);
  return `203.0.${a}.${b}`;
}

function errorsOf(res: Response): { field: string; code?: string }[] {
  return ((res.body as ApiErrorBody).errors ?? []).map(({ field, code }) => ({ field, code }));
}

/** A call open from an hour ago for a day, with one question of each kind. */
function callInput(overrides: Partial<CallInput> = {}): CallInput {
  return {
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    title: { de: 'Accelerator Frühjahr', en: 'Accelerator spring' },
    intro: { de: 'Bewerben Sie sich.', en: 'Apply now.' },
    confirmation: { de: 'Wir melden uns bis März.', en: 'We will be in touch by March.' },
    consent: {
      de: 'Wir verarbeiten Ihre Angaben zur Auswahl.',
      en: 'We process your data for the selection.',
    },
    profileFields: ['oneLiner', 'website', 'sectors', 'teamSize'],
    questions: [
      {
        key: 'why',
        kind: 'longText',
        label: { de: 'Warum?', en: 'Why?' },
        required: true,
        maxLength: 200,
      },
      {
        key: 'team',
        kind: 'number',
        label: { de: 'Team', en: 'Team' },
        required: false,
        min: 1,
        max: 50,
      },
      {
        key: 'leipzig',
        kind: 'yesNo',
        label: { de: 'Sitz in Sachsen?', en: 'Based in Saxony?' },
        required: true,
        excludingAnswers: ['no'],
      },
      {
        key: 'channel',
        kind: 'multipleChoice',
        label: { de: 'Wie gefunden?', en: 'How found?' },
        required: false,
        options: [
          { key: 'web', label: { de: 'Web', en: 'Web' } },
          { key: 'friends', label: { de: 'Freunde', en: 'Friends' } },
        ],
      },
      {
        key: 'deck',
        kind: 'pitchDeck',
        label: { de: 'Pitch-Deck', en: 'Pitch deck' },
        required: true,
      },
    ],
    retentionDays: 180,
    ...overrides,
  };
}

describe('calls for applications', () => {
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

  async function newCohort(): Promise<Cohort> {
    const programme = (
      await staff()
        .post('/api/v1/programmes')
        .send({ name: `Calls ${randomBytes(3).toString('hex')}` })
        .expect(201)
    ).body as Programme;
    return (
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
  }

  async function openCall(overrides: Partial<CallInput> = {}): Promise<Call> {
    const cohort = await newCohort();
    const res = await staff().put(`/api/v1/cohorts/${cohort.id}/call`).send(callInput(overrides));
    expect(res.status).toBe(200);
    return res.body as Call;
  }

  type Method = 'get' | 'patch' | 'put' | 'post' | 'delete';
  function viaLink(method: Method, url: string, token: string, ip = newIp()): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', ip);
    return method === 'get' ? req : req.set(CSRF_HEADER, anonymousCsrf);
  }

  async function outboxRow(
    template: string,
    recipient: string,
  ): Promise<{ id: string; locale: string }> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [row] = (await db.query(
        `SELECT id, locale FROM mail_outbox WHERE template = $1 AND recipient = $2 ORDER BY created_at DESC LIMIT 1`,
        [template, recipient],
      )) as { id: string; locale: string }[];
      if (row) return row;
      if (Date.now() > deadline) throw new Error(`no ${template} mail to ${recipient}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function sent(outboxId: string): Promise<ParsedMail> {
    await expect(app.get(MailSendHandler).send(outboxId)).resolves.toBe('sent');
    const mail = smtp.received.find((m) => m.messageId?.startsWith(`<${outboxId}@`));
    if (!mail) throw new Error('the mail did not arrive');
    return mail;
  }

  /** The applicant asks for a link on the call's page and follows the mail's link. */
  async function applicantLink(
    call: Call,
    email: string,
    locale: 'de' | 'en' = 'de',
  ): Promise<string> {
    await anonymous
      .post(`${PUBLIC}/calls/${call.id}/applications`)
      .set(CSRF_HEADER, anonymousCsrf)
      .set('X-Forwarded-For', newIp())
      .send({ email, locale })
      .expect(202);
    const row = await outboxRow('application-link', email);
    const mail = await sent(row.id);
    const { publicUrl } = app.get<KohorteConfig>(KOHORTE_CONFIG);
    const token = new RegExp(`${publicUrl}/respond/application/([A-Za-z0-9_-]{43})`).exec(
      mail.text ?? '',
    );
    return defined(token?.[1], 'the application link in the mail');
  }

  async function completeApplication(token: string, name: string, website: string): Promise<void> {
    await viaLink('patch', `${PUBLIC}/application`, token)
      .send({
        founderName: 'Jana Gründerin',
        profile: { name, website, sectors: [], teamSize: 3 },
        answers: { why: 'Because we grow.', leipzig: 'yes', channel: ['web'] },
      })
      .expect(200);
    await viaLink('put', `${PUBLIC}/application/files/deck`, token)
      .attach('file', await pdfDeck(name), 'deck.pdf')
      .expect(200);
  }

  it('validates a call by its field rules and cross-field rules, naming each field', async () => {
    const cohort = await newCohort();
    const res = await staff()
      .put(`/api/v1/cohorts/${cohort.id}/call`)
      .send(
        callInput({
          opensAt: '2027-01-10T09:00',
          title: { de: 'x'.repeat(201), en: 'ok' },
          questions: [
            { key: 'Bad Key', kind: 'shortText', label: { de: 'a', en: 'a' }, required: false },
            {
              key: 'pick',
              kind: 'singleChoice',
              label: { de: 'a', en: 'a' },
              required: false,
              options: [],
            },
            {
              key: 'text',
              kind: 'shortText',
              label: { de: 'a', en: 'a' },
              required: false,
              excludingAnswers: ['x'],
            },
          ],
        }),
      );
    expect(res.status).toBe(400);
    expect(errorsOf(res)).toEqual(
      expect.arrayContaining([
        { field: 'title.de', code: 'tooLong' },
        { field: 'questions.0.key', code: 'notKey' },
      ]),
    );
    const cross = await staff()
      .put(`/api/v1/cohorts/${cohort.id}/call`)
      .send(
        callInput({
          closesAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          questions: [
            {
              key: 'pick',
              kind: 'singleChoice',
              label: { de: 'a', en: 'a' },
              required: false,
              options: [],
            },
            {
              key: 'text',
              kind: 'shortText',
              label: { de: 'a', en: 'a' },
              required: false,
              excludingAnswers: ['x'],
            },
          ],
        }),
      );
    expect(cross.status).toBe(400);
    expect(errorsOf(cross)).toEqual([
      { field: 'closesAt', code: 'closesBeforeOpens' },
      { field: 'questions.0.options', code: 'optionsMissing' },
      { field: 'questions.1.excludingAnswers', code: 'notExcludable' },
    ]);
    await staff().put(`/api/v1/cohorts/${cohort.id}/call`).send(callInput()).expect(200);
    await write(viewer.agent, viewer.csrf)
      .put(`/api/v1/cohorts/${cohort.id}/call`)
      .send(callInput())
      .expect(403);
    const call = (await viewer.agent.get(`/api/v1/cohorts/${cohort.id}/call`).expect(200))
      .body as Call;
    expect(call.consentVersion).toBe(1);
    // The public side leaves out which answers exclude.
    const publicCall = (await anonymous.get(`${PUBLIC}/calls/${call.id}`).expect(200))
      .body as Record<string, unknown>;
    expect(publicCall.phase).toBe('open');
    expect(JSON.stringify(publicCall)).not.toContain('excludingAnswers');
  });

  it('takes an application over several saves, a PDF deck by its content, and a submit with consent', async () => {
    const call = await openCall();
    const email = uniqueEmail('applicant');
    const token = await applicantLink(call, email, 'en');
    const first = (await viaLink('get', `${PUBLIC}/application`, token).expect(200))
      .body as ApplicantView;
    expect(first).toMatchObject({ status: 'draft', email, locale: 'en', profile: {}, answers: {} });

    await viaLink('patch', `${PUBLIC}/application`, token)
      .send({ profile: { name: 'Saxon Robotics' }, answers: { why: 'Robots.' } })
      .expect(200);
    // A later visit adds to what was saved.
    const again = (
      await viaLink('patch', `${PUBLIC}/application`, token)
        .send({ answers: { team: 4 } })
        .expect(200)
    ).body as ApplicantView;
    expect(again.profile).toEqual({ name: 'Saxon Robotics' });
    expect(again.answers).toEqual({ why: 'Robots.', team: 4 });

    const bad = await viaLink('patch', `${PUBLIC}/application`, token).send({
      profile: { city: 'Leipzig', sectors: ['no-such-sector'] },
      answers: { why: 'x'.repeat(201), team: 99, leipzig: 'maybe', unknown: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(errorsOf(bad)).toEqual([
      { field: 'profile.city', code: 'notFormField' },
      { field: 'profile.sectors.0', code: expect.stringMatching(/^unknownTerm/) },
      { field: 'answers.why', code: 'tooLong' },
      { field: 'answers.team', code: 'tooLarge' },
      { field: 'answers.leipzig', code: 'notChoice' },
      { field: 'answers.unknown', code: 'notFormField' },
    ]);

    const incomplete = await viaLink('post', `${PUBLIC}/application/submit`, token).send({
      consentVersion: 1,
    });
    expect(incomplete.status).toBe(400);
    expect(errorsOf(incomplete).map((error) => error.field)).toEqual([
      'founderName',
      'answers.leipzig',
      'answers.deck',
    ]);

    const notPdf = await viaLink('put', `${PUBLIC}/application/files/deck`, token).attach(
      'file',
      Buffer.from('GIF89a not a pdf'),
      'deck.pdf',
    );
    expect(notPdf.status).toBe(400);
    expect(errorsOf(notPdf)).toEqual([{ field: 'file', code: 'notPdf' }]);
    const deck = await viaLink('put', `${PUBLIC}/application/files/deck`, token)
      .attach('file', await pdfDeck('Saxon Robotics', 3), 'robots.pdf')
      .expect(200);
    expect(deck.body).toMatchObject({ questionKey: 'deck', fileName: 'robots.pdf', pages: 3 });

    await viaLink('patch', `${PUBLIC}/application`, token)
      .send({ founderName: 'Rob Otto', answers: { leipzig: 'yes' } })
      .expect(200);
    const submitted = (
      await viaLink('post', `${PUBLIC}/application/submit`, token)
        .send({ consentVersion: 1 })
        .expect(200)
    ).body as ApplicantView;
    expect(submitted.status).toBe('submitted');
    expect(submitted.confirmation).toEqual(call.confirmation);
    const stored = firstOf(
      (await db.query(
        `SELECT consent_version AS "consentVersion", consented_at AS "consentedAt", eligibility FROM applications WHERE lower(email) = lower($1)`,
        [email],
      )) as { consentVersion: number; consentedAt: Date | null; eligibility: string }[],
    );
    expect(stored).toMatchObject({ consentVersion: 1, eligibility: 'eligible' });
    expect(stored.consentedAt).toBeInstanceOf(Date);

    // The confirmation is in the applicant's language, with the call's text.
    const confirmation = await sent((await outboxRow('application-received', email)).id);
    expect(confirmation.subject).toBe('Application received: Accelerator spring');
    expect(confirmation.text).toContain('We will be in touch by March.');

    // Submitted is final for the applicant.
    const late = await viaLink('patch', `${PUBLIC}/application`, token).send({
      answers: { team: 5 },
    });
    expect(late.status).toBe(409);
    expect(errorsOf(late)).toEqual([{ field: 'status', code: 'alreadySubmitted' }]);
  });

  it('refuses changes and a submit after the deadline, and a link of another purpose', async () => {
    const call = await openCall({ questions: [] });
    const email = uniqueEmail('late');
    const token = await applicantLink(call, email);
    await viaLink('patch', `${PUBLIC}/application`, token)
      .send({ founderName: 'Late Larry', profile: { name: 'Late GmbH' } })
      .expect(200);
    await staff()
      .put(`/api/v1/cohorts/${call.cohortId}/call`)
      .send(
        callInput({
          questions: [],
          opensAt: new Date(Date.now() - 3 * HOUR).toISOString(),
          closesAt: new Date(Date.now() - HOUR).toISOString(),
        }),
      )
      .expect(200);
    const submit = await viaLink('post', `${PUBLIC}/application/submit`, token)
      .set('Accept-Language', 'de')
      .send({ consentVersion: 1 });
    expect(submit.status).toBe(409);
    expect(errorsOf(submit)).toEqual([{ field: 'closesAt', code: 'callClosed' }]);
    expect((submit.body as ApiErrorBody).errors?.[0]?.message).toMatch(
      /^Die Ausschreibung endete am/,
    );
    const row = firstOf(
      (await db.query(`SELECT status FROM applications WHERE lower(email) = lower($1)`, [
        email,
      ])) as {
        status: string;
      }[],
    );
    expect(row.status).toBe('draft');

    // A founder's profile link is no application link.
    await viaLink('get', `${PUBLIC}/application`, randomBytes(32).toString('base64url')).expect(
      404,
    );
  });

  it('screens, flags duplicates, decides in bulk and makes the accepted one a startup of the cohort', async () => {
    const call = await openCall();
    const host = `robots-${randomBytes(3).toString('hex')}.example`;
    const existing = (
      await staff()
        .post('/api/v1/startups')
        .send({ name: 'Old Robots', website: `https://www.${host}/about` })
        .expect(201)
    ).body as { id: string };
    const acceptEmail = uniqueEmail('accept');
    const rejectEmail = uniqueEmail('reject');
    const acceptToken = await applicantLink(call, acceptEmail, 'de');
    const rejectToken = await applicantLink(call, rejectEmail, 'en');
    await completeApplication(acceptToken, 'New Robots', host);
    await completeApplication(rejectToken, 'Other Idea', 'other.example');
    await viaLink('patch', `${PUBLIC}/application`, rejectToken)
      .send({ answers: { leipzig: 'no' } })
      .expect(200);
    for (const token of [acceptToken, rejectToken]) {
      await viaLink('post', `${PUBLIC}/application/submit`, token)
        .send({ consentVersion: 1 })
        .expect(200);
    }

    const list = (await viewer.agent.get(`/api/v1/calls/${call.id}/applications`).expect(200))
      .body as Page<ApplicationListItem>;
    expect(list.total).toBe(2);
    const accepted = list.items.find((item) => item.email === acceptEmail)!;
    const rejected = list.items.find((item) => item.email === rejectEmail)!;
    expect(accepted).toMatchObject({ eligibility: 'eligible', eligibilityAutomatic: true });
    expect(accepted.duplicates).toEqual([{ id: existing.id, name: 'Old Robots', by: ['website'] }]);
    expect(rejected).toMatchObject({ eligibility: 'ineligible', eligibilityAutomatic: true });
    const filtered = (
      await viewer.agent
        .get(`/api/v1/calls/${call.id}/applications`)
        .query({ eligibility: 'ineligible' })
        .expect(200)
    ).body as Page<ApplicationListItem>;
    expect(filtered.items.map((item) => item.id)).toEqual([rejected.id]);
    const searched = (
      await viewer.agent
        .get(`/api/v1/calls/${call.id}/applications`)
        .query({ q: 'new rob' })
        .expect(200)
    ).body as Page<ApplicationListItem>;
    expect(searched.items.map((item) => item.id)).toEqual([accepted.id]);
    const csv = await viewer.agent.get(`/api/v1/calls/${call.id}/applications.csv`).expect(200);
    expect(csv.text).toContain('New Robots');
    expect(csv.text.split('\r\n')[0]).toContain('why');

    // Not eligible needs a reason; a manager's mark replaces the pre-mark.
    const noReason = await staff()
      .post(`/api/v1/applications/${rejected.id}/eligibility`)
      .send({ eligible: false });
    expect(errorsOf(noReason)).toEqual([{ field: 'reason', code: 'reasonRequired' }]);
    const marked = (
      await staff()
        .post(`/api/v1/applications/${rejected.id}/eligibility`)
        .send({ eligible: false, reason: 'Not based in Saxony' })
        .expect(200)
    ).body as ApplicationDetail;
    expect(marked).toMatchObject({
      eligibility: 'ineligible',
      eligibilityAutomatic: false,
      eligibilityReason: 'Not based in Saxony',
    });

    // Staff read the deck; nobody else does.
    const file = await viewer.agent
      .get(`/api/v1/applications/${accepted.id}/files/deck`)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    await anonymous.get(`/api/v1/applications/${accepted.id}/files/deck`).expect(401);

    // Accepting the ineligible one is skipped; rejecting it is fine.
    const skipped = (
      await staff()
        .post(`/api/v1/calls/${call.id}/decisions`)
        .send({ applicationIds: [rejected.id], decision: 'accept' })
        .expect(200)
    ).body as DecisionResult;
    expect(skipped).toEqual({
      decided: 0,
      emails: 0,
      skipped: [{ applicationId: rejected.id, reason: 'ineligible' }],
    });
    const result = (
      await staff()
        .post(`/api/v1/calls/${call.id}/decisions`)
        .send({ applicationIds: [accepted.id], decision: 'accept' })
        .expect(200)
    ).body as DecisionResult;
    expect(result).toEqual({ decided: 1, emails: 1, skipped: [] });
    await staff()
      .post(`/api/v1/calls/${call.id}/decisions`)
      .send({ applicationIds: [rejected.id], decision: 'reject' })
      .expect(200);

    // The duplicate (same website host) was updated, not copied; the applicant is its founder.
    const detail = (await viewer.agent.get(`/api/v1/applications/${accepted.id}`).expect(200))
      .body as ApplicationDetail;
    expect(detail).toMatchObject({ status: 'accepted', startupId: existing.id });
    const contacts = (
      await viewer.agent.get(`/api/v1/startups/${existing.id}/contacts`).expect(200)
    ).body as StartupContact[];
    expect(contacts).toEqual([
      expect.objectContaining({ email: acceptEmail, fullName: 'Jana Gründerin', isFounder: true }),
    ]);
    const members = (
      await viewer.agent.get(`/api/v1/cohorts/${call.cohortId}/startups`).expect(200)
    ).body as CohortStartup[];
    expect(members).toEqual([
      expect.objectContaining({
        startup: expect.objectContaining({ id: existing.id, name: 'New Robots' }),
        status: 'accepted',
      }),
    ]);

    // Each applicant hears in their language; the accepted founder gets the profile link.
    const welcome = await sent((await outboxRow('application-decision', acceptEmail)).id);
    expect(welcome.subject).toBe('Zusage: Accelerator Frühjahr');
    const profileToken = /\/respond\/profile\/([A-Za-z0-9_-]{43})/.exec(welcome.text ?? '')?.[1];
    expect(profileToken).toBeDefined();
    // The founder's profile link is no application link, and the other way round.
    const foreign = await viaLink('get', `${PUBLIC}/application`, profileToken!);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ reason: 'unknown' });
    await viaLink('get', `${PUBLIC}/profile`, acceptToken).expect(404);
    await viaLink('get', `${PUBLIC}/profile`, profileToken!).expect(200);
    const sorry = await sent((await outboxRow('application-decision', rejectEmail)).id);
    expect(sorry.subject).toBe('Your application: Accelerator spring');

    // The applicant's page shows the decision.
    const view = (await viaLink('get', `${PUBLIC}/application`, acceptToken).expect(200))
      .body as ApplicantView;
    expect(view.status).toBe('accepted');

    const funnel = (await viewer.agent.get(`/api/v1/calls/${call.id}/funnel`).expect(200))
      .body as CallFunnel;
    expect(funnel).toMatchObject({ applied: 2, eligible: 1, accepted: 1, rejected: 1, started: 0 });
    expect(funnel.medianDaysToDecision).toBeGreaterThanOrEqual(0);

    const timeline = (
      await viewer.agent
        .get('/api/v1/timeline')
        .query({ subjectType: 'application', subjectId: accepted.id })
        .expect(200)
    ).body as TimelinePage;
    expect(timeline.items.map((entry) => entry.data?.action)).toEqual(
      expect.arrayContaining(['submitted', 'decided']),
    );
  });

  it('answers a request for a link alike for any address, ignores a filled honeypot', async () => {
    const call = await openCall({ questions: [] });
    const email = uniqueEmail('bot');
    await anonymous
      .post(`${PUBLIC}/calls/${call.id}/applications`)
      .set(CSRF_HEADER, anonymousCsrf)
      .set('X-Forwarded-For', newIp())
      .send({ email, locale: 'de', homepage: 'http://spam.example' })
      .expect(202);
    // The honeypot is judged before any work is scheduled: nothing can turn up later.
    const rows = (await db.query(`SELECT 1 FROM applications WHERE lower(email) = lower($1)`, [
      email,
    ])) as unknown[];
    expect(rows).toHaveLength(0);
    const notEmail = await anonymous
      .post(`${PUBLIC}/calls/${call.id}/applications`)
      .set(CSRF_HEADER, anonymousCsrf)
      .send({ email: 'not-an-email', locale: 'de' });
    expect(notEmail.status).toBe(400);
    expect(errorsOf(notEmail)).toEqual([{ field: 'email', code: 'notEmail' }]);
  });

  it('erases rejected applications after the call’s retention period, and stale drafts', async () => {
    const call = await openCall({ questions: [], retentionDays: 30 });
    const gone = uniqueEmail('gone');
    const kept = uniqueEmail('kept');
    const draft = uniqueEmail('draft');
    for (const email of [gone, kept]) {
      const token = await applicantLink(call, email);
      await viaLink('patch', `${PUBLIC}/application`, token)
        .send({ founderName: 'Rita', profile: { name: `Erase ${email}` } })
        .expect(200);
      await viaLink('post', `${PUBLIC}/application/submit`, token)
        .send({ consentVersion: 1 })
        .expect(200);
    }
    await applicantLink(call, draft);
    const ids = async (email: string): Promise<string[]> =>
      (
        (await db.query(`SELECT id FROM applications WHERE lower(email) = lower($1)`, [email])) as {
          id: string;
        }[]
      ).map((row) => row.id);
    const [goneId] = await ids(gone);
    const [keptId] = await ids(kept);
    await staff()
      .post(`/api/v1/calls/${call.id}/decisions`)
      .send({ applicationIds: [goneId, keptId], decision: 'reject' })
      .expect(200);
    // The decision on one lies 31 days back; the call closed 31 days ago for the draft.
    await db.query(
      `UPDATE applications SET decided_at = now() - interval '31 days' WHERE id = $1`,
      [goneId],
    );
    const sweeper = app.get(ApplicationRetentionSweeper);
    await expect(sweeper.sweep()).resolves.toEqual({ rejected: 1, drafts: 0 });
    await db.query(
      `UPDATE calls SET opens_at = now() - interval '60 days', closes_at = now() - interval '31 days' WHERE id = $1`,
      [call.id],
    );
    await expect(sweeper.sweep()).resolves.toEqual({ rejected: 0, drafts: 1 });
    await expect(sweeper.sweep()).resolves.toEqual({ rejected: 0, drafts: 0 });

    expect(await ids(gone)).toEqual([]);
    expect(await ids(draft)).toEqual([]);
    expect(await ids(kept)).toEqual([keptId]);
    const traces = (await db.query(
      `SELECT (SELECT count(*) FROM activities WHERE subject_id = $1)::int AS activities,
  (SELECT count(*) FROM mail_outbox WHERE recipient IN ($2, $3))::int AS mails,
  (SELECT count(*) FROM link_tokens WHERE subject_id = $1)::int AS links`,
      [goneId, gone, draft],
    )) as { activities: number; mails: number; links: number }[];
    expect(traces).toEqual([{ activities: 0, mails: 0, links: 0 }]);
  });
});
