import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatDialog } from '@angular/material/dialog';
import { Cohort } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { CohortDialog, CohortDialogData } from './cohort-dialog';

describe('CohortDialog', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    http = TestBed.inject(HttpTestingController);
  });

  function fill(name: string, value: string): void {
    const input = document.querySelector<HTMLInputElement>(
      `mat-dialog-container [formControlName="${name}"]`,
    )!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  function errorOf(name: string): string | undefined {
    return document
      .querySelector(`mat-dialog-container [formControlName="${name}"]`)!
      .closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();
  }

  it('checks the dates before sending, then shows the API’s field errors by the fields', async () => {
    const ref = TestBed.inject(MatDialog).open<CohortDialog, CohortDialogData, Cohort>(
      CohortDialog,
      { data: { programmeId: 'p1' } },
    );
    let closedWith: Cohort | undefined;
    ref.afterClosed().subscribe((cohort) => (closedWith = cohort));
    await settle();

    fill('name', 'Spring');
    fill('startsOn', '2026-03-10');
    fill('endsOn', '2026-03-01');
    document.querySelector<HTMLButtonElement>('[data-testid="cohort-save"]')!.click();
    await settle();
    http.expectNone('/api/v1/cohorts');
    expect(errorOf('endsOn')).toBe('The end must not be before the start');

    fill('endsOn', '2026-08-31');
    fill('capacity', '12');
    document.querySelector<HTMLButtonElement>('[data-testid="cohort-save"]')!.click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cohorts' });
    expect(request.request.body).toEqual({
      programmeId: 'p1',
      name: 'Spring',
      startsOn: '2026-03-10',
      endsOn: '2026-08-31',
      status: 'planning',
      capacity: 12,
    });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'programmeId', messages: ['No programme has the id p1'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    // No field for the programme: the message shows above the form.
    expect(document.querySelector('mat-dialog-container [role="alert"]')?.textContent).toContain(
      'No programme has the id p1',
    );

    document.querySelector<HTMLButtonElement>('[data-testid="cohort-save"]')!.click();
    http.expectOne({ method: 'POST', url: '/api/v1/cohorts' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'capacity', messages: ['capacity must not be greater than 10000'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(errorOf('capacity')).toBe('capacity must not be greater than 10000');

    fill('capacity', '10');
    document.querySelector<HTMLButtonElement>('[data-testid="cohort-save"]')!.click();
    const saved = { id: 'c1', name: 'Spring' } as Cohort;
    http.expectOne({ method: 'POST', url: '/api/v1/cohorts' }).flush(saved, {
      status: 201,
      statusText: 'Created',
    });
    await settle(50);
    expect(closedWith).toEqual(saved);
  });
});
