import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MailboxItem, MailboxPage } from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment } from '../../testing/test-providers';
import { MailboxList } from './mailbox-list';

@Component({ selector: 'app-page', template: 'reader' })
class ReaderStub {}

function item(overrides: Partial<MailboxItem> = {}): MailboxItem {
  return {
    id: 'm1',
    recipient: 'grace@example.org',
    recipientName: 'Grace Hopper',
    locale: 'en',
    template: 'test-message',
    subject: 'Test message from Kohorte',
    status: 'sent',
    attempts: 0,
    subjectType: null,
    subjectId: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    sentAt: '2026-03-01T10:00:01.000Z',
    devMailbox: true,
    ...overrides,
  };
}

function page(
  items: MailboxItem[],
  transport: MailboxPage['transport'] = 'dev-mailbox',
): MailboxPage {
  return { items, total: items.length, page: 1, pageSize: 25, transport };
}

function paramsOf(request: TestRequest): Record<string, string> {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
}

describe('MailboxList', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const listRequest = () => nextRequest(http, (url) => url === '/api/v1/mailbox');

  async function open(url: string, result: MailboxPage): Promise<TestRequest> {
    const navigation = harness.navigateByUrl(url, MailboxList);
    const request = await listRequest();
    request.flush(result);
    await navigation;
    await harness.fixture.whenStable();
    return request;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'mailbox', component: MailboxList },
          { path: 'mailbox/:id', component: ReaderStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  it('lists recipient, subject, template, time and status, and says where mail goes', async () => {
    const request = await open(
      '/mailbox?page=2&pageSize=10&status=failed',
      page([item(), item({ id: 'm2', subject: null, status: 'failed', recipientName: null })]),
    );
    expect(paramsOf(request)).toEqual({ page: '2', pageSize: '10', status: 'failed' });

    const rows = el().querySelectorAll('[data-testid="mailbox-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Grace Hopper');
    expect(rows[0].textContent).toContain('grace@example.org');
    expect(rows[0].textContent).toContain('test-message');
    expect(rows[0].textContent).toContain('Sent');
    expect(rows[1].textContent).toContain('(not sent yet)');
    expect(rows[1].querySelector('[data-status="failed"]')?.textContent?.trim()).toBe('Failed');
    expect(el().querySelector('[data-testid="mailbox-transport"]')?.textContent).toContain(
      'Development mailbox',
    );
    const headers = Array.from(el().querySelectorAll('th'), (th) => th.textContent?.trim());
    expect(headers).toEqual(['Recipient', 'Subject', 'Template', 'Time', 'Status']);
  });

  it('opens a mail from its subject link', async () => {
    await open('/mailbox', page([item({ id: 'abc' })], 'smtp'));
    expect(el().querySelector('[data-testid="mailbox-transport"]')?.textContent).toContain('SMTP');
    el().querySelector<HTMLAnchorElement>('[data-testid="mailbox-open"]')!.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/mailbox/abc');
  });

  it('shows an empty mailbox, and a failure with a retry that loads again', async () => {
    await open('/mailbox', page([]));
    expect(el().querySelector('[data-testid="mailbox-empty"]')).not.toBeNull();

    const navigation = harness.navigateByUrl('/mailbox?status=pending', MailboxList);
    (await listRequest()).flush({}, { status: 500, statusText: 'Server Error' });
    await navigation;
    await harness.fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');

    el().querySelector<HTMLButtonElement>('.empty button')!.click();
    const again = await listRequest();
    expect(paramsOf(again)).toEqual({ page: '1', pageSize: '25', status: 'pending' });
    again.flush(page([item({ status: 'pending' })]));
    await harness.fixture.whenStable();
    expect(el().querySelectorAll('[data-testid="mailbox-row"]')).toHaveLength(1);
  });
});
