import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MailboxMessage } from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment } from '../../testing/test-providers';
import { mailLinks, MailboxReader, readerDocument } from './mailbox-reader';

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>
<body><p>Hello</p><a href="http://localhost:3000/respond/t0k3n">Answer</a>
<a href="http://localhost:3000/respond/t0k3n">again</a><a href="mailto:x@example.org">mail</a>
<script>parent.hacked = true</script></body></html>`;

function message(overrides: Partial<MailboxMessage> = {}): MailboxMessage {
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
    html: HTML,
    text: 'Hello\n\nOpen the link: http://localhost:3000/respond/t0k3n',
    lastError: null,
    providerMessageId: 'dev-mailbox',
    ...overrides,
  };
}

describe('readerDocument and mailLinks', () => {
  it('opens the links of the mail in a new tab and lists each web link once', () => {
    expect(readerDocument(HTML)).toContain('<head><base target="_blank"><meta charset="utf-8">');
    expect(readerDocument('<p>bare</p>')).toBe('<base target="_blank"><p>bare</p>');
    expect(mailLinks(HTML)).toEqual(['http://localhost:3000/respond/t0k3n']);
  });
});

describe('MailboxReader', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;

  async function open(respond: (request: TestRequest) => void): Promise<void> {
    const navigation = harness.navigateByUrl('/mailbox/m1', MailboxReader);
    const request = await nextRequest(http, (url) => url === '/api/v1/mailbox/m1');
    respond(request);
    await navigation;
    await harness.fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([{ path: 'mailbox/:id', component: MailboxReader }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  it('shows the HTML in a sandbox without scripts, the text part and the links', async () => {
    await open((request) => request.flush(message()));

    expect(el().querySelector('[data-testid="mailbox-subject"]')?.textContent?.trim()).toBe(
      'Test message from Kohorte',
    );
    expect(el().querySelector('[data-testid="mailbox-recipient"]')?.textContent?.trim()).toBe(
      'Grace Hopper <grace@example.org>',
    );
    const frame = el().querySelector<HTMLIFrameElement>('[data-testid="mailbox-html"]')!;
    const sandbox = frame.getAttribute('sandbox')!.split(' ');
    expect(sandbox).not.toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    expect(frame.getAttribute('title')).toBe("The email's HTML");
    expect(frame.srcdoc).toContain('<base target="_blank">');
    expect(frame.srcdoc).toContain('<p>Hello</p>');
    expect(el().querySelector('[data-testid="mailbox-text"]')?.textContent).toContain(
      'Open the link: http://localhost:3000/respond/t0k3n',
    );
    const links = el().querySelectorAll<HTMLAnchorElement>('[data-testid="mailbox-link"]');
    expect(Array.from(links, (a) => a.href)).toEqual(['http://localhost:3000/respond/t0k3n']);
    expect(links[0].rel).toBe('noopener noreferrer');
  });

  it('shows a failed mail with its error, and a pending one without a body', async () => {
    await open((request) =>
      request.flush(
        message({
          status: 'failed',
          attempts: 5,
          lastError: '550 No such mailbox',
          sentAt: null,
          html: null,
          text: null,
          subject: null,
        }),
      ),
    );
    expect(el().querySelector('[data-testid="mailbox-status"]')?.textContent?.trim()).toBe(
      'Failed',
    );
    expect(el().textContent).toContain('550 No such mailbox');
    expect(el().textContent).toContain('has not been sent yet');
    expect(el().querySelector('iframe')).toBeNull();
  });

  it('says when the mail does not exist', async () => {
    await open((request) => request.flush({}, { status: 404, statusText: 'Not Found' }));
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('does not exist');
  });
});
