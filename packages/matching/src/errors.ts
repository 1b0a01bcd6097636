import type { LocalizedText } from './types.js';

export type InputIssueCode =
  | 'invalid-weights'
  | 'invalid-param'
  | 'duplicate-id'
  | 'unknown-id'
  | 'pin-duplicate'
  | 'pin-excluded'
  | 'pin-rejected'
  | 'pin-blocked'
  | 'pin-over-capacity'
  | 'pin-over-k';

/** One problem with a run's input, worded for the manager who can fix it. */
export interface InputIssue {
  code: InputIssueCode;
  startupId?: string;
  partnerId?: string;
  message: LocalizedText;
}

/** Thrown when the input breaks a rule before solving (e.g. a pin on an excluded pair). */
export class MatchingInputError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map((issue) => issue.message.en).join('; '));
    this.name = 'MatchingInputError';
  }
}
