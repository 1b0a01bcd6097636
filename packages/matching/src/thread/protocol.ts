import type { InputIssue } from '../errors.js';
import type { InvestorMatchInput, MatchPhase, MatchResult, MentorMatchInput } from '../types.js';

/**
 * One match for the engine's thread; `maxPerStartup` keeps each startup's best candidates only,
 * `partnersWithoutSpreading` also counts the partners an unspread run would use (MatchOptions).
 */
export type EngineRequest = (
  { kind: 'mentors'; input: MentorMatchInput } | { kind: 'investors'; input: InvestorMatchInput }
) & { maxPerStartup?: number; partnersWithoutSpreading?: boolean };

/** A request as posted to the thread: the id pairs it with its replies. */
export interface EngineCall {
  id: number;
  request: EngineRequest;
}

/** What the thread posts back: each phase as it starts, then the result or the error. */
export type EngineReply =
  | { id: number; phase: MatchPhase }
  | { id: number; ok: true; result: MatchResult }
  | { id: number; ok: false; name: string; message: string; issues?: readonly InputIssue[] };
