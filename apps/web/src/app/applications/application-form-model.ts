import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import {
  AnswerValue,
  APPLICATION_FIELDS,
  ApplicantView,
  CallProfileField,
  CallQuestion,
  checkAnswer,
  SaveApplicationRequest,
  STARTUP_FIELDS,
} from '@kohorte/contracts';
import { fieldRule, REASON_ERROR } from '../core/forms/field-rule';

/** The startup's name and the profile fields the call asks. */
export type ProfileFieldName = 'name' | CallProfileField;

export type ApplicationForm = FormGroup<{
  founderName: FormControl<string>;
  profile: FormGroup<Record<string, FormControl<unknown>>>;
  answers: FormGroup<Record<string, FormControl<unknown>>>;
  consent: FormControl<boolean>;
}>;

/** How a profile field is entered. */
export type ProfileInput = 'text' | 'long' | 'date' | 'number' | 'stage' | 'terms';

export const PROFILE_INPUTS: Record<ProfileFieldName, ProfileInput> = {
  name: 'text',
  oneLiner: 'text',
  description: 'long',
  website: 'text',
  foundedOn: 'date',
  stage: 'stage',
  sectors: 'terms',
  teamSize: 'number',
  city: 'text',
  fundingRaisedEur: 'number',
  fundingSoughtEur: 'number',
  languages: 'terms',
  topics: 'terms',
};

/** A draft may leave anything out: only what is given is checked, as the API checks a save. */
function draftRule(field: ProfileFieldName): ValidatorFn {
  return fieldRule({ ...STARTUP_FIELDS[field], required: false });
}

function answerRule(question: CallQuestion): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const verdict = checkAnswer(question, emptyToNull(control.value), false);
    return verdict.ok ? null : { [REASON_ERROR]: verdict.reason };
  };
}

function emptyToNull(value: unknown): unknown {
  return value === '' || value === undefined ? null : value;
}

function initial(question: CallQuestion, value: AnswerValue | undefined): unknown {
  if (question.kind === 'multipleChoice') return Array.isArray(value) ? value : [];
  if (question.kind === 'shortText' || question.kind === 'longText') return value ?? '';
  return value ?? null;
}

export function createApplicationForm(view: ApplicantView): ApplicationForm {
  const fields: ProfileFieldName[] = ['name', ...view.call.profileFields];
  const profile: Record<string, FormControl<unknown>> = {};
  for (const field of fields) {
    const input = PROFILE_INPUTS[field];
    const stored = view.profile[field] as unknown;
    const start =
      input === 'terms'
        ? (stored ?? [])
        : input === 'number' || input === 'stage'
          ? (stored ?? null)
          : (stored ?? '');
    profile[field] = new FormControl<unknown>(start, [draftRule(field)]);
  }
  const answers: Record<string, FormControl<unknown>> = {};
  for (const question of view.call.questions) {
    if (question.kind === 'pitchDeck') continue;
    answers[question.key] = new FormControl<unknown>(
      initial(question, view.answers[question.key]),
      [answerRule(question)],
    );
  }
  return new FormGroup({
    founderName: new FormControl(view.founderName ?? '', {
      nonNullable: true,
      validators: [fieldRule(APPLICATION_FIELDS.founderName)],
    }),
    profile: new FormGroup(profile),
    answers: new FormGroup(answers),
    consent: new FormControl(false, { nonNullable: true }),
  });
}

/**
 * What an autosave sends: every field whose value passes its rule (one that does not stays in
 * the form with its reason shown, and is sent once it is fixed), so a typo in one answer never
 * loses the others.
 */
export function toSaveRequest(form: ApplicationForm): SaveApplicationRequest {
  const valid = (group: FormGroup<Record<string, FormControl<unknown>>>) =>
    Object.fromEntries(
      Object.entries(group.controls)
        .filter(([, control]) => control.valid)
        .map(([name, control]) => [name, emptyToNull(control.value)]),
    );
  const { founderName } = form.controls;
  const profile = valid(form.controls.profile);
  // The startup's name may be left empty in a draft, but not cleared to null.
  if (profile['name'] === null) delete profile['name'];
  return {
    ...(founderName.valid ? { founderName: founderName.value.trim() || null } : {}),
    profile,
    answers: valid(form.controls.answers) as Record<string, AnswerValue>,
  };
}
