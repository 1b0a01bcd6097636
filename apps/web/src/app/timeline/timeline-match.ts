import { TimelineEntry, activityData, OFFER_DECLINE_REASONS } from '@kohorte/contracts';

/** Translates a key with parameters in the current language. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const MATCH_ACTIONS = [
  'approved',
  'rejected',
  'pinned',
  'offered',
  'reminded',
  'expired',
  'startup-asked',
] as const;

const BY_PARTNER_TYPE: readonly string[] = ['offered', 'reminded', 'expired'];

// Who answers through a link (the entry's actor label), the answers each gives, and where the
// public page words its decline reasons.
const PARTIES: Record<string, { answers: readonly string[]; reasons: string }> = {
  mentor: { answers: ['accepted', 'declined'], reasons: 'respond.offer.reasons' },
  founder: { answers: ['agreed', 'declined'], reasons: 'respond.consent.reasons' },
  investor: { answers: ['accepted', 'declined'], reasons: 'respond.investorOffer.reasons' },
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The sentence of a `match` entry: a manager's decision, an offer or introduction request sent,
 * reminded or expired, a run discarded. The server writes the same data on the startup's and the
 * partner's timelines; each reads it from its own side. Null for an action it does not know.
 */
export function matchSummary(entry: TimelineEntry, translate: Translate): string | null {
  // Read tolerantly (`StoredTimelineData`): an erasure removes names, older entries lack fields.
  const data = activityData(entry, 'match') ?? {};
  const action = data.action;
  if (action === 'discarded') {
    const kind = data.kind === 'investors' ? 'investors' : 'mentors';
    return translate(`timeline.match.discarded.${kind}`, { withdrawn: data.withdrawn ?? 0 });
  }
  const erased = translate('timeline.erased');
  const params = {
    partner: text(data.partnerName) ?? erased,
    startup: text(data.startupName) ?? erased,
    previous: text(data.previousPartnerName) ?? erased,
  };
  const onStartup = entry.subjectType === 'startup';
  if (action === 'swapped') {
    const side = onStartup
      ? 'startup'
      : entry.subjectId === data.previousPartnerId
        ? 'replaced'
        : 'partner';
    return translate(`timeline.match.swapped.${side}`, params);
  }
  if (!MATCH_ACTIONS.includes(action as (typeof MATCH_ACTIONS)[number])) return null;
  const partnerType = data.partnerType === 'investor' ? 'investor' : 'mentor';
  const side = onStartup ? 'startup' : 'partner';
  // An offer and its follow-ups read differently for a mentor and for an investor introduction,
  // whose reminder or expiry may concern the founders' consent as well as the investor's answer.
  const key = BY_PARTNER_TYPE.includes(action as string)
    ? `timeline.match.${action as string}.${partnerType}.${side}`
    : `timeline.match.${action as string}.${side}`;
  return translate(key, params);
}

/**
 * The sentence of an `answer` entry given through an email link: a mentor's answer to an offer,
 * the founders' consent to an introduction, an investor's answer to it; with the decline reason
 * when one was given. Null for an answer it does not know.
 */
export function answerSummary(entry: TimelineEntry, translate: Translate): string | null {
  const data = activityData(entry, 'answer') ?? {};
  const party = entry.actorLabel ? PARTIES[entry.actorLabel] : undefined;
  const answer = text(data.answer);
  if (!party || !answer || !party.answers.includes(answer)) return null;
  const erased = translate('timeline.erased');
  const params = {
    mentor: text(data.mentorName) ?? erased,
    investor: text(data.investorName) ?? erased,
    startup: text(data.startupName) ?? erased,
  };
  const side = entry.subjectType === 'startup' ? 'startup' : 'partner';
  const summary = translate(`timeline.answer.${entry.actorLabel}.${answer}.${side}`, params);
  const reason = data.reason;
  if (!OFFER_DECLINE_REASONS.includes(reason as (typeof OFFER_DECLINE_REASONS)[number])) {
    return summary;
  }
  return translate('timeline.answer.withReason', {
    summary,
    reason: translate(`${party.reasons}.${reason as string}`),
  });
}
