import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import {
  type ApiErrorBody,
  CSRF_HEADER,
  type IntroConsentAnswer,
  type IntroConsentView,
  type InvestorOfferAnswer,
  type InvestorTeaserView,
  type LinkErrorBody,
  type MatchingRunProposals,
  QUEUES,
  type SendOffersResult,
} from '@kohorte/contracts';
import { hashToken } from '@kohorte/server/auth';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import { MailSendHandler } from '@kohorte/server/mail';
import { MatchingRunHandler } from '@kohorte/server/matching';
import { OfferFollowUps } from '@kohorte/server/offers';
import { runJob } from '@kohorte/server/queue';
import { type Job, Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import request, { type Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { anonymousBrowser, signedInAgent, type TestAgent, write } from './support/sign-in';
import { SmtpSink } from './support/smtp-sink';
import { defined, firstN, firstOf, itemAt } from '@kohorte/server/testing';

const INTRO = '/api/v1/public/introductions';
const DAY_MS = 24 * 3600 * 1000;
const hex = () => randomBytes(4).toString('hex');
const label = (name: string) => `${name} ${hex()}`;
const address = (name: string) => `${name}-${hex()}@test.kohorte.dev`;

/** A made-up client address (the API trusts the loopback proxy's X-Forwarded-For). */
function newIp(): string {
  const [a, b] = randomBytes(2);
  return `203.0.${a}.${b}`;
}

interface Person {
  id: string;
  name: string;
  email: string;
}

interface SeededStartup {
  id: string;
  name: string;
  oneLiner: string;
  website: string;
  founders: Person[];
}

interface Seeded {
  cohortId: string;
  city: string;
  startups: SeededStartup[];
  investor: Person & { contactName: string };
  advisor: string;
}

describe('investor introductions by email (double opt-in)', () => {
  let app: INestApplication;
  let db: DataSource;
  let manager: TestAgent;
  let anonymous: ReturnType<typeof request.agent>;
  let anonymousCsrf: string;
  let publicUrl: string;
  let offersQueue: Queue;
  let followUps: OfferFollowUps;

  // A real SMTP server: every email is sent to it and read back from it.
  const smtp = new SmtpSink();
  const received = smtp.received;

  beforeAll(async () => {
    // No worker runs here: mails leave when a test calls the send handler, jobs when it runs them.
    await smtp.start();
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    const config = app.get<KohorteConfig>(KOHORTE_CONFIG);
    publicUrl = config.publicUrl;
    offersQueue = new Queue(QUEUES.offers, {
      connection: { url: config.redisUrl },
      prefix: config.redisPrefix,
    });
    followUps = app.get(OfferFollowUps);
    manager = await signedInAgent(app, 'manager');
    // The founder's and the investor's browser: no session, only the CSRF cookie of a page load.
    ({ agent: anonymous, csrf: anonymousCsrf } = await anonymousBrowser(app));
  });
  afterAll(async () => {
    await offersQueue.close();
    await app.close();
    await smtp.stop();
  });

  const staff = () => write(manager.agent, manager.csrf);

  /**
   * A cohort of `startups` fintech seed startups in a place of their own (the first
   * `withFounders` with two founders and an advisor who is no founder) and one VC that invests in
   * fintech, seed and that place: no investor of another test fits as well. Records are written
   * directly: their APIs are other slices'.
   */
  async function seed(startups = 1, withFounders = startups, introsPerRound = 3): Promise<Seeded> {
    const programme = firstOf(
      (await db.query(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
        label('Programme'),
      ])) as { id: string }[],
    );
    const cohort = firstOf(
      (await db.query(
        `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       VALUES ($1, $2, '2026-01-01', '2030-12-31', 'running') RETURNING id`,
        [programme.id, label('Cohort')],
      )) as { id: string }[],
    );
    const advisor = address('advisor');
    const city = `Leipzig-${hex()}`;
    const seeded: SeededStartup[] = [];
    for (let i = 0; i < startups; i++) {
      const name = label(`Backwerk${i}`);
      const oneLiner = `Ofenroboter ${hex()}`;
      const website = `https://backwerk-${hex()}.example`;
      const startup = firstOf(
        (await db.query(
          `INSERT INTO startups (name, one_liner, website, city, stage, sectors, topics, team_size,
           funding_sought_eur, funding_raised_eur, founded_on, languages)
         VALUES ($1, $2, $3, $4, 'seed', '{fintech}', '{fundraising}', 4, 500000, 80000,
           '2024-03-01', '{de,en}')
         RETURNING id`,
          [name, oneLiner, website, city],
        )) as { id: string }[],
      );
      await db.query(
        `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'accepted')`,
        [cohort.id, startup.id],
      );
      const founders: Person[] = [];
      if (i < withFounders) {
        for (const first of ['Ada', 'Bo']) {
          const founder = {
            name: label(`${first} Gründerin`),
            email: address(first.toLowerCase()),
          };
          const row = firstOf(
            (await db.query(
              `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
             VALUES ($1, $2, $3, true) RETURNING id`,
              [startup.id, founder.name, founder.email],
            )) as { id: string }[],
          );
          founders.push({ id: row.id, ...founder });
        }
        await db.query(
          `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
           VALUES ($1, 'Not A Founder', $2, false)`,
          [startup.id, advisor],
        );
      }
      seeded.push({ id: startup.id, name, oneLiner, website, founders });
    }
    const investor = {
      name: label('Fonds'),
      contactName: label('Ina Invest'),
      email: address('investor'),
    };
    const row = firstOf(
      (await db.query(
        `INSERT INTO investors (name, contact_name, email, type, sectors, stages, ticket_min_eur,
         ticket_max_eur, regions, intros_per_round)
       VALUES ($1, $2, $3, 'vc', '{fintech}', '{seed}', 100000, 1000000, $4, $5)
       RETURNING id`,
        [investor.name, investor.contactName, investor.email, [city], introsPerRound],
      )) as { id: string }[],
    );
    return {
      cohortId: cohort.id,
      city,
      startups: seeded,
      investor: { id: row.id, ...investor },
      advisor,
    };
  }

  /**
   * A finished investor run (through the API and the worker's handler) with this investor's
   * proposals approved. Other test files' investors may be proposed too: they stay proposed.
   */
  async function approvedRun(seeded: Seeded): Promise<string> {
    const started = await staff()
      .post(`/api/v1/cohorts/${seeded.cohortId}/matching-runs`)
      .send({ kind: 'investors', k: 10 });
    expect(started.status).toBe(202);
    const runId = (started.body as { id: string }).id;
    expect(await app.get(MatchingRunHandler).run(runId)).toBe('done');
    const ours = await pairsOf(seeded);
    expect(ours).toHaveLength(seeded.startups.length);
    await staff()
      .post(`/api/v1/matching-runs/${runId}/approve`)
      .send({ proposalIds: ours.map((pair) => pair.id) })
      .expect(200);
    return runId;
  }

  async function sendOffers(runId: string): Promise<SendOffersResult> {
    const res = await staff().post(`/api/v1/matching-runs/${runId}/offers`);
    expect(res.status).toBe(200);
    return res.body as SendOffersResult;
  }

  /** The investor's pairs, in the order of the seeded startups. */
  async function pairsOf(
    seeded: Seeded,
  ): Promise<{ id: string; status: string; startupId: string; offeredAt: Date | null }[]> {
    const rows = (await db.query(
      `SELECT id, status, startup_id AS "startupId", offered_at AS "offeredAt"
       FROM match_proposals WHERE investor_id = $1`,
      [seeded.investor.id],
    )) as { id: string; status: string; startupId: string; offeredAt: Date | null }[];
    const order = seeded.startups.map((startup) => startup.id);
    return rows.sort((a, b) => order.indexOf(a.startupId) - order.indexOf(b.startupId));
  }

  /** Sends the pending outbox rows of a template to `email` through SMTP; every mail they got. */
  async function mailsTo(email: string, template: string): Promise<ParsedMail[]> {
    const rows = (await db.query(
      `SELECT id FROM mail_outbox WHERE template = $1 AND recipient = $2 AND status = 'pending'`,
      [template, email],
    )) as { id: string }[];
    for (const row of rows) {
      await expect(app.get(MailSendHandler).send(row.id)).resolves.toBe('sent');
    }
    return received.filter((m) =>
      [m.to ?? []].flat().some((to) => to.value.some((a) => a.address === email)),
    );
  }

  function linkIn(mail: ParsedMail, page: 'intro-consent' | 'investor-offer'): string {
    const match = new RegExp(`${publicUrl}/respond/${page}/([A-Za-z0-9_-]{43})`).exec(
      mail.text ?? '',
    );
    return defined(match?.[1], 'the link in the mail');
  }

  type Method = 'get' | 'head' | 'post';
  function viaLink(method: Method, url: string, token: string): Test {
    const req = anonymous[method](url)
      .set('Authorization', `Link ${token}`)
      .set('X-Forwarded-For', newIp());
    return method === 'post' ? req.set(CSRF_HEADER, anonymousCsrf) : req;
  }

  async function tokenRow(token: string): Promise<{ uses: number; usedAt: Date | null }> {
    return firstOf(
      (await db.query(`SELECT uses, used_at AS "usedAt" FROM link_tokens WHERE token_hash = $1`, [
        hashToken(token),
      ])) as { uses: number; usedAt: Date | null }[],
    );
  }

  async function expectGone(method: Method, url: string, token: string, reason: string) {
    const res = await viaLink(method, url, token);
    expect(res.status).toBe(410);
    if (method !== 'head') expect((res.body as LinkErrorBody).reason).toBe(reason);
  }

  async function answers(
    subjectId: string,
  ): Promise<{ data: Record<string, unknown>; actorLabel: string; body: string | null }[]> {
    return (await db.query(
      `SELECT data, actor_label AS "actorLabel", body FROM activities
       WHERE kind = 'answer' AND subject_id = $1 ORDER BY created_at, id`,
      [subjectId],
    )) as { data: Record<string, unknown>; actorLabel: string; body: string | null }[];
  }

  async function matchActions(proposalId: string): Promise<string[]> {
    const rows = (await db.query(
      `SELECT data->>'action' AS action FROM activities
       WHERE kind = 'match' AND data->>'proposalId' = $1 AND subject_type = 'investor'
       ORDER BY created_at, id`,
      [proposalId],
    )) as { action: string }[];
    return rows.map((row) => row.action);
  }

  async function outboxCount(email: string, template?: string): Promise<number> {
    const { n } = firstOf(
      (await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox
       WHERE recipient = $1 AND ($2::text IS NULL OR template = $2)`,
        [email, template ?? null],
      )) as { n: number }[],
    );
    return n;
  }

  async function job(name: 'offer.remind' | 'offer.expire', id: string): Promise<Job> {
    const found = await offersQueue.getJob(`${name}.${id}`);
    expect(found).toBeDefined();
    return found!;
  }

  /** Moves the pair's clock back, as if its current wait had begun `days` ago. */
  async function waited(proposalId: string, days: number): Promise<void> {
    await db.query(
      `UPDATE match_proposals SET offered_at = now() - make_interval(days => $2) WHERE id = $1`,
      [proposalId, days],
    );
  }

  /** One startup asked, its founders' consent mails sent: each founder's token. */
  async function asked(seeded = 1, introsPerRound = 3) {
    const data = await seed(seeded, seeded, introsPerRound);
    const runId = await approvedRun(data);
    await sendOffers(runId);
    const consent = new Map<string, string[]>();
    for (const startup of data.startups) {
      const tokens: string[] = [];
      for (const founder of startup.founders) {
        const mails = await mailsTo(founder.email, 'intro-consent-request');
        expect(mails).toHaveLength(1);
        tokens.push(linkIn(firstOf(mails), 'intro-consent'));
      }
      consent.set(startup.id, tokens);
    }
    return { seeded: data, runId, consent };
  }

  /** The founders of each startup agreed: the investor's teaser tokens, by startup. */
  async function offered(startups = 1, introsPerRound = 3) {
    const context = await asked(startups, introsPerRound);
    for (const tokens of context.consent.values()) {
      const res = await viaLink('post', `${INTRO}/consent/accept`, firstOf(tokens));
      expect(res.status).toBe(200);
    }
    const mails = await mailsTo(context.seeded.investor.email, 'investor-teaser');
    expect(mails).toHaveLength(startups);
    const teasers = mails.map((mail) => linkIn(mail, 'investor-offer'));
    return { ...context, teasers, teaserMails: mails };
  }

  describe('sending an investor run', () => {
    it('asks each founder for consent with their own link; the investor hears nothing yet; a startup without founders stays approved', async () => {
      const seeded = await seed(2, 1);
      const runId = await approvedRun(seeded);
      const [, founderless] = firstN(seeded.startups, 2);
      expect(await sendOffers(runId)).toEqual({
        offered: 1,
        emails: 2,
        skipped: [
          { startupId: founderless.id, startupName: founderless.name, reason: 'no-founders' },
        ],
      });
      const [asked, unasked] = firstN(await pairsOf(seeded), 2);
      expect(asked.status).toBe('startup-asked');
      // The investor still shows in the run's load: both pairs hold one of its introductions.
      const view = (await manager.agent.get(`/api/v1/matching-runs/${runId}/proposals`).expect(200))
        .body as MatchingRunProposals;
      // Other test files' investors may share the database and the run: look at ours only.
      expect(view.load.find((row) => row.partner.id === seeded.investor.id)).toMatchObject({
        proposed: 2,
      });
      expect(asked.offeredAt).not.toBeNull();
      expect(unasked.status).toBe('approved');

      const startup = firstOf(seeded.startups);
      const tokens: string[] = [];
      for (const founder of startup.founders) {
        const mails = await mailsTo(founder.email, 'intro-consent-request');
        expect(mails).toHaveLength(1);
        const mail = firstOf(mails);
        // The startup works in German and English: German.
        expect(mail.subject).toContain(startup.name);
        expect(mail.subject).toContain(seeded.investor.name);
        expect(mail.text).toContain(founder.name);
        expect(mail.text).toContain('Risikokapitalfonds (VC)');
        expect(mail.text).toMatch(/Ticket: 100\.000\s€ – 1\.000\.000\s€/);
        expect(mail.text).toContain('Warum es passt');
        expect(mail.html).toContain('Sie erhalten diese E-Mail');
        tokens.push(linkIn(mail, 'intro-consent'));
      }
      expect(new Set(tokens).size).toBe(2);
      for (const token of tokens) {
        const row = firstOf(
          (await db.query(
            `SELECT purpose, single_use AS "singleUse", subject_type AS "subjectType", subject_id AS
             "subjectId", extra, (extract(epoch FROM expires_at - now()) / 86400)::float8 AS days
           FROM link_tokens WHERE token_hash = $1`,
            [hashToken(token)],
          )) as { purpose: string; singleUse: boolean; days: number; extra: unknown }[],
        );
        expect(row).toMatchObject({
          purpose: 'intro-consent',
          singleUse: true,
          subjectType: 'startup',
          subjectId: startup.id,
          extra: { proposalId: asked.id },
        });
        expect(row.days).toBeGreaterThan(13.99);
      }
      expect(await outboxCount(seeded.advisor)).toBe(0);
      expect(await outboxCount(seeded.investor.email)).toBe(0);
      expect(await matchActions(asked.id)).toEqual(['approved', 'startup-asked']);
      expect((await job('offer.remind', asked.id)).opts.delay).toBe(4 * DAY_MS);
      expect((await job('offer.expire', asked.id)).opts.delay).toBe(14 * DAY_MS);

      // Sending again asks nobody more; the founderless startup is still listed.
      expect(await sendOffers(runId)).toMatchObject({ offered: 0, emails: 0 });
    });

    it('an unknown run is 404; an investor run that is not done is 409 naming status', async () => {
      await staff()
        .post('/api/v1/matching-runs/00000000-0000-4000-8000-000000000000/offers')
        .expect(404);
      const seeded = await seed(1);
      const run = firstOf(
        (await db.query(
          `INSERT INTO matching_runs (cohort_id, kind, status, parameters, progress)
         VALUES ($1, 'investors', 'running',
           '{"k":1,"minScore":0,"weights":{},"fairness":false,"fairnessPenalty":5}', 50)
         RETURNING id`,
          [seeded.cohortId],
        )) as { id: string }[],
      );
      const running = await staff().post(`/api/v1/matching-runs/${run.id}/offers`);
      expect(running.status).toBe(409);
      expect(((running.body as ApiErrorBody).errors ?? []).map((e) => e.field)).toEqual(['status']);
    });
  });

  describe('the founders’ consent', () => {
    it('GET and HEAD three times each change nothing; the page names the investor; the link does not open the investor’s page', async () => {
      const { seeded, consent } = await asked();
      const startup = firstOf(seeded.startups);
      const token = firstOf(consent.get(startup.id)!);
      for (let i = 0; i < 3; i++) {
        const res = await viaLink('get', `${INTRO}/consent`, token);
        expect(res.status).toBe(200);
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['cache-control']).toBe('no-store');
        const view = res.body as IntroConsentView;
        expect(view.locale).toBe('de');
        expect(view.startup.name).toBe(startup.name);
        expect(view.investor).toMatchObject({
          name: seeded.investor.name,
          contactName: seeded.investor.contactName,
          type: 'vc',
          ticketMinEur: 100000,
          ticketMaxEur: 1000000,
          // A region that is not (or no longer) in the vocabulary shows as written.
          regions: [{ key: seeded.city, labelDe: seeded.city, labelEn: seeded.city }],
        });
        expect(view.investor.sectors.map((term) => term.key)).toEqual(['fintech']);
        expect(view.investor.stages.map((term) => term.key)).toEqual(['seed']);
        expect(view.reasons.length).toBeGreaterThan(0);
        await viaLink('head', `${INTRO}/consent`, token).expect(200);
      }
      // Purpose bound: a consent link is unknown to the investor's routes.
      for (const [method, url] of [
        ['get', `${INTRO}/offer`],
        ['post', `${INTRO}/offer/accept`],
        ['post', `${INTRO}/offer/decline`],
      ] as const) {
        const res = await viaLink(method, url, token);
        expect(res.status).toBe(404);
        expect((res.body as LinkErrorBody).reason).toBe('unknown');
      }
      expect(await tokenRow(token)).toEqual({ uses: 0, usedAt: null });
      expect(firstOf(await pairsOf(seeded)).status).toBe('startup-asked');
      expect(await answers(startup.id)).toEqual([]);
      expect(await outboxCount(seeded.investor.email)).toBe(0);
    });

    it('agree: the pair is offered, the other founder’s link is revoked, the investor gets a teaser that does not name the startup', async () => {
      const { seeded, consent } = await asked();
      const startup = firstOf(seeded.startups);
      const [first, second] = firstN(consent.get(startup.id)!, 2);
      const res = await viaLink('post', `${INTRO}/consent/accept`, first);
      expect(res.status).toBe(200);
      expect(res.body as IntroConsentAnswer).toEqual({
        status: 'agreed',
        investorName: seeded.investor.name,
      });
      const pair = firstOf(await pairsOf(seeded));
      expect(pair.status).toBe('offered');
      await expectGone('post', `${INTRO}/consent/accept`, first, 'used');
      await expectGone('get', `${INTRO}/consent`, second, 'revoked');
      await expectGone('post', `${INTRO}/consent/decline`, second, 'revoked');
      const [entry] = await answers(startup.id);
      expect(entry).toMatchObject({ actorLabel: 'founder', data: { answer: 'agreed' } });
      expect(await matchActions(pair.id)).toEqual(['approved', 'startup-asked', 'offered']);
      // The follow-up clock restarts for the investor.
      expect((await job('offer.expire', `${pair.id}.teaser`)).opts.delay).toBe(14 * DAY_MS);

      const mails = await mailsTo(seeded.investor.email, 'investor-teaser');
      expect(mails).toHaveLength(1);
      const teaser = firstOf(mails);
      const secrets = [
        startup.name,
        startup.oneLiner,
        startup.website,
        'backwerk',
        seeded.city,
        ...startup.founders.flatMap((founder) => [founder.name, founder.email]),
      ];
      for (const part of [teaser.subject ?? '', teaser.text ?? '', String(teaser.html)]) {
        expect(part.length).toBeGreaterThan(0);
        for (const secret of secrets)
          expect(part.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      expect(teaser.text).toContain(seeded.investor.contactName);
      expect(teaser.text).toMatch(/Sucht: 500\.000\s€/);
      expect(teaser.text).toContain('Gegründet: 2024');
      expect(teaser.text).toContain('Warum es passt');
      const token = linkIn(teaser, 'investor-offer');

      const view = (await viaLink('get', `${INTRO}/offer`, token).expect(200))
        .body as InvestorTeaserView;
      // Greets the person at the fund, as the email does.
      expect(view.investor.name).toBe(seeded.investor.contactName);
      expect(view.teaser).toMatchObject({
        fundingSoughtEur: 500000,
        fundingRaisedEur: 80000,
        teamSize: 4,
        foundedYear: 2024,
        languages: ['de', 'en'],
      });
      expect(view.teaser.stage?.key).toBe('seed');
      expect(view.teaser.sectors.map((term) => term.key)).toEqual(['fintech']);
      expect(view.reasons.length).toBeGreaterThan(0);
      const json = JSON.stringify(view).toLowerCase();
      for (const secret of secrets) expect(json).not.toContain(secret.toLowerCase());
      // Purpose bound: the investor's link is unknown to the founders' routes.
      for (const [method, url] of [
        ['get', `${INTRO}/consent`],
        ['post', `${INTRO}/consent/accept`],
      ] as const) {
        const wrong = await viaLink(method, url, token);
        expect(wrong.status).toBe(404);
        expect((wrong.body as LinkErrorBody).reason).toBe('unknown');
      }
      expect(await tokenRow(token)).toEqual({ uses: 0, usedAt: null });
    });

    it('an investor who reads English gets the teaser, its page and the introduction in English', async () => {
      const context = await asked();
      await db.query(`UPDATE investors SET locale = 'en' WHERE id = $1`, [
        context.seeded.investor.id,
      ]);
      const tokens = firstOf([...context.consent.values()]);
      await viaLink('post', `${INTRO}/consent/accept`, firstOf(tokens)).expect(200);
      const teaser = firstOf(await mailsTo(context.seeded.investor.email, 'investor-teaser'));
      expect(teaser.text).toContain('Why it fits');
      expect(teaser.text).not.toContain('Warum es passt');
      const token = linkIn(teaser, 'investor-offer');
      const view = (await viaLink('get', `${INTRO}/offer`, token).expect(200))
        .body as InvestorTeaserView;
      expect(view.locale).toBe('en');
      await viaLink('post', `${INTRO}/offer/accept`, token).expect(200);
      const mails = await mailsTo(context.seeded.investor.email, 'investor-introduction');
      // The English introduction, not a German "Vorstellung: …".
      expect(mails.map((mail) => mail.subject)).toContainEqual(
        expect.stringMatching(/^Introduction: /),
      );
      expect(mails.some((mail) => mail.subject?.startsWith('Vorstellung'))).toBe(false);
    });

    it('decline: declined with a reject rule and the note on the timeline; the investor is never mailed', async () => {
      const { seeded, consent } = await asked();
      const startup = firstOf(seeded.startups);
      const [first, second] = firstN(consent.get(startup.id)!, 2);
      const bad = await viaLink('post', `${INTRO}/consent/decline`, first).send({ reason: 'nope' });
      expect(bad.status).toBe(400);
      expect(((bad.body as ApiErrorBody).errors ?? []).map((e) => e.field)).toEqual(['reason']);
      expect(await tokenRow(first)).toMatchObject({ usedAt: null });

      const res = await viaLink('post', `${INTRO}/consent/decline`, first).send({
        reason: 'other',
        note: '  Not raising right now  ',
      });
      expect(res.status).toBe(200);
      expect(res.body as IntroConsentAnswer).toEqual({
        status: 'declined',
        investorName: seeded.investor.name,
      });
      const pair = firstOf(await pairsOf(seeded));
      expect(pair.status).toBe('declined');
      const rules = (await db.query(
        `SELECT rule FROM match_rules WHERE investor_id = $1 AND startup_id = $2`,
        [seeded.investor.id, startup.id],
      )) as { rule: string }[];
      expect(rules).toEqual([{ rule: 'reject' }]);
      const [entry] = await answers(seeded.investor.id);
      expect(entry).toMatchObject({
        actorLabel: 'founder',
        body: 'Not raising right now',
        data: { answer: 'declined', reason: 'other' },
      });
      await expectGone('post', `${INTRO}/consent/accept`, second, 'revoked');
      await expectGone('post', `${INTRO}/consent/accept`, first, 'used');
      expect(await outboxCount(seeded.investor.email)).toBe(0);
    });
  });

  describe('the investor’s answer', () => {
    it('accept reveals the startup and introduces both sides by email; a replay is 410 used, a tampered link 404', async () => {
      const { seeded, teasers } = await offered();
      const startup = firstOf(seeded.startups);
      const token = firstOf(teasers);
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const [method, url] of [
        ['get', `${INTRO}/offer`],
        ['post', `${INTRO}/offer/accept`],
      ] as const) {
        const res = await viaLink(method, url, tampered);
        expect(res.status).toBe(404);
        expect((res.body as LinkErrorBody).reason).toBe('unknown');
      }
      expect(await outboxCount(seeded.investor.email, 'investor-introduction')).toBe(0);

      const res = await viaLink('post', `${INTRO}/offer/accept`, token);
      expect(res.status).toBe(200);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.body as InvestorOfferAnswer).toEqual({
        status: 'accepted',
        startup: {
          name: startup.name,
          oneLiner: startup.oneLiner,
          website: startup.website,
          city: seeded.city,
          founders: startup.founders.map(({ name, email }) => ({ name, email })),
        },
      });
      expect(firstOf(await pairsOf(seeded)).status).toBe('accepted');
      const entries = await answers(seeded.investor.id);
      expect(entries.map((e) => [e.actorLabel, e.data.answer])).toEqual([
        ['founder', 'agreed'],
        ['investor', 'accepted'],
      ]);

      const toInvestor = (await mailsTo(seeded.investor.email, 'investor-introduction')).filter(
        (m) => m.subject?.startsWith('Vorstellung: '),
      );
      expect(toInvestor).toHaveLength(1);
      expect(firstOf(toInvestor).subject).toContain(startup.name);
      expect(firstOf(toInvestor).text).toContain(startup.oneLiner);
      expect(firstOf(toInvestor).text).toContain(startup.website);
      for (const founder of startup.founders) {
        expect(firstOf(toInvestor).text).toContain(founder.name);
        expect(firstOf(toInvestor).html).toContain(`mailto:${founder.email}`);
      }
      expect(firstOf(toInvestor).text).not.toContain(seeded.advisor);
      for (const founder of startup.founders) {
        const mails = (await mailsTo(founder.email, 'investor-introduction')).filter((m) =>
          m.subject?.startsWith('Vorstellung: '),
        );
        expect(mails).toHaveLength(1);
        expect(firstOf(mails).text).toContain(seeded.investor.contactName);
        expect(firstOf(mails).text).toContain(seeded.investor.name);
        expect(firstOf(mails).text).toContain(seeded.investor.email);
      }
      expect(await outboxCount(seeded.advisor)).toBe(0);

      for (const [method, url] of [
        ['post', `${INTRO}/offer/accept`],
        ['post', `${INTRO}/offer/decline`],
        ['get', `${INTRO}/offer`],
      ] as const) {
        await expectGone(method, url, token, 'used');
      }
      expect(await answers(seeded.investor.id)).toHaveLength(2);
    });

    it('decline: declined with a reject rule; nobody is introduced', async () => {
      const { seeded, teasers } = await offered();
      const startup = firstOf(seeded.startups);
      const res = await viaLink('post', `${INTRO}/offer/decline`, firstOf(teasers)).send({
        reason: 'not-my-field',
      });
      expect(res.status).toBe(200);
      expect(res.body as InvestorOfferAnswer).toEqual({ status: 'declined' });
      expect(firstOf(await pairsOf(seeded)).status).toBe('declined');
      const rules = (await db.query(
        `SELECT rule FROM match_rules WHERE investor_id = $1 AND startup_id = $2`,
        [seeded.investor.id, startup.id],
      )) as { rule: string }[];
      expect(rules).toEqual([{ rule: 'reject' }]);
      const entries = await answers(startup.id);
      expect(entries[1]).toMatchObject({
        actorLabel: 'investor',
        data: { answer: 'declined', reason: 'not-my-field' },
      });
      expect(await outboxCount(seeded.investor.email, 'investor-introduction')).toBe(0);
      await expectGone('post', `${INTRO}/offer/accept`, firstOf(teasers), 'used');
    });

    it('with the round’s introductions used up an accept is 409 introsPerRound and spends no link', async () => {
      const { seeded, teasers } = await offered(2, 2);
      // The investor takes fewer introductions now than when the run proposed both.
      await db.query(`UPDATE investors SET intros_per_round = 1 WHERE id = $1`, [
        seeded.investor.id,
      ]);
      await viaLink('post', `${INTRO}/offer/accept`, firstOf(teasers)).expect(200);
      const full = await viaLink('post', `${INTRO}/offer/accept`, itemAt(teasers, 1));
      expect(full.status).toBe(409);
      expect(((full.body as ApiErrorBody).errors ?? []).map((e) => e.field)).toEqual([
        'introsPerRound',
      ]);
      expect(await tokenRow(itemAt(teasers, 1))).toEqual({ uses: 0, usedAt: null });
      expect((await pairsOf(seeded)).map((pair) => pair.status)).toEqual(['accepted', 'offered']);
      // The link still works: it can be declined.
      await viaLink('post', `${INTRO}/offer/decline`, itemAt(teasers, 1)).send({}).expect(200);
    });
  });

  describe('follow-ups', () => {
    it('asked founders get one reminder each with a new link that replaces theirs, once, when due', async () => {
      const { seeded, consent } = await asked();
      const startup = firstOf(seeded.startups);
      const pair = firstOf(await pairsOf(seeded));
      // Not due yet: the job of a wait that began just now does nothing.
      expect(await followUps.remind(pair.id)).toBe('skipped');
      await waited(pair.id, 5);
      expect(await runJob(followUps.handlers, await job('offer.remind', pair.id))).toBe('reminded');
      const fresh: string[] = [];
      for (const [index, founder] of startup.founders.entries()) {
        const reminders = (await mailsTo(founder.email, 'intro-consent-request')).filter((m) =>
          m.subject?.startsWith('Erinnerung: '),
        );
        expect(reminders).toHaveLength(1);
        fresh.push(linkIn(firstOf(reminders), 'intro-consent'));
        await expectGone(
          'get',
          `${INTRO}/consent`,
          itemAt(consent.get(startup.id)!, index),
          'revoked',
        );
      }
      // Each founder's new link works (the other founder's reminder did not revoke it).
      for (const token of fresh) await viaLink('get', `${INTRO}/consent`, token).expect(200);
      expect(await followUps.remind(pair.id)).toBe('skipped');
      expect(await outboxCount(firstOf(startup.founders).email, 'intro-consent-request')).toBe(2);
      expect(await matchActions(pair.id)).toEqual(['approved', 'startup-asked', 'reminded']);
      await viaLink('post', `${INTRO}/consent/accept`, itemAt(fresh, 1)).expect(200);
    });

    it('the investor gets one teaser reminder in their own wait', async () => {
      const { seeded, teasers, teaserMails } = await offered();
      const pair = firstOf(await pairsOf(seeded));
      expect(await followUps.remind(pair.id)).toBe('skipped');
      await waited(pair.id, 5);
      expect(await runJob(followUps.handlers, await job('offer.remind', `${pair.id}.teaser`))).toBe(
        'reminded',
      );
      const reminders = (await mailsTo(seeded.investor.email, 'investor-teaser')).filter((m) =>
        m.subject?.startsWith('Erinnerung: '),
      );
      expect(reminders).toHaveLength(1);
      expect(firstOf(reminders).subject).toBe(`Erinnerung: ${firstOf(teaserMails).subject}`);
      expect(firstOf(reminders).text).not.toContain(firstOf(seeded.startups).name);
      const token = linkIn(firstOf(reminders), 'investor-offer');
      await expectGone('get', `${INTRO}/offer`, firstOf(teasers), 'revoked');
      await viaLink('get', `${INTRO}/offer`, token).expect(200);
      expect(await followUps.remind(pair.id)).toBe('skipped');
    });

    it('expiry of an asked pair: expired, every consent link 410, once only', async () => {
      const { seeded, consent } = await asked();
      const startup = firstOf(seeded.startups);
      const pair = firstOf(await pairsOf(seeded));
      expect(await followUps.expire(pair.id)).toBe('skipped');
      await waited(pair.id, 15);
      expect(await runJob(followUps.handlers, await job('offer.expire', pair.id))).toBe('expired');
      expect(firstOf(await pairsOf(seeded)).status).toBe('expired');
      for (const token of consent.get(startup.id)!) {
        await expectGone('get', `${INTRO}/consent`, token, 'revoked');
        await expectGone('post', `${INTRO}/consent/accept`, token, 'revoked');
      }
      expect(await followUps.expire(pair.id)).toBe('skipped');
      expect(await followUps.remind(pair.id)).toBe('skipped');
      expect(await matchActions(pair.id)).toEqual(['approved', 'startup-asked', 'expired']);
      expect(await outboxCount(seeded.investor.email)).toBe(0);
    });

    it('expiry of an offered pair counts from the consent: the first wait’s job does nothing, the teaser link 410 after its own wait', async () => {
      const { seeded, teasers } = await offered();
      const pair = firstOf(await pairsOf(seeded));
      // The first wait's expiry job (due 14 days after the founders were asked) runs now.
      expect(await runJob(followUps.handlers, await job('offer.expire', pair.id))).toBe('skipped');
      expect(firstOf(await pairsOf(seeded)).status).toBe('offered');
      await viaLink('get', `${INTRO}/offer`, firstOf(teasers)).expect(200);
      await waited(pair.id, 15);
      expect(await runJob(followUps.handlers, await job('offer.expire', `${pair.id}.teaser`))).toBe(
        'expired',
      );
      expect(firstOf(await pairsOf(seeded)).status).toBe('expired');
      await expectGone('get', `${INTRO}/offer`, firstOf(teasers), 'revoked');
      await expectGone('post', `${INTRO}/offer/accept`, firstOf(teasers), 'revoked');
      expect(await outboxCount(seeded.investor.email, 'investor-introduction')).toBe(0);
    });
  });
});
