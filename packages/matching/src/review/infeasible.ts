import { partnerName, startupName } from '../assign/candidate-graph.js';
import { ReviewAssignmentError, type ReviewIssue } from './errors.js';
import type { ReviewRoom } from './room.js';
import type { ReviewGraph } from './solve.js';

/**
 * The infeasibilities that counting finds before solving: less load in total than reviews
 * wanted, or an application with fewer possible reviewers than it needs.
 */
export function checkCounts(graph: ReviewGraph, room: ReviewRoom, usable: readonly number[]): void {
  const issues: ReviewIssue[] = [];
  let wanted = 0;
  let free = 0;
  for (const need of room.application) wanted += Math.max(0, need);
  for (const left of room.reviewer) free += Math.max(0, left);
  if (free < wanted) {
    issues.push({
      code: 'not-enough-capacity',
      message: {
        de: `Die Gutachter:innen können zusammen noch ${free} Bewerbungen übernehmen, gebraucht werden ${wanted} Bewertungen`,
        en: `The reviewers can take ${free} more reviews in total, but ${wanted} are needed`,
      },
    });
  }
  const possible = new Int32Array(graph.startupCount);
  for (const p of usable) possible[graph.pairStartup[p]!]!++;
  for (let i = 0; i < graph.startupCount; i++) {
    const need = room.application[i]!;
    if (possible[i]! >= need) continue;
    const applicationId = startupName(graph, i);
    const pinned = room.pinnedCount[i]!;
    const has = possible[i]! + pinned;
    const wantedHere = need + pinned;
    issues.push({
      code: 'too-few-reviewers',
      applicationId,
      message: {
        de: `${applicationId} hat nur ${has} mögliche Gutachter:innen (ohne Interessenkonflikt, Ausschluss oder volle Auslastung), braucht aber ${wantedHere}`,
        en: `${applicationId} has only ${has} possible reviewers (without a conflict, exclusion or full load) but needs ${wantedHere}`,
      },
    });
  }
  if (issues.length > 0) throw new ReviewAssignmentError(issues);
}

/** Applications the optimum left short: together they share too few reviewers' loads. */
export function shortIssues(
  graph: ReviewGraph,
  r: number,
  short: readonly number[],
): ReviewIssue[] {
  const isShort = new Uint8Array(graph.startupCount);
  for (const i of short) isShort[i] = 1;
  const shared = new Set<number>();
  for (let p = 0; p < graph.pairScore.length; p++) {
    if (isShort[graph.pairStartup[p]!] === 1) shared.add(graph.pairPartner[p]!);
  }
  const names = [...shared].map((j) => partnerName(graph, j));
  const list = names.slice(0, 10).join(', ') + (names.length > 10 ? ', …' : '');
  return short.map((i) => {
    const applicationId = startupName(graph, i);
    return {
      code: 'no-feasible-assignment' as const,
      applicationId,
      message: {
        de: `${applicationId} bekommt keine ${r} Gutachter:innen: die ${short.length} so betroffenen Bewerbungen teilen sich ${names.length} mögliche Gutachter:innen (${list}), deren Auslastung nicht reicht`,
        en: `${applicationId} cannot get ${r} reviewers: the ${short.length} applications affected share ${names.length} possible reviewers (${list}) whose loads do not suffice`,
      },
    };
  });
}
