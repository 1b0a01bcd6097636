import type { EntityManager } from 'typeorm';
import type { TimelineRecorder, NewTimelineEntry } from '../timeline/index';

/** What a decision's timeline entries say about the pair. */
export interface PairFacts {
  runId: string;
  cohortId: string;
  cohortName: string;
  proposalId: string;
  startupId: string;
  startupName: string;
  partnerType: 'mentor' | 'investor';
  partnerId: string;
  partnerName: string;
  score: number;
  /** A swap's replaced partner. */
  previousPartnerId?: string;
  previousPartnerName?: string;
}

export type MatchAction = 'approved' | 'rejected' | 'pinned' | 'swapped';

/**
 * `match` entries on the startup's and the partner's timelines (a swap: the replaced partner's
 * too), through the deciding transaction.
 */
export function recordDecisions(
  activity: TimelineRecorder,
  manager: EntityManager,
  facts: PairFacts[],
  action: MatchAction,
  actorId: string | null,
): Promise<void> {
  return activity.record(
    manager,
    ...facts.flatMap((pair): NewTimelineEntry[] => {
      const data = { ...pair, action };
      const entry = (
        subjectType: NewTimelineEntry['subjectType'],
        subjectId: string,
      ): NewTimelineEntry => ({
        subjectType,
        subjectId,
        kind: 'match',
        actorId,
        data,
      });
      const entries = [entry('startup', pair.startupId), entry(pair.partnerType, pair.partnerId)];
      if (pair.previousPartnerId) entries.push(entry(pair.partnerType, pair.previousPartnerId));
      return entries;
    }),
  );
}
