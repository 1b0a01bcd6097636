import { MatchingInputError, type InputIssue } from '../errors.js';
import { type CandidateGraph, partnerName, startupName } from './candidate-graph.js';

export interface Room {
  /** Places left per startup and per partner once the pins are in. */
  startup: Int32Array;
  partner: Int32Array;
  /** 1 for pinned pairs. */
  pinned: Uint8Array;
}

/**
 * Pre-assigns pinned pairs and returns the room left. A pin beyond a partner's capacity or a
 * startup's k, a repeated pin, or one that names the same startup and partner as another is an
 * error, reported with all others at once.
 */
export function applyPins(graph: CandidateGraph, k: number, pins: readonly number[]): Room {
  if (!Number.isInteger(k) || k < 0) {
    throw new MatchingInputError([
      {
        code: 'invalid-param',
        message: { de: 'k muss eine ganze Zahl ≥ 0 sein', en: 'k must be a whole number ≥ 0' },
      },
    ]);
  }
  const room: Room = {
    startup: new Int32Array(graph.startupCount).fill(k),
    partner: Int32Array.from(graph.capacity),
    pinned: new Uint8Array(graph.pairScore.length),
  };
  const issues: InputIssue[] = [];
  const seen = new Set<number>();
  for (const p of pins) {
    if (!Number.isInteger(p) || p < 0 || p >= graph.pairScore.length) {
      throw new RangeError(`pinned pair ${p} is not in the candidate graph`);
    }
    const i = graph.pairStartup[p]!;
    const j = graph.pairPartner[p]!;
    const ids = { startupId: startupName(graph, i), partnerId: partnerName(graph, j) };
    const key = i * graph.partnerCount + j;
    if (seen.has(key)) {
      issues.push({
        code: 'pin-duplicate',
        ...ids,
        message: {
          de: `${ids.startupId} – ${ids.partnerId} ist doppelt festgelegt`,
          en: `${ids.startupId} – ${ids.partnerId} is pinned twice`,
        },
      });
      continue;
    }
    seen.add(key);
    room.pinned[p] = 1;
    if (--room.partner[j]! === -1) {
      issues.push({
        code: 'pin-over-capacity',
        ...ids,
        message: {
          de: `${ids.partnerId} hat für die festgelegten Paare nicht genug freie Plätze (${graph.capacity[j]})`,
          en: `${ids.partnerId} has too few free places (${graph.capacity[j]}) for the pinned pairs`,
        },
      });
    }
    if (--room.startup[i]! === -1) {
      issues.push({
        code: 'pin-over-k',
        ...ids,
        message: {
          de: `${ids.startupId} hat mehr festgelegte Paare als k = ${k}`,
          en: `${ids.startupId} has more pinned pairs than k = ${k}`,
        },
      });
    }
  }
  if (issues.length > 0) throw new MatchingInputError(issues);
  return room;
}
