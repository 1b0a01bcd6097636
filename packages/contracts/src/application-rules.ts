import {
  type AnswerValue,
  type CallInput,
  type CallQuestion,
  ELIGIBILITY_KINDS,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  SHORT_TEXT_MAX_LENGTH,
  YES_NO_ANSWERS,
} from './applications.js';
import type { ReasonParam } from './errors.js';
import { checkField, type FieldVerdict } from './field-check.js';
import type { FieldReasonCode } from './field-reasons.js';
import { CALL_FIELDS, type FieldRule, MAX_AMOUNT_EUR, QUESTION_FIELDS } from './field-rules.js';

/**
 * The rules of a call's settings and of the answers its form takes, beyond what one field's rule
 * says: the API's service and the web form both run them, so a question or an answer is refused
 * with the same reason in either place.
 */

/** A refused part of a call or an application: its dotted path and the reason. */
export interface RuleError {
  field: string;
  code: FieldReasonCode;
  params: Record<string, ReasonParam>;
}

const error = (
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): RuleError => ({ field, code, params });

function checked(field: string, rule: FieldRule, value: unknown, errors: RuleError[]): void {
  const verdict = checkField(rule, value);
  if (!verdict.ok) {
    const path = verdict.index === undefined ? field : `${field}.${verdict.index}`;
    errors.push(error(path, verdict.reason.code, verdict.reason.params));
  }
}

/** The cross-field rules of a call: it closes after it opens, and its questions make sense. */
export function callErrors(
  call: Pick<CallInput, 'opensAt' | 'closesAt' | 'questions'>,
): RuleError[] {
  const errors: RuleError[] = [];
  const opens = Date.parse(call.opensAt);
  const closes = Date.parse(call.closesAt);
  if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
    errors.push(error('closesAt', 'closesBeforeOpens', { opens: call.opensAt }));
  }
  errors.push(...questionErrors(call.questions));
  return errors;
}

/** Each question's own rules, unique keys, options for choices, eligibility only where it fits. */
export function questionErrors(questions: readonly CallQuestion[]): RuleError[] {
  const errors: RuleError[] = [];
  if (questions.length > MAX_QUESTIONS) {
    return [error('questions', 'tooMany', { count: questions.length, max: MAX_QUESTIONS })];
  }
  const keys = new Set<string>();
  questions.forEach((question, index) => {
    const at = `questions.${index}`;
    checked(`${at}.key`, QUESTION_FIELDS.key, question.key, errors);
    if (keys.has(question.key))
      errors.push(error(`${at}.key`, 'repeated', { value: question.key }));
    keys.add(question.key);
    for (const locale of ['de', 'en'] as const) {
      checked(`${at}.label.${locale}`, QUESTION_FIELDS.label, question.label?.[locale], errors);
      checked(`${at}.help.${locale}`, QUESTION_FIELDS.help, question.help?.[locale], errors);
    }
    if (question.kind === 'longText') {
      checked(
        `${at}.maxLength`,
        { ...QUESTION_FIELDS.maxLength, required: true },
        question.maxLength,
        errors,
      );
    }
    if (question.kind === 'number') {
      checked(`${at}.min`, QUESTION_FIELDS.min, question.min, errors);
      checked(`${at}.max`, QUESTION_FIELDS.max, question.max, errors);
      const { min, max } = question;
      if (typeof min === 'number' && typeof max === 'number' && min > max) {
        errors.push(error(`${at}.min`, 'minAboveMax', { max }));
      }
    }
    const choice = question.kind === 'singleChoice' || question.kind === 'multipleChoice';
    const options = question.options ?? [];
    if (choice) {
      if (options.length < 2) errors.push(error(`${at}.options`, 'optionsMissing'));
      if (options.length > MAX_OPTIONS) {
        errors.push(error(`${at}.options`, 'tooMany', { count: options.length, max: MAX_OPTIONS }));
      }
      const optionKeys = new Set<string>();
      options.forEach((option, optionIndex) => {
        const path = `${at}.options.${optionIndex}`;
        checked(`${path}.key`, QUESTION_FIELDS.optionKey, option.key, errors);
        if (optionKeys.has(option.key)) {
          errors.push(error(`${path}.key`, 'repeated', { value: option.key }));
        }
        optionKeys.add(option.key);
        for (const locale of ['de', 'en'] as const) {
          checked(
            `${path}.label.${locale}`,
            QUESTION_FIELDS.optionLabel,
            option.label?.[locale],
            errors,
          );
        }
      });
    }
    const excluding = question.excludingAnswers ?? [];
    if (excluding.length > 0) {
      if (!(ELIGIBILITY_KINDS as readonly string[]).includes(question.kind)) {
        errors.push(error(`${at}.excludingAnswers`, 'notExcludable'));
      } else {
        const allowed = answerChoices(question);
        excluding.forEach((answer, answerIndex) => {
          if (!allowed.includes(answer)) {
            errors.push(
              error(`${at}.excludingAnswers.${answerIndex}`, 'notChoice', {
                choices: allowed.join(', '),
              }),
            );
          }
        });
      }
    }
  });
  return errors;
}

/** The keys a choice or yes/no question takes. */
export function answerChoices(question: Pick<CallQuestion, 'kind' | 'options'>): string[] {
  if (question.kind === 'yesNo') return [...YES_NO_ANSWERS];
  return (question.options ?? []).map((option) => option.key);
}

/** The field rule of a question's answer (for the text and number kinds). */
export function answerRule(question: CallQuestion): FieldRule {
  switch (question.kind) {
    case 'shortText':
      return {
        type: 'text',
        required: question.required,
        list: false,
        maxLength: SHORT_TEXT_MAX_LENGTH,
      };
    case 'longText':
      return {
        type: 'text',
        required: question.required,
        list: false,
        multiLine: true,
        maxLength: question.maxLength ?? SHORT_TEXT_MAX_LENGTH,
      };
    case 'number':
      return {
        type: 'integer',
        required: question.required,
        list: false,
        min: question.min ?? -MAX_AMOUNT_EUR,
        max: question.max ?? MAX_AMOUNT_EUR,
      };
    case 'multipleChoice':
      return {
        type: 'vocabulary',
        required: question.required,
        list: true,
        maxLength: 64,
        maxItems: MAX_OPTIONS,
      };
    default:
      return { type: 'vocabulary', required: question.required, list: false, maxLength: 64 };
  }
}

/**
 * Checks one answer. `complete`: the application is being submitted, so a required question
 * must be answered; a draft may leave anything out. Returns the answer as it is stored.
 */
export function checkAnswer(
  question: CallQuestion,
  value: unknown,
  complete: boolean,
): FieldVerdict {
  if (question.kind === 'pitchDeck') {
    // A deck is uploaded on its own; here only its absence matters.
    return { ok: false, reason: { code: 'notFormField', params: {} } };
  }
  const rule = { ...answerRule(question), required: complete && question.required };
  const verdict = checkField(rule, value);
  if (!verdict.ok || verdict.value === null) return verdict;
  if (
    question.kind === 'singleChoice' ||
    question.kind === 'multipleChoice' ||
    question.kind === 'yesNo'
  ) {
    const allowed = answerChoices(question);
    const given = Array.isArray(verdict.value)
      ? (verdict.value as string[])
      : [verdict.value as string];
    const index = given.findIndex((key) => !allowed.includes(key));
    if (index >= 0) {
      return {
        ok: false,
        reason: { code: 'notChoice', params: { choices: allowed.join(', ') } },
        ...(Array.isArray(verdict.value) ? { index } : {}),
      };
    }
    if (question.kind === 'multipleChoice' && rule.required && given.length === 0) {
      return { ok: false, reason: { code: 'required', params: {} } };
    }
  }
  return verdict;
}

/** Whether an answer is one the question's eligibility excludes. */
export function excludes(question: CallQuestion, answer: AnswerValue | undefined): boolean {
  const excluding = question.excludingAnswers ?? [];
  if (excluding.length === 0 || answer === undefined || answer === null) return false;
  const given = Array.isArray(answer) ? answer : [String(answer)];
  return given.some((key) => excluding.includes(key));
}

// An ISO 8601 moment, seconds optional, with an offset or Z: without one, a moment means a
// different instant to every reader.
const MOMENT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks a moment (`2027-01-10T09:00:00+01:00`); accepted as its UTC ISO string. */
export function checkMoment(value: unknown): FieldVerdict {
  if (value === undefined || value === null || value === '') {
    return { ok: false, reason: { code: 'required', params: {} } };
  }
  if (typeof value !== 'string') return { ok: false, reason: { code: 'notText', params: {} } };
  const match = MOMENT.exec(value.trim());
  const moment = match ? new Date(value.trim()) : null;
  const day = match?.[1] ?? '';
  const realDay =
    !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  if (!moment || Number.isNaN(moment.getTime()) || !realDay) {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return { ok: false, reason: { code: 'notDateTime', params: { value: shown } } };
  }
  return { ok: true, value: moment.toISOString() };
}

/** The call's own fields by their rules (`title.de`, `retentionDays`). */
export function callFieldErrors(call: Partial<CallInput>): RuleError[] {
  const errors: RuleError[] = [];
  for (const name of ['opensAt', 'closesAt'] as const) {
    const verdict = checkMoment(call[name]);
    if (!verdict.ok) errors.push(error(name, verdict.reason.code, verdict.reason.params));
  }
  for (const name of ['title', 'intro', 'confirmation', 'consent'] as const) {
    for (const locale of ['de', 'en'] as const) {
      checked(`${name}.${locale}`, CALL_FIELDS[name], call[name]?.[locale], errors);
    }
  }
  checked('retentionDays', CALL_FIELDS.retentionDays, call.retentionDays, errors);
  return errors;
}
