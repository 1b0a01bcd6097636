import type { ApiErrorBody } from './errors.js';
import type { FounderConsent } from './privacy.js';
import type { StartupInput } from './startups.js';

/**
 * Links sent by email. A link carries a random token that grants one thing (its purpose) on one
 * record; the API stores only the token's SHA-256 hash.
 */
export const LINK_PURPOSES = [
  'startup-profile',
  'mentor-offer',
  'intro-consent',
  'investor-offer',
  'application',
  'review',
] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** Why a link does not work; the page says which and offers a new link. */
export const LINK_FAILURES = ['unknown', 'expired', 'used', 'revoked'] as const;
export type LinkFailure = (typeof LINK_FAILURES)[number];

/**
 * The answer to a link that does not work: 404 for `unknown`, 410 for `expired`, `used` and
 * `revoked`. Never 401, which means "a staff member must sign in".
 */
export interface LinkErrorBody extends ApiErrorBody {
  reason: LinkFailure;
}

/** The public API reads a link's token from `Authorization: Link <token>`. */
export const LINK_AUTH_SCHEME = 'Link';

/** How long a startup's profile link works; it may be used for any number of saves until then. */
export const PROFILE_LINK_TTL_DAYS = 7;

/** The web app's page a profile link opens: `${PROFILE_LINK_PATH}/<token>`. */
export const PROFILE_LINK_PATH = '/respond/profile';

/** The startup's profile fields that founders see and change: everything but the internal ones. */
export const FOUNDER_PROFILE_FIELDS = [
  'name',
  'oneLiner',
  'description',
  'website',
  'foundedOn',
  'stage',
  'sectors',
  'teamSize',
  'city',
  'fundingRaisedEur',
  'fundingSoughtEur',
  'languages',
  'topics',
] as const satisfies readonly (keyof StartupInput)[];
export type FounderProfileField = (typeof FOUNDER_PROFILE_FIELDS)[number];

/** The profile as founders see it: no notes, tags, statuses or cohort memberships. */
export type FounderProfile = { id: string; updatedAt: string } & {
  [F in FounderProfileField]-?: Exclude<StartupInput[F], undefined>;
};

/** `PATCH /api/v1/public/profile`: only the fields given change; `null` clears a nullable one. */
export type UpdateFounderProfileRequest = Partial<Pick<StartupInput, FounderProfileField>>;

/** One month's figures as the startup reported them. Amounts in whole EUR. */
export interface StartupFiguresInput {
  revenueEur?: number | null;
  customers?: number | null;
  teamSize?: number | null;
  fundingRaisedEur?: number | null;
  /** Free text: what went well this month. */
  highlights?: string | null;
  /** Free text: what the startup needs from the programme. */
  asks?: string | null;
}

/** The maximum length of `highlights` and `asks`. */
export const FIGURES_TEXT_MAX_LENGTH = 2000;

export interface StartupFigures {
  /** `YYYY-MM`. */
  month: string;
  revenueEur: number | null;
  customers: number | null;
  teamSize: number | null;
  fundingRaisedEur: number | null;
  highlights: string | null;
  asks: string | null;
  updatedAt: string;
}

/** `GET /api/v1/public/profile`: what a profile link shows. */
export interface FounderProfileView {
  profile: FounderProfile;
  /** Oldest month first. */
  figures: StartupFigures[];
  /** The startup's consents (investor introductions), withdrawable here. */
  consents: FounderConsent[];
  /** When the link stops working. */
  linkExpiresAt: string;
}

/** `POST /api/v1/public/profile-links`: a founder asks for a new link. */
export interface RequestProfileLinkRequest {
  email: string;
}

/** A startup that got no profile link, and why. */
export interface ProfileRequestSkip {
  startupId: string;
  name: string;
  reason: 'no-founder' | 'archived';
}

/** 202 answer of `POST /api/v1/{startups,cohorts}/:id/profile-requests`. */
export interface ProfileRequestResult {
  /** Startups that were sent links. */
  startups: number;
  /** Emails written to the outbox (one per founder). */
  emails: number;
  skipped: ProfileRequestSkip[];
}

/** `GET /api/v1/public/incubator`: what the public link pages show in their header. */
export interface PublicIncubator {
  name: string;
}
