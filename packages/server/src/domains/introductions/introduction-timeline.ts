import type { MatchPairTimelineData } from '@kohorte/contracts';
import type { NewTimelineEntry } from '../timeline/index';
import { FOUNDER_ACTOR_LABEL } from '../founder-profile/index';
import type { IntroductionRow } from './introduction-rows';

/** A founder answers a consent link under the same name as their profile changes. */
export { FOUNDER_ACTOR_LABEL };
/** Who answers through an investor's offer link, as the timeline names them. */
export const INVESTOR_ACTOR_LABEL = 'investor';

export type IntroductionMatchAction = 'startup-asked' | 'offered' | 'reminded' | 'expired';
export type IntroductionAnswer = 'agreed' | 'accepted' | 'declined';

/** `match` entries on the startup's and the investor's timelines. */
export function introductionMatchEntries(
  row: IntroductionRow,
  action: IntroductionMatchAction,
  actorId: string | null = null,
): NewTimelineEntry[] {
  const data: MatchPairTimelineData = {
    runId: row.runId,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    proposalId: row.proposalId,
    startupId: row.startupId,
    startupName: row.startupName,
    partnerType: 'investor',
    partnerId: row.investorId,
    partnerName: row.investorName,
    score: row.score,
    action,
  };
  return [
    { subjectType: 'startup', subjectId: row.startupId, kind: 'match', actorId, data },
    { subjectType: 'investor', subjectId: row.investorId, kind: 'match', actorId, data },
  ];
}

/**
 * `answer` entries on both timelines: a founder's consent (agreed or declined) or the investor's
 * answer (accepted or declined), with the reason and note of a decline.
 */
export function introductionAnswerEntries(
  row: IntroductionRow,
  by: typeof FOUNDER_ACTOR_LABEL | typeof INVESTOR_ACTOR_LABEL,
  answer: IntroductionAnswer,
  reason: string | null = null,
  note: string | null = null,
): NewTimelineEntry[] {
  const data = {
    runId: row.runId,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    proposalId: row.proposalId,
    startupId: row.startupId,
    startupName: row.startupName,
    investorId: row.investorId,
    investorName: row.investorName,
    answer,
    ...(reason ? { reason } : {}),
  };
  const common = { kind: 'answer' as const, actorId: null, actorLabel: by, body: note, data };
  return [
    { ...common, subjectType: 'startup', subjectId: row.startupId },
    { ...common, subjectType: 'investor', subjectId: row.investorId },
  ];
}
