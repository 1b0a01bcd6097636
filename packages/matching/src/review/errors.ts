import type { LocalizedText } from '../types.js';

export type ReviewIssueCode =
  | 'invalid-param'
  | 'invalid-weights'
  | 'duplicate-id'
  | 'unknown-id'
  | 'pin-duplicate'
  | 'pin-conflict'
  | 'pin-forbidden'
  | 'pin-over-load'
  | 'pin-over-r'
  /** The reviewers' loads together are fewer than applications × r. */
  | 'not-enough-capacity'
  /** An application has fewer than r reviewers without a conflict, a must-not pin or a full load. */
  | 'too-few-reviewers'
  /**
   * Enough capacity in total and enough reviewers per application, but a group of applications
   * shares too few reviewers (their loads run out): the named applications stay short.
   */
  | 'no-feasible-assignment';

/** One reason the assignment cannot be made, worded for the manager who can fix it. */
export interface ReviewIssue {
  code: ReviewIssueCode;
  applicationId?: string;
  reviewerId?: string;
  message: LocalizedText;
}

/**
 * Thrown when the input breaks a rule (a pin on a conflict, an unknown id) or no assignment gives
 * every application r reviewers; `issues` say which and why, in German and English.
 */
export class ReviewAssignmentError extends Error {
  constructor(readonly issues: readonly ReviewIssue[]) {
    super(issues.map((issue) => issue.message.en).join('; '));
    this.name = 'ReviewAssignmentError';
  }
}

export type CalibrationIssueCode = 'invalid-param' | 'invalid-score' | 'duplicate-review';

export interface CalibrationIssue {
  code: CalibrationIssueCode;
  applicationId?: string;
  reviewerId?: string;
  message: LocalizedText;
}

/** Thrown when reviews to calibrate break a rule (a score off the scale, a review twice). */
export class CalibrationInputError extends Error {
  constructor(readonly issues: readonly CalibrationIssue[]) {
    super(issues.map((issue) => issue.message.en).join('; '));
    this.name = 'CalibrationInputError';
  }
}
