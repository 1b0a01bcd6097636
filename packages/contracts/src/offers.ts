/** Mentor offers: what the offer link shows and what a mentor answers. */
import type { Locale } from './auth.js';
import type { MatchingKind, ProposalStatus } from './matching.js';

/** Why a mentor declines (optional). */
export const OFFER_DECLINE_REASONS = ['too-busy', 'not-my-field', 'conflict', 'other'] as const;
export type OfferDeclineReason = (typeof OFFER_DECLINE_REASONS)[number];

/** The longest free-text note a mentor can add to a decline. */
export const OFFER_NOTE_MAX_LENGTH = 2000;

/** A startup whose approved pairs could not be sent, and why. */
export interface SendOffersSkip {
  startupId: string;
  startupName: string;
  /**
   * `no-founders`: an investor introduction asks the founders first, and none is on record.
   * `consent-withdrawn`: the founders withdrew their consent to investor introductions.
   */
  reason: 'no-founders' | 'consent-withdrawn';
}

/** 200 of `POST /api/v1/matching-runs/:id/offers`. */
export interface SendOffersResult {
  /** Proposals sent: mentor offers, or (investor runs) pairs whose founders were asked. */
  offered: number;
  /** Emails written to the outbox: one per mentor, listing their startups (one link per offer). */
  emails: number;
  /** Startups left out (their pairs stay approved, to send again once fixed). */
  skipped: SendOffersSkip[];
}

/** One mentor who would get an email, and how many startups it offers. */
export interface SendOffersRecipient {
  name: string;
  startups: number;
  /** The language the email is written in. */
  locale: Locale;
}

/**
 * `GET /api/v1/matching-runs/:id/offers/preview`: what "Send offers" would send, for the manager
 * to confirm. Changes nothing.
 */
export interface SendOffersPreview {
  /** Approved proposals that would go out. */
  offers: number;
  /** Emails that would be written: one per mentor (investor runs: not known before sending). */
  emails: number | null;
  recipients: SendOffersRecipient[];
  /** The first recipient's email as they would read it, its link shown as `[link]`; null for investor runs. */
  example: { to: string; subject: string; text: string; html: string } | null;
}

/** `GET /api/v1/public/offers/current`: what a mentor's offer link shows. Changes nothing. */
export interface MentorOfferView {
  /** The mentor's language, for the page. */
  locale: Locale;
  mentor: {
    name: string;
    capacity: number;
    /** Live mentorships: the startups the mentor works with now. */
    mentees: { startupName: string; cohortName: string }[];
    /** From when new runs may propose the mentor (`YYYY-MM-DD`), e.g. after a pause; null: now. */
    availableFrom: string | null;
  };
  startup: {
    name: string;
    oneLiner: string | null;
    /** The stage's key and labels, or null when the startup has none. */
    stage: { key: string; labelDe: string; labelEn: string } | null;
  };
  cohort: { name: string };
  /** Why it fits: the score's parts' reasons in both languages. */
  reasons: { de: string; en: string }[];
  /** When the link stops working. */
  linkExpiresAt: string;
}

/** `POST /api/v1/public/offers/decline`. */
export interface DeclineOfferRequest {
  reason?: OfferDeclineReason;
  note?: string;
}

/** The answer to accept/decline. */
export interface MentorOfferAnswer {
  status: 'accepted' | 'declined';
  startupName: string;
}

/** The longest pause a mentor can ask for through an offer link, in days from today. */
export const OFFER_PAUSE_MAX_DAYS = 365;

/**
 * `POST /api/v1/public/offers/pause`: no new offers until `until` (`YYYY-MM-DD`, after today and
 * at most OFFER_PAUSE_MAX_DAYS ahead). Does not spend the link: the offer stays answerable.
 */
export interface PauseOffersRequest {
  until: string;
}

/** The answer to a pause: the mentor's availability now starts on this day. */
export interface PauseOffersResult {
  availableFrom: string;
}

/** A sent offer as the cohort page lists it: a mentor offer or an investor introduction. */
export interface CohortOffer {
  proposalId: string;
  runId: string;
  kind: MatchingKind;
  /** `startup-asked` (investors: the founders are asked first), `offered`, or the outcome. */
  status: Extract<
    ProposalStatus,
    'startup-asked' | 'offered' | 'accepted' | 'declined' | 'expired'
  >;
  startup: { id: string; name: string };
  /** The mentor or the investor. */
  partner: { id: string; name: string };
  score: number;
  offeredAt: string;
  remindedAt: string | null;
  /** An open mentor offer's deadline (a late reminder may have moved it); null otherwise. */
  expiresAt: string | null;
  /** When the answer or the expiry came; null while the offer is open. */
  answeredAt: string | null;
  /** Who answered: `mentor`, `founder` or `investor`; null while open or when it expired. */
  answeredBy: 'mentor' | 'founder' | 'investor' | null;
  /** The reason given with a decline, when there was one. */
  declineReason: OfferDeclineReason | null;
}

/**
 * `GET /api/v1/cohorts/:id/offers`: the cohort's offers, the latest answers first (accepted,
 * declined, expired), then the open ones, newest sent first.
 */
export interface CohortOffers {
  items: CohortOffer[];
  /** How many are still open (`startup-asked` or `offered`): the page polls while any are. */
  open: number;
  /** How many offers have each status, over all of the cohort's offers (not only those listed). */
  counts: Record<CohortOffer['status'], number>;
}
