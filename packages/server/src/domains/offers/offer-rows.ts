import type { Locale, ProposalPart } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, rowSpec, type RowOf } from '../../infra/database/typed-query';
import { founderLocale } from '../founder-profile/index';
import { MAX_LINKS_PER_MAIL } from '../mail/index';
import type { MailOutbox, OutgoingMail } from '../mail/index';
import { MENTOR_OFFER_PATH } from './offer-types';

export const OFFER_ROW = rowSpec({
  proposalId: 'uuid',
  runId: 'uuid',
  cohortId: 'uuid',
  cohortName: 'text',
  status: 'text',
  score: 'float8',
  parts: column('jsonb').as<ProposalPart[]>(),
  rank: 'int4',
  startupId: 'uuid',
  startupName: 'text',
  oneLiner: 'text?',
  stage: 'text?',
  mentorId: 'uuid',
  mentorName: 'text',
  mentorEmail: 'text',
  mentorLanguages: 'text[]',
  /** When the offer expires unless answered; null for an offer not (or no longer) open. */
  expiresAt: 'timestamptz?',
});

/** A mentor offer as the offers area reads it: the proposal with its startup, mentor and cohort. */
export type OfferRow = RowOf<typeof OFFER_ROW>;

export const OFFER_COLUMNS = `p.id AS "proposalId", p.run_id AS "runId", p.cohort_id AS "cohortId",
  c.name AS "cohortName", p.status, p.score::float8 AS score, p.parts, p.rank,
  s.id AS "startupId", s.name AS "startupName", s.one_liner AS "oneLiner", s.stage,
  m.id AS "mentorId", m.full_name AS "mentorName", m.email AS "mentorEmail",
  m.languages AS "mentorLanguages", p.expires_at AS "expiresAt"`;

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

const OFFER_BY_ID = `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM} WHERE p.id = $1`;
const offerById = query(OFFER_BY_ID, OFFER_ROW);
const lockedOfferById = query(`${OFFER_BY_ID} FOR UPDATE OF p`, OFFER_ROW);

/** The offer's mentor proposal, locked when asked; undefined when there is none. */
export function readOffer(
  manager: EntityManager,
  proposalId: string,
  lock: boolean,
): Promise<OfferRow | undefined> {
  return (lock ? lockedOfferById : offerById).first(manager, [proposalId]);
}

interface OfferMailOptions {
  ttlSeconds: number;
  actorId: string | null;
  reminder?: boolean;
}

/**
 * One email to one mentor offering one or more startups (the offers of one sending), each with
 * its own single-use link, named by proposal id, so each offer is answered on its own. The tokens
 * are issued when the mail is sent (the outbox keeps only the link requests, never a token). A
 * reminder's link replaces the first one (`revokeEarlier`: once it is sent, the earlier links of
 * that proposal stop working). The key (the first offer's proposal id) makes a second write of
 * the same sending a no-op.
 */
export function mailOffers(
  mail: MailOutbox,
  manager: EntityManager,
  offers: readonly OfferRow[],
  options: OfferMailOptions,
): Promise<string> {
  return mail.add(manager, offerMail(offers, options));
}

/** The email `mailOffers` writes, for the outbox or for a preview. */
export function offerMail(offers: readonly OfferRow[], options: OfferMailOptions): OutgoingMail {
  const [first] = offers;
  if (!first || offers.some((offer) => offer.mentorId !== first.mentorId)) {
    throw new Error('An offer email goes to one mentor and offers at least one startup');
  }
  const locale = mentorLocale(first.mentorLanguages);
  const reminder = options.reminder ?? false;
  const template = reminder ? 'mentor-offer-reminder' : 'mentor-offer';
  return {
    to: first.mentorEmail,
    toName: first.mentorName,
    locale,
    template,
    data: {
      mentorName: first.mentorName,
      cohortName: first.cohortName,
      startups: offers.map((offer) => ({
        proposalId: offer.proposalId,
        startupName: offer.startupName,
        oneLiner: offer.oneLiner,
        reasons: reasonsIn(offer.parts, locale),
      })),
    },
    links: Object.fromEntries(
      offers.map((offer) => [
        offer.proposalId,
        {
          path: MENTOR_OFFER_PATH,
          purpose: 'mentor-offer' as const,
          subjectType: 'mentor' as const,
          subjectId: offer.mentorId,
          ttlSeconds: options.ttlSeconds,
          // The link works exactly as long as the offer, however late the mail goes out.
          ...(offer.expiresAt ? { until: offer.expiresAt.toISOString() } : {}),
          singleUse: true,
          extra: { proposalId: offer.proposalId },
          ...(reminder ? { revokeEarlier: true } : {}),
          createdBy: options.actorId,
        },
      ]),
    ),
    subjectType: 'mentor',
    subjectId: first.mentorId,
    key: `${template}.${first.proposalId}`,
  };
}

/** The email (or the reminder) of a single offer: `mailOffers` with one startup. */
export function mailOffer(
  mail: MailOutbox,
  manager: EntityManager,
  offer: OfferRow,
  options: OfferMailOptions,
): Promise<string> {
  return mailOffers(mail, manager, [offer], options);
}

/**
 * The offers by mentor, as many as one mail carries links (the input is ordered by mentor): a
 * mentor with more offers than that gets more than one mail.
 */
export function groupByMentor(offers: readonly OfferRow[]): [OfferRow, ...OfferRow[]][] {
  const groups: [OfferRow, ...OfferRow[]][] = [];
  for (const offer of offers) {
    const last = groups[groups.length - 1];
    if (last && last[0].mentorId === offer.mentorId && last.length < MAX_LINKS_PER_MAIL) {
      last.push(offer);
    } else {
      groups.push([offer]);
    }
  }
  return groups;
}
