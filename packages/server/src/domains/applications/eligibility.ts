import {
  type AnswerValue,
  type CallQuestion,
  type EligibilityState,
  excludes,
} from '@kohorte/contracts';

/**
 * The pre-mark of a submitted application from its eligibility answers: not eligible when an
 * answer excludes it (the reason names the questions), eligible when the call has eligibility
 * questions and none excluded, pending when it has none (staff decide). Staff can change it.
 */
export function eligibilityOf(
  questions: readonly CallQuestion[],
  answers: Record<string, AnswerValue>,
): { state: EligibilityState; reason: string | null } {
  const asking = questions.filter((question) => (question.excludingAnswers ?? []).length > 0);
  if (asking.length === 0) return { state: 'pending', reason: null };
  const excluded = asking.filter((question) => excludes(question, answers[question.key]));
  if (excluded.length === 0) return { state: 'eligible', reason: null };
  return {
    state: 'ineligible',
    reason: excluded.map((question) => `${question.label.en} / ${question.label.de}`).join('; '),
  };
}
