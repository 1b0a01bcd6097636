import type { ApplicationProfile, ReviewerProfile, ReviewPairRef } from '@kohorte/matching';
import { Prng } from './prng';
import { SECTORS, STAGE_SHARE, STAGES, TOPICS } from './vocabulary';

/** Applications to a call: one or two sectors, two to four topics, a stage by share. */
export function syntheticApplications(count: number, seed: number): ApplicationProfile[] {
  const prng = new Prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    sectors: prng.distinct(SECTORS, prng.int(1, 2)),
    topics: prng.distinct(TOPICS, prng.int(2, 4)),
    stage: prng.weighted(STAGE_SHARE),
  }));
}

/**
 * Reviewers: broader expertise than an application's (4–8 topics, 1–4 sectors, 10 % open to
 * every sector, 15 % to every stage), load limits 30–60, which leaves about 12 % slack at r = 3.
 */
export function syntheticReviewers(count: number, seed: number): ReviewerProfile[] {
  const prng = new Prng(seed);
  return Array.from({ length: count }, (_, j) => {
    const firstStage = prng.int(0, STAGES.length - 1);
    return {
      id: `r${j}`,
      sectors: prng.chance(0.1) ? [] : prng.distinct(SECTORS, prng.int(1, 4)),
      topics: prng.distinct(TOPICS, prng.int(4, 8)),
      stages: prng.chance(0.15) ? [] : STAGES.slice(firstStage, firstStage + prng.int(2, 3)),
      maxLoad: prng.int(30, 60),
    };
  });
}

/** Declared conflicts: each application conflicts with 0–2 random reviewers. */
export function syntheticConflicts(
  applications: number,
  reviewers: number,
  seed: number,
): ReviewPairRef[] {
  const prng = new Prng(seed);
  const conflicts: ReviewPairRef[] = [];
  for (let i = 0; i < applications; i++) {
    for (const j of prng.sample(reviewers, prng.int(0, 2))) {
      conflicts.push({ applicationId: `a${i}`, reviewerId: `r${j}` });
    }
  }
  return conflicts;
}
