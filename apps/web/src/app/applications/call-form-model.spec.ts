import { describe, expect, it } from '@jest/globals';
import { reasonOf } from '../core/forms/field-rule';
import {
  callFormErrors,
  createCallForm,
  optionGroup,
  placeErrors,
  questionGroup,
  toCallInput,
} from './call-form-model';

function filledForm() {
  const form = createCallForm(null);
  form.patchValue({
    opensAt: { day: '2027-01-10', time: '09:00' },
    closesAt: { day: '2027-07-10', time: '18:00' },
    title: { de: 'Frühjahr', en: 'Spring' },
    intro: { de: 'Intro', en: 'Intro' },
    confirmation: { de: 'Danke', en: 'Thanks' },
    consent: { de: 'Einwilligung', en: 'Consent' },
  });
  return form;
}

describe('the call form', () => {
  it('sends the Berlin times as instants and only the settings each question kind has', () => {
    const form = filledForm();
    const choice = questionGroup();
    choice.patchValue({
      key: 'origin',
      kind: 'singleChoice',
      label: { de: 'Woher?', en: 'From?' },
    });
    choice.controls.options.push(optionGroup('saxony', { de: 'Sachsen', en: 'Saxony' }));
    choice.controls.options.push(optionGroup('elsewhere', { de: 'Anderswo', en: 'Elsewhere' }));
    choice.controls.excludingAnswers.setValue(['elsewhere']);
    form.controls.questions.push(choice);
    const text = questionGroup();
    text.patchValue({
      key: 'why',
      kind: 'longText',
      label: { de: 'Warum?', en: 'Why?' },
      maxLength: 500,
    });
    form.controls.questions.push(text);

    const input = toCallInput(form);
    expect(input.opensAt).toBe('2027-01-10T08:00:00.000Z');
    expect(input.closesAt).toBe('2027-07-10T16:00:00.000Z');
    expect(input.questions).toEqual([
      {
        key: 'origin',
        kind: 'singleChoice',
        label: { de: 'Woher?', en: 'From?' },
        help: null,
        required: false,
        options: [
          { key: 'saxony', label: { de: 'Sachsen', en: 'Saxony' } },
          { key: 'elsewhere', label: { de: 'Anderswo', en: 'Elsewhere' } },
        ],
        excludingAnswers: ['elsewhere'],
      },
      {
        key: 'why',
        kind: 'longText',
        label: { de: 'Warum?', en: 'Why?' },
        help: null,
        required: false,
        maxLength: 500,
      },
    ]);
    expect(callFormErrors(input)).toEqual([]);
  });

  it('puts the contracts’ reasons on the controls they name, as the API would', () => {
    const form = filledForm();
    form.patchValue({ closesAt: { day: '2027-01-01', time: '09:00' } });
    const choice = questionGroup();
    choice.patchValue({ key: 'pick', kind: 'multipleChoice', label: { de: 'a', en: 'a' } });
    form.controls.questions.push(choice);
    const errors = callFormErrors(toCallInput(form));
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['closesAt', 'closesBeforeOpens'],
      ['questions.0.options', 'optionsMissing'],
    ]);
    placeErrors(form, errors);
    expect(reasonOf(form.controls.closesAt.errors)?.code).toBe('closesBeforeOpens');
    expect(reasonOf(choice.controls.options.errors)?.code).toBe('optionsMissing');
  });
});
