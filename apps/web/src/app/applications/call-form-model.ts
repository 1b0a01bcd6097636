import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import {
  Call,
  CALL_FIELDS,
  CallInput,
  CallProfileField,
  CallQuestion,
  callErrors,
  callFieldErrors,
  FieldRule,
  QUESTION_FIELDS,
  QuestionKind,
  RuleError,
} from '@kohorte/contracts';
import { fieldRule, REASON_ERROR } from '../core/forms/field-rule';
import { berlinDayTime, berlinMoment } from './berlin-moment';

/** A text in both languages, each checked by the field's rule. */
export type LocalizedGroup = FormGroup<{ de: FormControl<string>; en: FormControl<string> }>;
export type MomentGroup = FormGroup<{ day: FormControl<string>; time: FormControl<string> }>;
export type OptionGroup = FormGroup<{ key: FormControl<string>; label: LocalizedGroup }>;
export type QuestionGroup = FormGroup<{
  key: FormControl<string>;
  kind: FormControl<QuestionKind>;
  label: LocalizedGroup;
  help: LocalizedGroup;
  required: FormControl<boolean>;
  maxLength: FormControl<number | null>;
  min: FormControl<number | null>;
  max: FormControl<number | null>;
  options: FormArray<OptionGroup>;
  excludingAnswers: FormControl<string[]>;
}>;

/** Control names follow CallInput, so the API's and the contracts' field paths land on them. */
export type CallForm = FormGroup<{
  opensAt: MomentGroup;
  closesAt: MomentGroup;
  title: LocalizedGroup;
  intro: LocalizedGroup;
  confirmation: LocalizedGroup;
  consent: LocalizedGroup;
  retentionDays: FormControl<number | null>;
  profileFields: FormControl<CallProfileField[]>;
  questions: FormArray<QuestionGroup>;
}>;

const text = (value: string, rule?: FieldRule) =>
  new FormControl(value, { nonNullable: true, validators: rule ? [fieldRule(rule)] : [] });

function localized(rule: FieldRule, value?: { de: string; en: string } | null): LocalizedGroup {
  return new FormGroup({ de: text(value?.de ?? '', rule), en: text(value?.en ?? '', rule) });
}

function moment(iso: string | null): MomentGroup {
  const parts = iso ? berlinDayTime(iso) : { day: '', time: '' };
  return new FormGroup({ day: text(parts.day), time: text(parts.time) });
}

export function optionGroup(key = '', label?: { de: string; en: string }): OptionGroup {
  return new FormGroup({
    key: text(key, QUESTION_FIELDS.optionKey),
    label: localized(QUESTION_FIELDS.optionLabel, label),
  });
}

export function questionGroup(question?: CallQuestion): QuestionGroup {
  const number = (value: number | null | undefined, rule: FieldRule) =>
    new FormControl<number | null>(value ?? null, [fieldRule(rule)]);
  return new FormGroup({
    key: text(question?.key ?? '', QUESTION_FIELDS.key),
    kind: new FormControl<QuestionKind>(question?.kind ?? 'shortText', { nonNullable: true }),
    label: localized(QUESTION_FIELDS.label, question?.label),
    help: localized(QUESTION_FIELDS.help, question?.help),
    required: new FormControl(question?.required ?? false, { nonNullable: true }),
    maxLength: number(question?.maxLength ?? (question ? null : 1000), QUESTION_FIELDS.maxLength),
    min: number(question?.min, QUESTION_FIELDS.min),
    max: number(question?.max, QUESTION_FIELDS.max),
    options: new FormArray(
      (question?.options ?? []).map((option) => optionGroup(option.key, option.label)),
    ),
    excludingAnswers: new FormControl<string[]>(question?.excludingAnswers ?? [], {
      nonNullable: true,
    }),
  });
}

/** A new call: open from tomorrow for four weeks, 09:00 to 18:00 German time. */
export function createCallForm(call: Call | null): CallForm {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const later = new Date(Date.now() + 29 * 86_400_000).toISOString().slice(0, 10);
  const form: CallForm = new FormGroup({
    opensAt: moment(call?.opensAt ?? null),
    closesAt: moment(call?.closesAt ?? null),
    title: localized(CALL_FIELDS.title, call?.title),
    intro: localized(CALL_FIELDS.intro, call?.intro),
    confirmation: localized(CALL_FIELDS.confirmation, call?.confirmation),
    consent: localized(CALL_FIELDS.consent, call?.consent),
    retentionDays: new FormControl<number | null>(call?.retentionDays ?? 180, [
      fieldRule(CALL_FIELDS.retentionDays),
    ]),
    profileFields: new FormControl<CallProfileField[]>(
      call?.profileFields ?? ['oneLiner', 'website', 'stage', 'sectors', 'teamSize', 'city'],
      { nonNullable: true },
    ),
    questions: new FormArray((call?.questions ?? []).map((question) => questionGroup(question))),
  });
  if (!call) {
    form.controls.opensAt.setValue({ day: tomorrow, time: '09:00' });
    form.controls.closesAt.setValue({ day: later, time: '18:00' });
  }
  return form;
}

const blankToNull = (value: number | null): number | null =>
  value === null || (value as unknown) === '' ? null : value;

/** The form as the API takes it; a day or time that is none stays as typed, for the check to refuse. */
export function toCallInput(form: CallForm): CallInput {
  const value = form.getRawValue();
  const at = (group: { day: string; time: string }) =>
    berlinMoment(group.day, group.time) ?? `${group.day}T${group.time}`;
  return {
    opensAt: at(value.opensAt),
    closesAt: at(value.closesAt),
    title: value.title,
    intro: value.intro,
    confirmation: value.confirmation,
    consent: value.consent,
    retentionDays: value.retentionDays as number,
    profileFields: value.profileFields,
    questions: value.questions.map((question): CallQuestion => {
      const choice = question.kind === 'singleChoice' || question.kind === 'multipleChoice';
      const excludable = choice || question.kind === 'yesNo';
      return {
        key: question.key.trim(),
        kind: question.kind,
        label: question.label,
        help: question.help.de.trim() || question.help.en.trim() ? question.help : null,
        required: question.required,
        ...(question.kind === 'longText' ? { maxLength: blankToNull(question.maxLength) } : {}),
        ...(question.kind === 'number'
          ? { min: blankToNull(question.min), max: blankToNull(question.max) }
          : {}),
        ...(choice ? { options: question.options } : {}),
        ...(excludable ? { excludingAnswers: question.excludingAnswers } : {}),
      };
    }),
  };
}

/** The contracts' verdict on the whole call, before it is sent: the same the API gives. */
export function callFormErrors(input: CallInput): RuleError[] {
  return [...callFieldErrors(input), ...callErrors(input)];
}

/** Puts each error on the control its path names (or the nearest one that exists). */
export function placeErrors(form: AbstractControl, errors: readonly RuleError[]): void {
  for (const error of errors) {
    const segments = error.field.split('.');
    let control: AbstractControl | null = null;
    while (segments.length > 0 && !control) {
      control = form.get(segments.join('.'));
      segments.pop();
    }
    if (!control) continue;
    control.setErrors({
      ...control.errors,
      [REASON_ERROR]: { code: error.code, params: error.params },
    });
    control.markAsTouched();
  }
}
