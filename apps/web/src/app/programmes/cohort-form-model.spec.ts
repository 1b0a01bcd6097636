import { describe, expect, it } from '@jest/globals';
import { Cohort } from '@kohorte/contracts';
import { AbstractControl } from '@angular/forms';
import { reasonOf } from '../core/forms/field-rule';
import { createCohortForm, toCohortChanges, toCohortInput } from './cohort-form-model';

/** The reason code a control's field rule (COHORT_FIELDS) gives, as the API would. */
const codeOf = (control: AbstractControl) => reasonOf(control.errors)?.code;

const cohort: Cohort = {
  id: 'c1',
  programme: { id: 'p1', name: 'Accelerator' },
  name: 'Spring',
  startsOn: '2026-03-01',
  endsOn: '2026-08-31',
  status: 'planning',
  capacity: 12,
  counts: { applied: 0, accepted: 0, active: 0, alumni: 0, dropped: 0 },
  mentorCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('cohort form', () => {
  it('needs a name and both dates', () => {
    const form = createCohortForm();
    expect(form.valid).toBe(false);
    expect(codeOf(form.controls.name)).toBe('required');
    expect(codeOf(form.controls.startsOn)).toBe('required');
    expect(codeOf(form.controls.endsOn)).toBe('required');
  });

  it('flags an end before the start on endsOn, and clears it when the dates are in order', () => {
    const form = createCohortForm();
    form.patchValue({
      name: 'Autumn',
      startsOn: new Date(2026, 8, 10),
      endsOn: new Date(2026, 8, 9),
    });
    expect(form.controls.endsOn.hasError('endBeforeStart')).toBe(true);
    expect(form.valid).toBe(false);
    form.controls.startsOn.setValue(new Date(2026, 8, 9));
    expect(form.controls.endsOn.hasError('endBeforeStart')).toBe(false);
    expect(form.valid).toBe(true);
  });

  it('accepts an empty capacity (no limit) but not a negative or broken one', () => {
    const form = createCohortForm(cohort);
    form.controls.capacity.setValue(null);
    expect(form.controls.capacity.valid).toBe(true);
    form.controls.capacity.setValue(-1);
    expect(codeOf(form.controls.capacity)).toBe('tooSmall');
    form.controls.capacity.setValue(2.5);
    expect(codeOf(form.controls.capacity)).toBe('notWhole');
    form.controls.capacity.setValue(10_001);
    expect(codeOf(form.controls.capacity)).toBe('tooLarge');
  });

  it('sends local calendar days as ISO dates, and only what changed in an edit', () => {
    const form = createCohortForm(cohort);
    expect(form.controls.startsOn.value?.getDate()).toBe(1);
    expect(toCohortChanges(form, cohort)).toEqual({});
    form.patchValue({ name: ' Spring 2026 ', endsOn: new Date(2026, 8, 30), capacity: null });
    expect(toCohortChanges(form, cohort)).toEqual({
      name: 'Spring 2026',
      endsOn: '2026-09-30',
      capacity: null,
    });
    expect(toCohortInput(form, 'p2')).toEqual({
      programmeId: 'p2',
      name: 'Spring 2026',
      startsOn: '2026-03-01',
      endsOn: '2026-09-30',
      status: 'planning',
      capacity: null,
    });
  });
});
