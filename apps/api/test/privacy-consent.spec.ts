import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  CONSENT_TEXTS,
  CSRF_HEADER,
  type FounderProfileView,
} from '@kohorte/contracts';
import { LinkTokens } from '@kohorte/server/links';
import type { Agent } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import {
  anonymousBrowser,
  signedInAgent,
  type TestAgent,
  uniqueEmail,
  write,
} from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

/**
 * Consent to investor introductions: a founder withdraws it on their profile link; from then on
 * no introduction of that startup can be started (409 in the reader's language), until they give
 * it again. Each answer is recorded with the text's version and time.
 */
describe('investor-introduction consent on the founder link', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let founder: { agent: Agent; csrf: string };
  let token: string;
  let startupId: string;
  let contactId: string;
  let runId: string;
  let proposalId: string;

  const viaLink = (method: 'get' | 'put', url: string) => {
    const req = founder.agent[method](url).set('Authorization', `Link ${token}`);
    return method === 'get' ? req : req.set(CSRF_HEADER, founder.csrf);
  };
  const approve = (language: string) =>
    write(manager.agent, manager.csrf)
      .post(`/api/v1/matching-runs/${runId}/approve`)
      .set('Accept-Language', language)
      .send({ proposalIds: [proposalId] });

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    manager = await signedInAgent(app, 'manager');
    founder = await anonymousBrowser(app);
    const startup = await write(manager.agent, manager.csrf)
      .post('/api/v1/startups')
      .send({ name: 'Consent Robotics' })
      .expect(201);
    startupId = (startup.body as { id: string }).id;
    const contact = await write(manager.agent, manager.csrf)
      .post(`/api/v1/startups/${startupId}/contacts`)
      .send({ fullName: 'Cora Consent', email: uniqueEmail('cora'), isFounder: true })
      .expect(201);
    contactId = (contact.body as { id: string }).id;
    token = await db.transaction(async (tx) => {
      const issued = await app.get(LinkTokens).issue(tx, {
        purpose: 'startup-profile',
        subjectType: 'startup',
        subjectId: startupId,
        ttlSeconds: 3600,
        singleUse: false,
        extra: { contactId },
      });
      return issued.token;
    });
    // A finished investor run with one proposed pair for the startup.
    const { id: programme } = firstOf(
      (await db.query(
        `INSERT INTO programmes (name) VALUES ('Consent programme') RETURNING id`,
      )) as { id: string }[],
    );
    const { id: cohort } = firstOf(
      (await db.query(
        `INSERT INTO cohorts (programme_id, name, status, starts_on, ends_on)
       VALUES ($1, 'Consent cohort', 'running', '2026-09-01', '2027-02-28') RETURNING id`,
        [programme],
      )) as { id: string }[],
    );
    const { id: investor } = firstOf(
      (await db.query(
        `INSERT INTO investors (name, email, type, intros_per_round, status)
       VALUES ('Iris Invest', $1, 'angel', 3, 'active') RETURNING id`,
        [uniqueEmail('iris')],
      )) as { id: string }[],
    );
    ({ id: runId } = firstOf(
      (await db.query(
        `INSERT INTO matching_runs (cohort_id, kind, status, parameters)
       VALUES ($1, 'investors', 'done', '{"k": 1}') RETURNING id`,
        [cohort],
      )) as { id: string }[],
    ));
    ({ id: proposalId } = firstOf(
      (await db.query(
        `INSERT INTO match_proposals (run_id, cohort_id, startup_id, investor_id, score, parts, rank, status)
       VALUES ($1, $2, $3, $4, 0.7, '[]', 1, 'proposed') RETURNING id`,
        [runId, cohort, startupId, investor],
      )) as { id: string }[],
    ));
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows no answer yet, then records the withdrawal with the text version', async () => {
    const before = await viaLink('get', '/api/v1/public/profile').expect(200);
    expect((before.body as FounderProfileView).consents).toEqual([
      { purpose: 'investor-introductions', status: 'none', textVersion: null, at: null },
    ]);
    await viaLink('put', '/api/v1/public/profile/consent')
      .send({ purpose: 'newsletter', given: false })
      .expect(400);
    const after = await viaLink('put', '/api/v1/public/profile/consent')
      .send({ purpose: 'investor-introductions', given: false })
      .expect(200);
    expect((after.body as FounderProfileView).consents[0]).toMatchObject({
      status: 'withdrawn',
      textVersion: CONSENT_TEXTS['investor-introductions'].version,
    });
    const rows = (await db.query(
      `SELECT contact_id, given, text_version FROM privacy_consents WHERE startup_id = $1`,
      [startupId],
    )) as unknown[];
    expect(rows).toEqual([
      {
        contact_id: contactId,
        given: false,
        text_version: CONSENT_TEXTS['investor-introductions'].version,
      },
    ]);
  });

  it('refuses to start an introduction of the startup, saying why in the reader’s language', async () => {
    const german = await approve('de').expect(409);
    const body = german.body as ApiErrorBody;
    expect(body.errors).toEqual([
      expect.objectContaining({
        field: 'proposalIds.0',
        code: 'consentWithdrawn',
        messages: [
          'Die Gründer:innen von Consent Robotics haben ihre Einwilligung in Vorstellungen bei Investor:innen widerrufen',
        ],
      }),
    ]);
    const english = await approve('en').expect(409);
    expect(JSON.stringify(english.body)).toContain(
      'withdrew their consent to investor introductions',
    );
    const { status } = firstOf(
      (await db.query(`SELECT status FROM match_proposals WHERE id = $1`, [proposalId])) as {
        status: string;
      }[],
    );
    expect(status).toBe('proposed');
  });

  it('allows introductions again once the founder gives the consent again', async () => {
    await viaLink('put', '/api/v1/public/profile/consent')
      .send({ purpose: 'investor-introductions', given: true })
      .expect(200);
    const approved = await approve('en').expect(200);
    expect(approved.body).toEqual([
      expect.objectContaining({ id: proposalId, status: 'approved' }),
    ]);
  });
});
