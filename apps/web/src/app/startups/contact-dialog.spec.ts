import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatDialog } from '@angular/material/dialog';
import { StartupContact } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { ContactDialog, ContactDialogData } from './contact-dialog';

describe('ContactDialog', () => {
  let http: HttpTestingController;
  let closedWith: StartupContact | undefined | 'open';
  const doc = () => document.body;

  async function openDialog(data: ContactDialogData): Promise<void> {
    closedWith = 'open';
    TestBed.inject(MatDialog)
      .open<ContactDialog, ContactDialogData, StartupContact>(ContactDialog, { data })
      .afterClosed()
      .subscribe((saved) => (closedWith = saved));
    await settle();
  }

  async function type(field: string, value: string): Promise<void> {
    const input = doc().querySelector<HTMLInputElement>(`[data-testid="contact-${field}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    http = TestBed.inject(HttpTestingController);
  });

  it('adds a contact and shows the API’s 409 beside the email', async () => {
    await openDialog({ startupId: 's1' });
    await type('fullName', ' Jana Schneider ');
    await type('email', 'jana@acme.example');
    await type('role', '  ');
    doc().querySelector<HTMLButtonElement>('[data-testid="save-contact"]')!.click();

    const first = http.expectOne({ method: 'POST', url: '/api/v1/startups/s1/contacts' });
    expect(first.request.body).toEqual({
      fullName: 'Jana Schneider',
      email: 'jana@acme.example',
      role: null,
      phone: null,
      isFounder: true,
    });
    first.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'taken',
        errors: [{ field: 'email', messages: ['Another contact of this startup has the email'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(doc().querySelector('[data-testid="contact-email-error"]')?.textContent?.trim()).toBe(
      'Another contact of this startup has the email',
    );
    expect(closedWith).toBe('open');

    await type('email', 'jana2@acme.example');
    doc().querySelector<HTMLButtonElement>('[data-testid="save-contact"]')!.click();
    const saved = { id: 'c1', email: 'jana2@acme.example' } as StartupContact;
    http.expectOne({ method: 'POST', url: '/api/v1/startups/s1/contacts' }).flush(saved);
    await settle();
    expect(closedWith).toEqual(saved);
  });

  it('edits a contact with a PATCH of its fields', async () => {
    const contact: StartupContact = {
      id: 'c1',
      startupId: 's1',
      fullName: 'Jana',
      email: 'jana@acme.example',
      role: 'CEO',
      phone: null,
      isFounder: false,
      mentorId: null,
      createdAt: '',
      updatedAt: '',
    };
    await openDialog({ startupId: 's1', contact });
    expect(doc().querySelector<HTMLInputElement>('[data-testid="contact-role"]')?.value).toBe(
      'CEO',
    );
    await type('phone', '+49 341 1');
    doc().querySelector<HTMLButtonElement>('[data-testid="save-contact"]')!.click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/startups/s1/contacts/c1' });
    expect(request.request.body).toMatchObject({ phone: '+49 341 1', isFounder: false });
  });
});
