import type { Locale, ProposalPart } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { founderLocale } from '../founder-profile/founder-profile-mapper';
import type { MailOutbox } from '../mail/mail-outbox';
import { MENTOR_OFFER_PATH } from './offer-types';

/** A mentor offer as the offers area reads it: the proposal with its startup, mentor and cohort. */
export interface OfferRow {
  proposalId: string;
  runId: string;
  cohortId: string;
  cohortName: string;
  status: string;
  score: number;
  parts: ProposalPart[];
  rank: number;
  startupId: string;
  startupName: string;
  oneLiner: string | null;
  stage: string | null;
  mentorId: string;
  mentorName: string;
  mentorEmail: string;
  mentorLanguages: string[];
}

export const OFFER_COLUMNS = `p.id AS "proposalId", p.run_id AS "runId", p.cohort_id AS "cohortId",
  c.name AS "cohortName", p.status, p.score::float8 AS score, p.parts, p.rank,
  s.id AS "startupId", s.name AS "startupName", s.one_liner AS "oneLiner", s.stage,
  m.id AS "mentorId", m.full_name AS "mentorName", m.email AS "mentorEmail",
  m.languages AS "mentorLanguages"`;

export const OFFER_FROM = `match_proposals p
  JOIN startups s ON s.id = p.startup_id
  JOIN mentors m ON m.id = p.mentor_id
  JOIN cohorts c ON c.id = p.cohort_id`;

/** A mentor reads German unless they work in English only (as founders do). */
export function mentorLocale(languages: readonly string[]): Locale {
  return founderLocale(languages);
}

/** The explanation of a pair in one language: the reasons of the parts that scored. */
function reasonsIn(parts: ProposalPart[], locale: Locale): string[] {
  return parts
    .filter((part) => part.points > 0)
    .map((part) => part.reason[locale])
    .filter((reason) => typeof reason === 'string' && reason.trim() !== '');
}

/** The offer's mentor proposal, locked when asked; undefined when there is none. */
export async function readOffer(
  manager: EntityManager,
  proposalId: string,
  lock: boolean,
): Promise<OfferRow | undefined> {
  const [offer] = (await manager.query(
    `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM} WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
    [proposalId],
  )) as OfferRow[];
  return offer;
}

/**
 * The offer's email (or its reminder) with a single-use link to the offer. The token is issued
 * when the mail is sent (the outbox keeps only the link request, never a token), so each offer
 * gets its own email: a mail carries one link. The reminder's link replaces the first one
 * (`revokeEarlier`: once it is sent, the earlier links of this proposal stop working).
 */
export function mailOffer(
  mail: MailOutbox,
  manager: EntityManager,
  offer: OfferRow,
  options: {
    ttlSeconds: number;
    actorId: string | null;
    reminder?: boolean;
  },
): Promise<string> {
  const locale = mentorLocale(offer.mentorLanguages);
  const reminder = options.reminder ?? false;
  return mail.add(manager, {
    to: offer.mentorEmail,
    toName: offer.mentorName,
    locale,
    template: reminder ? 'mentor-offer-reminder' : 'mentor-offer',
    data: {
      mentorName: offer.mentorName,
      cohortName: offer.cohortName,
      startupName: offer.startupName,
      oneLiner: offer.oneLiner,
      reasons: reasonsIn(offer.parts, locale),
    },
    link: {
      path: MENTOR_OFFER_PATH,
      purpose: 'mentor-offer',
      subjectType: 'mentor',
      subjectId: offer.mentorId,
      ttlSeconds: options.ttlSeconds,
      singleUse: true,
      extra: { proposalId: offer.proposalId },
      ...(reminder ? { revokeEarlier: true } : {}),
      createdBy: options.actorId,
    },
    subjectType: 'mentor',
    subjectId: offer.mentorId,
    key: `${reminder ? 'mentor-offer-reminder' : 'mentor-offer'}.${offer.proposalId}`,
  });
}
