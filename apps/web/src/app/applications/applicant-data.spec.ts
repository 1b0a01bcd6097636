import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ApplicantAccessReport, ApplicantAccessReportState } from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment } from '../../testing/test-providers';
import { LanguageService } from '../core/i18n/language';
import { ACCESS_REPORT_POLL_MS, ApplicantData } from './applicant-data';

const URL_PATH = '/api/v1/public/application/access-report';

function report(
  status: ApplicantAccessReport['status'],
  progress: number,
): ApplicantAccessReportState {
  return {
    report: {
      status,
      progress,
      createdAt: '2026-12-07T09:00:00.000Z',
      finishedAt: status === 'done' ? '2026-12-07T09:00:20.000Z' : null,
      expiresAt: '2026-12-14T09:00:00.000Z',
    },
  };
}

describe('ApplicantData (Request my data on the application link page)', () => {
  let fixture: ComponentFixture<ApplicantData>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim();

  async function expectRequest(method: string, path = URL_PATH): Promise<TestRequest> {
    const req = await nextRequest(http, (url) => url === path);
    expect(req.request.method).toBe(method);
    // The link's token travels in the header: it decides whose data it is.
    expect(req.request.headers.get('Authorization')).toBe('Link token-of-anna');
    return req;
  }

  async function render(): Promise<void> {
    await fixture.whenStable();
  }

  beforeEach(async () => {
    jest.useFakeTimers({ advanceTimers: true });
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApplicantData);
    fixture.componentRef.setInput('token', 'token-of-anna');
    fixture.detectChanges();
    (await expectRequest('GET')).flush({ report: null });
    await render();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('asks for the report, follows it while it is prepared and offers the download when ready', async () => {
    expect(text('applicant-data-request')).toBe('Request my data');
    expect(byTestId('applicant-data-state')).toBeNull();

    byTestId('applicant-data-request')?.click();
    (await expectRequest('POST')).flush(report('queued', 0));
    await render();
    expect(byTestId('applicant-data-state')?.dataset['state']).toBe('running');
    expect(text('applicant-data-state')).toBe('Your copy is being prepared…');
    expect(byTestId('applicant-data-request')).toBeNull();

    jest.advanceTimersByTime(ACCESS_REPORT_POLL_MS);
    (await expectRequest('GET')).flush(report('running', 40));
    await render();
    expect(el().querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');

    jest.advanceTimersByTime(ACCESS_REPORT_POLL_MS);
    (await expectRequest('GET')).flush(report('done', 100));
    await render();
    expect(byTestId('applicant-data-state')?.dataset['state']).toBe('done');
    expect(text('applicant-data-state')).toContain('Your copy is ready.');

    // Done: no more asking.
    jest.advanceTimersByTime(ACCESS_REPORT_POLL_MS * 2);
    expect(http.match(URL_PATH)).toEqual([]);

    const createObjectURL = jest.fn(() => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    byTestId('applicant-data-html')?.click();
    const download = await expectRequest('GET', `${URL_PATH}/download`);
    expect(download.request.params.get('format')).toBe('html');
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['<html></html>'], { type: 'text/html' }));
    expect(createObjectURL).toHaveBeenCalled();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('access-report-2026-12-07.html');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
  });

  it('says so when the address tried too often, in German too', async () => {
    byTestId('applicant-data-request')?.click();
    (await expectRequest('POST')).flush(
      { statusCode: 429, message: 'Too many link attempts' },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await render();
    expect(text('applicant-data-error')).toBe(
      'Too many tries from your address. Please try again later.',
    );
    expect((byTestId('applicant-data-request') as HTMLButtonElement).disabled).toBe(false);

    TestBed.inject(LanguageService).use('de').subscribe();
    await render();
    expect(text('applicant-data-request')).toBe('Meine Daten anfordern');
    expect(text('applicant-data-error')).toBe(
      'Zu viele Versuche von Ihrer Adresse. Bitte versuchen Sie es später noch einmal.',
    );
  });
});
