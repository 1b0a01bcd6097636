import { describe, expect, it } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { ApiErrorBody } from '@kohorte/contracts';
import { applyServerErrors } from './api-errors';

const FALLBACK = 'Something went wrong';

function apiError(status: number, body: ApiErrorBody | string | null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/v1/startups' });
}

function startupForm() {
  return new FormGroup({
    name: new FormControl('Acme', { nonNullable: true }),
    website: new FormControl('not a url', { nonNullable: true }),
    sectors: new FormControl<string[]>(['fintech', 'nope'], { nonNullable: true }),
  });
}

describe('applyServerErrors', () => {
  it('puts each field error on the control the API names, touched so mat-error shows it', () => {
    const form = startupForm();
    const general = applyServerErrors(
      form,
      apiError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        errors: [{ field: 'website', messages: ['website must be a URL address'] }],
      }),
      FALLBACK,
    );

    expect(general).toBeNull();
    expect(form.controls.website.errors).toEqual({ server: 'website must be a URL address' });
    expect(form.controls.website.touched).toBe(true);
    expect(form.controls.name.errors).toBeNull();
    expect(form.invalid).toBe(true);
  });

  it('joins several messages and maps a dotted path to its list control', () => {
    const form = startupForm();
    applyServerErrors(
      form,
      apiError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        errors: [{ field: 'sectors.1', messages: ['unknown sector', 'check the list'] }],
      }),
      FALLBACK,
    );

    expect(form.controls.sectors.errors).toEqual({ server: 'unknown sector check the list' });
  });

  it('reports errors for fields the form does not have above the form', () => {
    const form = startupForm();
    const general = applyServerErrors(
      form,
      apiError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        errors: [
          { field: 'website', messages: ['website must be a URL address'] },
          { field: 'revision', messages: ['revision is stale'] },
        ],
      }),
      FALLBACK,
    );

    expect(general).toBe('revision: revision is stale');
    expect(form.controls.website.hasError('server')).toBe(true);
  });

  it('shows the message of an error without field errors (e.g. 409)', () => {
    const general = applyServerErrors(
      startupForm(),
      apiError(409, { statusCode: 409, error: 'Conflict', message: 'Already changed' }),
      FALLBACK,
    );
    expect(general).toBe('Already changed');
  });

  it('falls back to a general message when the body is not the API’s (network, proxy)', () => {
    expect(applyServerErrors(startupForm(), apiError(0, null), FALLBACK)).toBe(FALLBACK);
    expect(
      applyServerErrors(startupForm(), apiError(502, '<html>Bad gateway</html>'), FALLBACK),
    ).toBe(FALLBACK);
    expect(applyServerErrors(startupForm(), new Error('boom'), FALLBACK)).toBe(FALLBACK);
  });

  it('leaves 401 and 403 to the interceptor', () => {
    const body: ApiErrorBody = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'Forbidden resource',
    };
    expect(applyServerErrors(startupForm(), apiError(403, body), FALLBACK)).toBeNull();
    expect(
      applyServerErrors(startupForm(), apiError(401, { ...body, statusCode: 401 }), FALLBACK),
    ).toBeNull();
  });

  it('clears the server error once the person edits the field', () => {
    const form = startupForm();
    applyServerErrors(
      form,
      apiError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        errors: [{ field: 'website', messages: ['website must be a URL address'] }],
      }),
      FALLBACK,
    );
    form.controls.website.setValue('https://acme.example');
    expect(form.controls.website.errors).toBeNull();
  });
});
