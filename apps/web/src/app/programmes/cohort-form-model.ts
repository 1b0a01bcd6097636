import { AbstractControl, FormControl, FormGroup, ValidationErrors } from '@angular/forms';
import {
  Cohort,
  COHORT_FIELDS,
  CohortInput,
  CohortStatus,
  UpdateCohortRequest,
} from '@kohorte/contracts';
import { fieldRule } from '../core/forms/field-rule';
import { fromIsoDate, toIsoDate } from '../startups/startup-form-model';

export const COHORT_NAME_MAX = COHORT_FIELDS.name.maxLength;
export const CAPACITY_MAX = COHORT_FIELDS.capacity.max;

/** A picked day as the API takes it; an unreadable one as itself, for the rule to refuse. */
function isoDay(value: Date | null): unknown {
  return validDate(value) ? toIsoDate(value) : value;
}

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
        validators: [fieldRule(COHORT_FIELDS.name)],
      }),
      startsOn: new FormControl<Date | null>(fromIsoDate(cohort?.startsOn ?? null), [
        fieldRule<Date | null>(COHORT_FIELDS.startsOn, isoDay),
      ]),
      endsOn: new FormControl<Date | null>(fromIsoDate(cohort?.endsOn ?? null), [
        fieldRule<Date | null>(COHORT_FIELDS.endsOn, isoDay),
      ]),
      status: new FormControl<CohortStatus>(cohort?.status ?? 'planning', { nonNullable: true }),
      capacity: new FormControl<number | null>(cohort?.capacity ?? null, [
        fieldRule(COHORT_FIELDS.capacity),
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
