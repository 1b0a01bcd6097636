import { partnerName, startupName } from '../assign/candidate-graph.js';
import { ReviewAssignmentError, type ReviewIssue } from './errors.js';
import type { ReviewGraph } from './solve.js';

export interface ReviewRoom {
  /** Reviewers still needed per application once the pins are in. */
  application: Int32Array;
  /** Load left per reviewer once the pins are in. */
  reviewer: Int32Array;
  /** Pins per application. */
  pinnedCount: Int32Array;
  /** 1 for pinned pairs. */
  pinned: Uint8Array;
}

const invalidR = (): ReviewIssue => ({
  code: 'invalid-param',
  message: { de: 'r muss eine ganze Zahl ≥ 1 sein', en: 'r must be a whole number ≥ 1' },
});

/**
 * Places the must-pins and returns the room left. A pin beyond a reviewer's load or beyond r
 * for an application, or the same pair pinned twice, is an error, reported with all others.
 */
export function reviewRoom(graph: ReviewGraph, r: number, pins: readonly number[]): ReviewRoom {
  if (!Number.isInteger(r) || r < 1) throw new ReviewAssignmentError([invalidR()]);
  const room: ReviewRoom = {
    application: new Int32Array(graph.startupCount).fill(r),
    reviewer: Int32Array.from(graph.capacity),
    pinnedCount: new Int32Array(graph.startupCount),
    pinned: new Uint8Array(graph.pairScore.length),
  };
  const issues: ReviewIssue[] = [];
  for (const p of pins) {
    if (!Number.isInteger(p) || p < 0 || p >= graph.pairScore.length) {
      throw new RangeError(`pinned pair ${p} is not in the review graph`);
    }
    const i = graph.pairStartup[p]!;
    const j = graph.pairPartner[p]!;
    const ids = { applicationId: startupName(graph, i), reviewerId: partnerName(graph, j) };
    const pair = `${ids.applicationId} – ${ids.reviewerId}`;
    if (room.pinned[p] === 1) {
      issues.push({
        code: 'pin-duplicate',
        ...ids,
        message: { de: `${pair} ist doppelt festgelegt`, en: `${pair} is pinned twice` },
      });
      continue;
    }
    room.pinned[p] = 1;
    room.pinnedCount[i]!++;
    if (--room.reviewer[j]! === -1) {
      issues.push({
        code: 'pin-over-load',
        ...ids,
        message: {
          de: `${ids.reviewerId} hat mehr festgelegte Bewerbungen als die Höchstlast ${graph.capacity[j]}`,
          en: `${ids.reviewerId} has more pinned applications than the load limit ${graph.capacity[j]}`,
        },
      });
    }
    if (--room.application[i]! === -1) {
      issues.push({
        code: 'pin-over-r',
        ...ids,
        message: {
          de: `${ids.applicationId} hat mehr festgelegte Gutachter:innen als r = ${r}`,
          en: `${ids.applicationId} has more pinned reviewers than r = ${r}`,
        },
      });
    }
  }
  if (issues.length > 0) throw new ReviewAssignmentError(issues);
  return room;
}
