import type {
  InvestorType,
  Locale,
  MatchingKind,
  ProposalPart,
  SendOffersSkip,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, rowSpec, type RowOf } from '../../infra/database/typed-query';
import { introductionsWithdrawnSql } from '../privacy/index';

/** An investor proposal as the introductions area reads it: the pair, its cohort, both sides. */
export const INTRODUCTION_ROW = rowSpec({
  proposalId: 'uuid',
  runId: 'uuid',
  cohortId: 'uuid',
  cohortName: 'text',
  status: 'text',
  score: 'float8',
  parts: column('jsonb').as<ProposalPart[]>(),
  offeredAt: 'timestamptz?',
  remindedAt: 'timestamptz?',
  startupId: 'uuid',
  startupName: 'text',
  oneLiner: 'text?',
  website: 'text?',
  city: 'text?',
  stage: 'text?',
  sectors: 'text[]',
  topics: 'text[]',
  teamSize: 'int4?',
  fundingSoughtEur: 'float8?',
  fundingRaisedEur: 'float8?',
  foundedYear: 'int4?',
  startupLanguages: 'text[]',
  investorId: 'uuid',
  investorName: 'text',
  contactName: 'text?',
  investorEmail: 'text',
  investorType: column('text').as<InvestorType>(),
  ticketMinEur: 'float8?',
  ticketMaxEur: 'float8?',
  regions: 'text[]',
  investorSectors: 'text[]',
  investorStages: 'text[]',
  /** The language of the investor's emails and link page. */
  investorLocale: column('text').as<Locale>(),
});

export type IntroductionRow = RowOf<typeof INTRODUCTION_ROW>;

/** A founder on record (`startup_contacts.is_founder`): who is asked and introduced. */
export const FOUNDER_ROW = rowSpec({
  id: 'uuid',
  name: 'text',
  email: 'text',
});

export type Founder = RowOf<typeof FOUNDER_ROW>;

const INTRODUCTION_COLUMNS = `p.id AS "proposalId", p.run_id AS "runId", p.cohort_id AS "cohortId",
  c.name AS "cohortName", p.status, p.score::float8 AS score, p.parts,
  p.offered_at AS "offeredAt", p.reminded_at AS "remindedAt",
  s.id AS "startupId", s.name AS "startupName", s.one_liner AS "oneLiner", s.website, s.city,
  s.stage, s.sectors, s.topics, s.team_size AS "teamSize",
  s.funding_sought_eur::float8 AS "fundingSoughtEur",
  s.funding_raised_eur::float8 AS "fundingRaisedEur",
  extract(year FROM s.founded_on)::int AS "foundedYear", s.languages AS "startupLanguages",
  i.id AS "investorId", i.name AS "investorName", i.contact_name AS "contactName",
  i.email AS "investorEmail", i.type AS "investorType",
  i.ticket_min_eur::float8 AS "ticketMinEur", i.ticket_max_eur::float8 AS "ticketMaxEur",
  i.regions, i.sectors AS "investorSectors", i.stages AS "investorStages",
  i.locale AS "investorLocale"`;

const INTRODUCTION_FROM = `match_proposals p
  JOIN startups s ON s.id = p.startup_id
  JOIN investors i ON i.id = p.investor_id
  JOIN cohorts c ON c.id = p.cohort_id`;

const introductionById = query(
  `SELECT ${INTRODUCTION_COLUMNS} FROM ${INTRODUCTION_FROM}
     WHERE p.id = $1 `,
  INTRODUCTION_ROW,
);
const lockedIntroductionById = query(
  `SELECT ${INTRODUCTION_COLUMNS} FROM ${INTRODUCTION_FROM}
     WHERE p.id = $1 FOR UPDATE OF p`,
  INTRODUCTION_ROW,
);

/** The investor proposal, locked when asked; undefined when there is none (or it is a mentor's). */
export async function readIntroduction(
  manager: EntityManager,
  proposalId: string,
  lock: boolean,
): Promise<IntroductionRow | undefined> {
  const [row] = await (lock ? lockedIntroductionById : introductionById).all(manager, [proposalId]);
  return row;
}

const introductionsByIds = query(
  `SELECT ${INTRODUCTION_COLUMNS} FROM ${INTRODUCTION_FROM}
     WHERE p.id = ANY($1::uuid[]) ORDER BY i.id, p.rank, s.name`,
  INTRODUCTION_ROW,
);

/** Several investor proposals, by investor and rank. */
export async function readIntroductions(
  manager: EntityManager,
  proposalIds: string[],
): Promise<IntroductionRow[]> {
  return introductionsByIds.all(manager, [proposalIds]);
}

const foundersOfStartup = query(
  `SELECT id, full_name AS name, email FROM startup_contacts
     WHERE startup_id = $1 AND is_founder ORDER BY created_at, id`,
  FOUNDER_ROW,
);

/** The startup's founders on record, oldest first. */
export async function foundersOf(manager: EntityManager, startupId: string): Promise<Founder[]> {
  return foundersOfStartup.all(manager, [startupId]);
}

export const introductionDue = query(
  `SELECT coalesce(offered_at + make_interval(days => $2) <= now() + interval '1 minute', true)
       AS due
     FROM match_proposals WHERE id = $1`,
  { due: 'bool' },
);

export const runKind = query(`SELECT kind FROM matching_runs WHERE id = $1`, {
  kind: column('text').as<MatchingKind>(),
});

export const lockedRunToIntroduce = query(
  `SELECT id, kind, status FROM matching_runs WHERE id = $1 FOR NO KEY UPDATE`,
  { id: 'uuid', kind: column('text').as<MatchingKind>(), status: 'text' },
);

export const skippedIntroductions = query(
  `SELECT DISTINCT s.id AS "startupId", s.name AS "startupName",
                CASE WHEN ${introductionsWithdrawnSql('s.id')} THEN 'consent-withdrawn'
                     ELSE 'no-founders' END AS reason
         FROM match_proposals p JOIN startups s ON s.id = p.startup_id
         WHERE p.run_id = $1 AND p.status = 'approved' AND p.investor_id IS NOT NULL
         ORDER BY s.name, s.id`,
  { startupId: 'uuid', startupName: 'text', reason: column('text').as<SendOffersSkip['reason']>() },
);

export const lockedIntrosPerRound = query(
  `SELECT intros_per_round AS "introsPerRound" FROM investors WHERE id = $1 FOR UPDATE`,
  { introsPerRound: 'int4' },
);

export const acceptedIntroductions = query(
  `SELECT count(*)::int AS accepted FROM match_proposals
         WHERE run_id = $1 AND investor_id = $2 AND status = 'accepted'`,
  { accepted: 'int4' },
);

export const markIntroductionReminded = query(
  `UPDATE match_proposals SET reminded_at = now() WHERE id = $1`,
  {},
);
