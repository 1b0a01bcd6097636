import { ReviewAssignmentError, type ReviewIssue } from './errors.js';
import { REVIEW_FIT_PARTS } from './fit.js';
import type {
  ReviewAssignmentInput,
  ReviewAssignmentParams,
  ReviewPairRef,
  ReviewFitWeights,
} from './types.js';

export const DEFAULT_REVIEW_PARAMS: ReviewAssignmentParams = Object.freeze({
  r: 3,
  conflicts: [],
  pinned: [],
  forbidden: [],
  spreadSeed: 1,
});

/** Far beyond any call, and safely inside the solver's 32-bit capacities. */
export const MAX_LOAD = 100_000;

/** The pair rules by index: key = application index × reviewer count + reviewer index. */
export interface ReviewRules {
  params: ReviewAssignmentParams;
  /** Conflicts and must-not pins: never assigned. */
  blocked: Set<number>;
  /** Must-pins as keys, in the order given. */
  pinnedKeys: number[];
}

function indexById(
  ids: readonly string[],
  kind: { de: string; en: string },
  issues: ReviewIssue[],
) {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) {
      issues.push({
        code: 'duplicate-id',
        message: { de: `${kind.de} ${id} ist doppelt`, en: `${kind.en} ${id} appears twice` },
      });
    }
    index.set(id, i);
  });
  return index;
}

/**
 * Checks the parameters, weights and loads and resolves conflicts and pins to indices. Conflicts
 * and must-not pins naming unknown ids are ignored (the person may have left the pool); a
 * must-pin on an unknown id, a conflict or a must-not pin is an error. All issues at once.
 */
export function reviewRules(input: ReviewAssignmentInput): ReviewRules {
  const params: ReviewAssignmentParams = { ...DEFAULT_REVIEW_PARAMS, ...input.params };
  const issues: ReviewIssue[] = [];
  if (!Number.isInteger(params.r) || params.r < 1) {
    issues.push({
      code: 'invalid-param',
      message: { de: 'r muss eine ganze Zahl ≥ 1 sein', en: 'r must be a whole number ≥ 1' },
    });
  }
  if (params.spreadSeed !== null && !Number.isSafeInteger(params.spreadSeed)) {
    issues.push({
      code: 'invalid-param',
      message: {
        de: 'spreadSeed muss eine ganze Zahl oder null sein',
        en: 'spreadSeed must be a whole number or null',
      },
    });
  }
  const weights = (input.weights ?? {}) as Partial<ReviewFitWeights>;
  const bad = REVIEW_FIT_PARTS.filter((part) => {
    const w = weights[part];
    return w !== undefined && !(Number.isFinite(w) && w >= 0);
  });
  if (bad.length > 0) {
    issues.push({
      code: 'invalid-weights',
      message: {
        de: `Gewichte müssen endliche Zahlen ≥ 0 sein: ${bad.join(', ')}`,
        en: `weights must be finite numbers ≥ 0: ${bad.join(', ')}`,
      },
    });
  }
  for (const reviewer of input.reviewers) {
    const load = reviewer.maxLoad;
    if (Number.isInteger(load) && load >= 0 && load <= MAX_LOAD) continue;
    issues.push({
      code: 'invalid-param',
      reviewerId: reviewer.id,
      message: {
        de: `Höchstlast von ${reviewer.id} muss eine ganze Zahl von 0 bis ${MAX_LOAD} sein`,
        en: `the load limit of ${reviewer.id} must be a whole number from 0 to ${MAX_LOAD}`,
      },
    });
  }
  const applications = indexById(
    input.applications.map((a) => a.id),
    { de: 'Bewerbung', en: 'application' },
    issues,
  );
  const reviewers = indexById(
    input.reviewers.map((r) => r.id),
    { de: 'Gutachter:in', en: 'reviewer' },
    issues,
  );
  const m = input.reviewers.length;
  const keyOf = (pair: ReviewPairRef): number | null => {
    const i = applications.get(pair.applicationId);
    const j = reviewers.get(pair.reviewerId);
    return i === undefined || j === undefined ? null : i * m + j;
  };
  const conflicts = new Set<number>();
  for (const pair of params.conflicts) {
    const key = keyOf(pair);
    if (key !== null) conflicts.add(key);
  }
  const forbidden = new Set<number>();
  for (const pair of params.forbidden) {
    const key = keyOf(pair);
    if (key !== null) forbidden.add(key);
  }
  const pinnedKeys: number[] = [];
  for (const pair of params.pinned) {
    const key = keyOf(pair);
    const ids = { applicationId: pair.applicationId, reviewerId: pair.reviewerId };
    const text = `${pair.applicationId} – ${pair.reviewerId}`;
    if (key === null) {
      issues.push({
        code: 'unknown-id',
        ...ids,
        message: {
          de: `festgelegtes Paar ${text}: unbekannte ID`,
          en: `pinned pair ${text}: unknown id`,
        },
      });
    } else if (conflicts.has(key)) {
      issues.push({
        code: 'pin-conflict',
        ...ids,
        message: {
          de: `${text} ist festgelegt, hat aber einen Interessenkonflikt`,
          en: `${text} is pinned but has a conflict of interest`,
        },
      });
    } else if (forbidden.has(key)) {
      issues.push({
        code: 'pin-forbidden',
        ...ids,
        message: {
          de: `${text} ist zugleich festgelegt und ausgeschlossen`,
          en: `${text} is both pinned and excluded`,
        },
      });
    } else {
      pinnedKeys.push(key);
    }
  }
  if (issues.length > 0) throw new ReviewAssignmentError(issues);
  return { params, blocked: new Set([...conflicts, ...forbidden]), pinnedKeys };
}
