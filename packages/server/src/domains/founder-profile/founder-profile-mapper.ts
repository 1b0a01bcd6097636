import {
  FOUNDER_PROFILE_FIELDS,
  type FounderProfile,
  type Locale,
  type StartupFigures,
  type UpdateFounderProfileRequest,
} from '@kohorte/contracts';
import type { StartupEntity } from '../startups/index';
import type { StartupFiguresEntity } from './startup-figures.entity';

/** The fields of one month's figures, in the order the timeline lists their changes. */
export const FIGURE_FIELDS = [
  'revenueEur',
  'customers',
  'teamSize',
  'fundingRaisedEur',
  'highlights',
  'asks',
] as const satisfies readonly (keyof StartupFigures)[];

/** The profile without what only staff see (tags, status, completeness, memberships). */
export function toFounderProfile(entity: StartupEntity): FounderProfile {
  return {
    id: entity.id,
    name: entity.name,
    oneLiner: entity.oneLiner,
    description: entity.description,
    website: entity.website,
    foundedOn: entity.foundedOn,
    stage: entity.stage,
    sectors: entity.sectors,
    teamSize: entity.teamSize,
    city: entity.city,
    fundingRaisedEur: entity.fundingRaisedEur,
    fundingSoughtEur: entity.fundingSoughtEur,
    languages: entity.languages,
    topics: entity.topics,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Only the founder-editable fields of a patch, whatever else an object carries. */
export function founderFields(patch: UpdateFounderProfileRequest): UpdateFounderProfileRequest {
  const picked: Record<string, unknown> = {};
  for (const field of FOUNDER_PROFILE_FIELDS) {
    if (patch[field] !== undefined) picked[field] = patch[field];
  }
  return picked as UpdateFounderProfileRequest;
}

export function toFigures(entity: StartupFiguresEntity): StartupFigures {
  return {
    month: entity.month,
    revenueEur: entity.revenueEur,
    customers: entity.customers,
    teamSize: entity.teamSize,
    fundingRaisedEur: entity.fundingRaisedEur,
    highlights: entity.highlights,
    asks: entity.asks,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/**
 * The language of a founder's email. Contacts have no language of their own: German, unless the
 * startup's working languages include English but not German.
 */
export function founderLocale(languages: readonly string[]): Locale {
  return languages.includes('en') && !languages.includes('de') ? 'en' : 'de';
}
