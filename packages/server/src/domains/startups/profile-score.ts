import type { StartupInput } from '@kohorte/contracts';

// Tags are staff's labels, not part of the profile a startup fills in.
type ProfileField = Exclude<keyof StartupInput, 'name' | 'tags'>;

/**
 * How much each part of a profile counts towards its completeness (sums to 100). What a mentor
 * match needs most — what the startup does and which help it needs — weighs most.
 */
export const PROFILE_WEIGHTS: Readonly<Record<ProfileField, number>> = {
  oneLiner: 10,
  description: 15,
  topics: 15,
  website: 10,
  stage: 10,
  sectors: 10,
  foundedOn: 5,
  teamSize: 5,
  city: 5,
  fundingRaisedEur: 5,
  fundingSoughtEur: 5,
  languages: 5,
};

function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Profile completeness, 0–100: the summed weights of the fields that are filled in. */
export function profileCompleteness(profile: Partial<StartupInput>): number {
  let score = 0;
  for (const [field, weight] of Object.entries(PROFILE_WEIGHTS) as [ProfileField, number][]) {
    if (isFilled(profile[field])) score += weight;
  }
  return score;
}
