import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Cohort, CohortInput, CohortStatus, UpdateCohortRequest } from '@kohorte/contracts';
import { integer, notBlank } from '../core/forms/validators';
import { fromIsoDate, toIsoDate } from '../startups/startup-form-model';

export const COHORT_NAME_MAX = 200;
export const CAPACITY_MAX = 10_000;

/** Control names are CohortInput's field names: the API's field errors land on them. */
export type CohortForm = FormGroup<{
  name: FormControl<string>;
  startsOn: FormControl<Date | null>;
  endsOn: FormControl<Date | null>;
  status: FormControl<CohortStatus>;
  capacity: FormControl<number | null>;
}>;

function validDate(value: Date | null): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * The end must not be before the start. The error sits on `endsOn` (where the API puts it too)
 * and goes away when either date changes.
 */
export function datesInOrder(group: AbstractControl): ValidationErrors | null {
  const startsOn = group.get('startsOn');
  const endsOn = group.get('endsOn');
  if (!startsOn || !endsOn) return null;
  const start = startsOn.value as Date | null;
  const end = endsOn.value as Date | null;
  const wrong = validDate(start) && validDate(end) && end.getTime() < start.getTime();
  const errors = { ...endsOn.errors };
  if (wrong) errors['endBeforeStart'] = true;
  else delete errors['endBeforeStart'];
  endsOn.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
  return null;
}

export function createCohortForm(cohort: Cohort | null = null): CohortForm {
  return new FormGroup(
    {
      name: new FormControl(cohort?.name ?? '', {
        nonNullable: true,
        validators: [Validators.required, notBlank, Validators.maxLength(COHORT_NAME_MAX)],
      }),
      startsOn: new FormControl<Date | null>(fromIsoDate(cohort?.startsOn ?? null), [
        Validators.required,
      ]),
      endsOn: new FormControl<Date | null>(fromIsoDate(cohort?.endsOn ?? null), [
        Validators.required,
      ]),
      status: new FormControl<CohortStatus>(cohort?.status ?? 'planning', { nonNullable: true }),
      capacity: new FormControl<number | null>(cohort?.capacity ?? null, [
        Validators.min(0),
        Validators.max(CAPACITY_MAX),
        integer,
      ]),
    },
    { validators: datesInOrder },
  );
}

/** The form as the API takes it (only call with a valid form: both dates are set). */
export function toCohortInput(form: CohortForm, programmeId: string): CohortInput {
  const value = form.getRawValue();
  return {
    programmeId,
    name: value.name.trim(),
    startsOn: toIsoDate(value.startsOn!),
    endsOn: toIsoDate(value.endsOn!),
    status: value.status,
    capacity: typeof value.capacity === 'number' ? value.capacity : null,
  };
}

/** Only what changed against the stored cohort: a PATCH that says what the person edited. */
export function toCohortChanges(form: CohortForm, cohort: Cohort): UpdateCohortRequest {
  const input = toCohortInput(form, cohort.programme.id);
  const changes: UpdateCohortRequest = {};
  if (input.name !== cohort.name) changes.name = input.name;
  if (input.startsOn !== cohort.startsOn) changes.startsOn = input.startsOn;
  if (input.endsOn !== cohort.endsOn) changes.endsOn = input.endsOn;
  if (input.status !== cohort.status) changes.status = input.status;
  if (input.capacity !== cohort.capacity) changes.capacity = input.capacity;
  return changes;
}
