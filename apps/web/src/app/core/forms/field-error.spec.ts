import { describe, expect, it } from '@jest/globals';
import { fieldErrorMessage } from './field-error';

const translate = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

describe('fieldErrorMessage', () => {
  it('prefers the API’s own words over client-side checks', () => {
    expect(fieldErrorMessage({ required: true, server: 'name must be shorter' }, translate)).toBe(
      'name must be shorter',
    );
  });

  it('translates client-side checks with their parameters', () => {
    expect(
      fieldErrorMessage({ maxlength: { requiredLength: 200, actualLength: 201 } }, translate),
    ).toBe('validation.maxLength {"max":200}');
    expect(fieldErrorMessage({ min: { min: 0, actual: -1 } }, translate)).toBe(
      'validation.min {"min":0}',
    );
    expect(fieldErrorMessage({ blank: true }, translate)).toBe('validation.required');
  });

  it('is empty for a valid control', () => {
    expect(fieldErrorMessage(null, translate)).toBe('');
  });
});
