import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatDialog } from '@angular/material/dialog';
import { User } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { UserDialog } from './user-dialog';

describe('UserDialog', () => {
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
  }

  it('creates the user and closes with it, or shows the API’s email conflict by the field', async () => {
    const ref = TestBed.inject(MatDialog).open<UserDialog, void, User>(UserDialog);
    let closedWith: User | undefined;
    ref.afterClosed().subscribe((user) => (closedWith = user));
    await settle();

    fill('email', 'grace@example.org');
    fill('name', 'Grace');
    fill('password', 'short');
    document.querySelector<HTMLButtonElement>('[data-testid="create-user"]')!.click();
    await settle();
    http.expectNone('/api/v1/users');

    fill('password', 'long enough password');
    document.querySelector<HTMLButtonElement>('[data-testid="create-user"]')!.click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/users' });
    expect(request.request.body).toEqual({
      email: 'grace@example.org',
      name: 'Grace',
      password: 'long enough password',
      role: 'manager',
      locale: 'en',
    });
    request.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Email already in use',
        errors: [{ field: 'email', messages: ['A user with this email already exists'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const emailField = document
      .querySelector('mat-dialog-container [formControlName="email"]')!
      .closest('mat-form-field');
    expect(emailField?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'A user with this email already exists',
    );

    fill('email', 'grace.hopper@example.org');
    document.querySelector<HTMLButtonElement>('[data-testid="create-user"]')!.click();
    const created: User = {
      id: 'u2',
      email: 'grace.hopper@example.org',
      name: 'Grace',
      role: 'manager',
      locale: 'en',
      createdAt: '2024-05-01T00:00:00.000Z',
    };
    http
      .expectOne({ method: 'POST', url: '/api/v1/users' })
      .flush(created, { status: 201, statusText: 'Created' });
    await settle(50);
    expect(closedWith).toEqual(created);
  });
});
