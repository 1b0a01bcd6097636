import { MatchingInputError, type InputIssue } from '../errors.js';
import type { PairScorer } from '../score/scorer.js';
import type { PairRef, RunParams } from '../types.js';

/** A run's pair rules by index: pair key = startup index × partner count + partner index. */
export interface PairRules {
  /** Excluded or rejected: never candidates. */
  forbidden: Set<number>;
  /** Pinned pairs, in the order given. */
  pinned: { startup: number; partner: number }[];
}

function indexById(
  ids: readonly string[],
  kind: string,
  issues: InputIssue[],
): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) {
      issues.push({
        code: 'duplicate-id',
        message: {
          de: `${kind} ${id} ist doppelt in der Eingabe`,
          en: `${kind} ${id} appears twice`,
        },
      });
    }
    index.set(id, i);
  });
  return index;
}

const pairText = (pair: PairRef) => `${pair.startupId} – ${pair.partnerId}`;

/**
 * Resolves excluded, rejected and pinned pairs to indices and checks the pins: a pin on an
 * unknown id, on an excluded or rejected pair, or on a pair a hard rule forbids (a required
 * language) is an error. Excluded or rejected pairs naming unknown ids are ignored: the people
 * may have left the pool since.
 */
export function resolveRules(scorer: PairScorer, params: RunParams): PairRules {
  const issues: InputIssue[] = [];
  const startups = indexById(scorer.startupIds, 'Startup', issues);
  const partners = indexById(scorer.partnerIds, 'Partner', issues);
  const m = scorer.partnerIds.length;
  const keyOf = (pair: PairRef): number | null => {
    const i = startups.get(pair.startupId);
    const j = partners.get(pair.partnerId);
    return i === undefined || j === undefined ? null : i * m + j;
  };
  const excluded = new Set<number>();
  for (const pair of params.excluded) {
    const key = keyOf(pair);
    if (key !== null) excluded.add(key);
  }
  const rejected = new Set<number>();
  for (const pair of params.rejected) {
    const key = keyOf(pair);
    if (key !== null) rejected.add(key);
  }
  const pinned: PairRules['pinned'] = [];
  for (const pair of params.pinned) {
    const key = keyOf(pair);
    const ids = { startupId: pair.startupId, partnerId: pair.partnerId };
    if (key === null) {
      issues.push({
        code: 'unknown-id',
        ...ids,
        message: {
          de: `festgelegtes Paar ${pairText(pair)}: unbekannte ID`,
          en: `pinned pair ${pairText(pair)}: unknown id`,
        },
      });
      continue;
    }
    const i = Math.floor(key / m);
    const j = key - i * m;
    if (excluded.has(key) || rejected.has(key)) {
      const why = excluded.has(key)
        ? { code: 'pin-excluded' as const, de: 'ausgeschlossen', en: 'excluded' }
        : { code: 'pin-rejected' as const, de: 'abgelehnt', en: 'rejected' };
      issues.push({
        code: why.code,
        ...ids,
        message: {
          de: `${pairText(pair)} ist festgelegt, aber ${why.de}`,
          en: `${pairText(pair)} is pinned but ${why.en}`,
        },
      });
      continue;
    }
    if (scorer.milli(i, j) < 0) {
      const blocked = scorer.explain(i, j).blockedBy;
      issues.push({
        code: 'pin-blocked',
        ...ids,
        message: {
          de: `${pairText(pair)} ist festgelegt, aber: ${blocked?.de ?? ''}`,
          en: `${pairText(pair)} is pinned, but: ${blocked?.en ?? ''}`,
        },
      });
      continue;
    }
    pinned.push({ startup: i, partner: j });
  }
  if (issues.length > 0) throw new MatchingInputError(issues);
  return { forbidden: new Set([...excluded, ...rejected]), pinned };
}
