/**
 * Investor introductions by email, a double opt-in: the startup's founders agree first (an
 * `intro-consent` link), then the investor gets an anonymised teaser (an `investor-offer` link)
 * and learns the startup's name and founders only by accepting. Both links are single use.
 */
import type { Locale } from './auth.js';
import type { OfferDeclineReason } from './offers.js';
import type { InvestorType } from './programme.js';

/** The web app's page a founder's consent link opens: `${INTRO_CONSENT_PATH}/<token>`. */
export const INTRO_CONSENT_PATH = '/respond/intro-consent';

/** The web app's page an investor's introduction link opens: `${INVESTOR_OFFER_PATH}/<token>`. */
export const INVESTOR_OFFER_PATH = '/respond/investor-offer';

/** A vocabulary term as a public page shows it. */
export interface TermLabel {
  key: string;
  labelDe: string;
  labelEn: string;
}

/** Why it fits: the score's parts' reasons in both languages (none names the startup). */
export interface FitReason {
  de: string;
  en: string;
}

/**
 * `GET /api/v1/public/introductions/consent`: what a founder's consent link shows. The investor
 * is named (the startup decides whom it meets). Changes nothing.
 */
export interface IntroConsentView {
  /** The founders' language, for the page. */
  locale: Locale;
  startup: { name: string };
  investor: {
    name: string;
    /** The person at a fund, when there is one. */
    contactName: string | null;
    type: InvestorType;
    ticketMinEur: number | null;
    ticketMaxEur: number | null;
    regions: TermLabel[];
    sectors: TermLabel[];
    stages: TermLabel[];
  };
  cohort: { name: string };
  reasons: FitReason[];
  /** When the link stops working. */
  linkExpiresAt: string;
}

/** The answer to a consent: `agreed` sends the investor the teaser; `declined` ends the pair. */
export interface IntroConsentAnswer {
  status: 'agreed' | 'declined';
  investorName: string;
}

/**
 * `GET /api/v1/public/introductions/offer`: the anonymised teaser an investor's link shows —
 * nothing that names the startup (no name, one-liner, website, founders or exact city).
 */
export interface InvestorTeaserView {
  /** The investor's language, for the page. */
  locale: Locale;
  /** Whom the page greets: the contact person at a fund, else the investor's own name. */
  investor: { name: string };
  teaser: {
    stage: TermLabel | null;
    sectors: TermLabel[];
    topics: TermLabel[];
    /** Whole EUR, null when not given. */
    fundingSoughtEur: number | null;
    fundingRaisedEur: number | null;
    teamSize: number | null;
    /** Only the year, so that the teaser does not point to one company. */
    foundedYear: number | null;
    languages: string[];
  };
  cohort: { name: string };
  reasons: FitReason[];
  linkExpiresAt: string;
}

/** What an investor learns by accepting: the startup and its founders' contacts. */
export interface RevealedStartup {
  name: string;
  oneLiner: string | null;
  website: string | null;
  city: string | null;
  founders: { name: string; email: string }[];
}

/** `POST /api/v1/public/introductions/offer/accept|decline`. */
export type InvestorOfferAnswer =
  { status: 'accepted'; startup: RevealedStartup } | { status: 'declined' };

/** `POST …/consent/decline` and `POST …/offer/decline`: why (optional), as for mentor offers. */
export interface DeclineIntroductionRequest {
  reason?: OfferDeclineReason;
  note?: string;
}
