import type { MatchPairTimelineData } from '@kohorte/contracts';
import type { NewTimelineEntry } from '../timeline/index';
import type { OfferRow } from './offer-rows';

/** `match` entries on the startup's and the mentor's timelines; the system acts. */
export function matchEntries(
  offer: OfferRow,
  action: 'offered' | 'reminded' | 'expired',
  actorId: string | null = null,
): NewTimelineEntry[] {
  const data: MatchPairTimelineData = {
    runId: offer.runId,
    cohortId: offer.cohortId,
    cohortName: offer.cohortName,
    proposalId: offer.proposalId,
    startupId: offer.startupId,
    startupName: offer.startupName,
    partnerType: 'mentor',
    partnerId: offer.mentorId,
    partnerName: offer.mentorName,
    score: offer.score,
    action,
  };
  return [
    { subjectType: 'startup', subjectId: offer.startupId, kind: 'match', actorId, data },
    { subjectType: 'mentor', subjectId: offer.mentorId, kind: 'match', actorId, data },
  ];
}
