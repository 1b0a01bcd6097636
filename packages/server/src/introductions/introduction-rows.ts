import type { InvestorType, Locale, ProposalPart } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';

/** An investor proposal as the introductions area reads it: the pair, its cohort, both sides. */
export interface IntroductionRow {
  proposalId: string;
  runId: string;
  cohortId: string;
  cohortName: string;
  status: string;
  score: number;
  parts: ProposalPart[];
  offeredAt: Date | null;
  remindedAt: Date | null;
  startupId: string;
  startupName: string;
  oneLiner: string | null;
  website: string | null;
  city: string | null;
  stage: string | null;
  sectors: string[];
  topics: string[];
  teamSize: number | null;
  fundingSoughtEur: number | null;
  fundingRaisedEur: number | null;
  foundedYear: number | null;
  startupLanguages: string[];
  investorId: string;
  investorName: string;
  contactName: string | null;
  investorEmail: string;
  investorType: InvestorType;
  ticketMinEur: number | null;
  ticketMaxEur: number | null;
  regions: string[];
  investorSectors: string[];
  investorStages: string[];
  /** The language of the investor's emails and link page. */
  investorLocale: Locale;
}

/** A founder on record (`startup_contacts.is_founder`): who is asked and introduced. */
export interface Founder {
  id: string;
  name: string;
  email: string;
}

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

/** The investor proposal, locked when asked; undefined when there is none (or it is a mentor's). */
export async function readIntroduction(
  manager: EntityManager,
  proposalId: string,
  lock: boolean,
): Promise<IntroductionRow | undefined> {
  const [row] = (await manager.query(
    `SELECT ${INTRODUCTION_COLUMNS} FROM ${INTRODUCTION_FROM}
     WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
    [proposalId],
  )) as IntroductionRow[];
  return row;
}

/** Several investor proposals, by investor and rank. */
export async function readIntroductions(
  manager: EntityManager,
  proposalIds: string[],
): Promise<IntroductionRow[]> {
  return (await manager.query(
    `SELECT ${INTRODUCTION_COLUMNS} FROM ${INTRODUCTION_FROM}
     WHERE p.id = ANY($1::uuid[]) ORDER BY i.id, p.rank, s.name`,
    [proposalIds],
  )) as IntroductionRow[];
}

/** The startup's founders on record, oldest first. */
export async function foundersOf(manager: EntityManager, startupId: string): Promise<Founder[]> {
  return (await manager.query(
    `SELECT id, full_name AS name, email FROM startup_contacts
     WHERE startup_id = $1 AND is_founder ORDER BY created_at, id`,
    [startupId],
  )) as Founder[];
}
