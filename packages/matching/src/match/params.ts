import { DEFAULT_RUN_PARAMS } from '../defaults.js';
import { MatchingInputError, type InputIssue } from '../errors.js';
import type { RunParams } from '../types.js';

/** The run's parameters with defaults filled in; out-of-range values are an error. */
export function runParams(params: Partial<RunParams> = {}): RunParams {
  const full: RunParams = { ...DEFAULT_RUN_PARAMS, ...params };
  const issues: InputIssue[] = [];
  const check = (ok: boolean, name: string, de: string, en: string) => {
    if (!ok)
      issues.push({ code: 'invalid-param', message: { de: `${name} ${de}`, en: `${name} ${en}` } });
  };
  const whole = (x: number) => Number.isInteger(x) && x >= 0;
  check(whole(full.k), 'k', 'muss eine ganze Zahl ≥ 0 sein', 'must be a whole number ≥ 0');
  check(
    Number.isFinite(full.minScore) && full.minScore >= 0 && full.minScore <= 100,
    'minScore',
    'muss zwischen 0 und 100 liegen',
    'must be between 0 and 100',
  );
  check(
    Number.isFinite(full.fairnessPenalty) && full.fairnessPenalty >= 0,
    'fairnessPenalty',
    'muss eine Zahl ≥ 0 sein',
    'must be a number ≥ 0',
  );
  check(
    whole(full.alternatives),
    'alternatives',
    'muss eine ganze Zahl ≥ 0 sein',
    'must be a whole number ≥ 0',
  );
  if (issues.length > 0) throw new MatchingInputError(issues);
  return full;
}
