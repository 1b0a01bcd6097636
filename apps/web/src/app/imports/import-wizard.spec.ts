import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { ImportDetail, ImportRowResult, Page, Role } from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment, settle } from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { IMPORT_POLL_MS, ImportWizard } from './import-wizard';

function importJob(overrides: Partial<ImportDetail>): ImportDetail {
  return {
    id: 'i1',
    kind: 'mentors',
    status: 'uploaded',
    fileName: 'mentoren.csv',
    format: 'csv',
    encoding: 'windows-1252',
    sheets: [],
    sheet: null,
    locale: 'de',
    delimiter: ';',
    headers: ['Name', 'E-Mail', 'Stadt'],
    mapping: { fullName: 'Name', email: 'E-Mail', city: 'Stadt' },
    totalRows: 2,
    processedRows: 0,
    progress: 0,
    counts: { create: 0, update: 0, reject: 0 },
    error: null,
    cohortId: null,
    membershipStatus: null,
    values: [],
    createdBy: { id: 'u1', name: 'Ada' },
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    finishedAt: null,
    preview: [['Ada Berger', 'ada@example.org', 'Leipzig']],
    ...overrides,
  };
}

const VALIDATED = importJob({
  status: 'validated',
  progress: 100,
  processedRows: 2,
  counts: { create: 1, update: 0, reject: 1 },
  updatedAt: '2026-11-28T10:00:05.000Z',
});

const ROWS: Page<ImportRowResult> = {
  items: [
    { row: 2, action: 'create', label: 'Ada Berger', matchedId: null, errors: [] },
    {
      row: 3,
      action: 'reject',
      label: 'Bad Mail',
      matchedId: null,
      errors: [
        {
          field: 'email',
          column: 'E-Mail',
          code: 'notEmail',
          params: { value: 'x' },
          messages: ['"x" is not an email address'],
        },
      ],
    },
  ],
  total: 2,
  page: 1,
  pageSize: 25,
};

describe('ImportWizard', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    el().querySelector<T>(`[data-testid="${id}"]`);

  async function render(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      harness.fixture.detectChanges();
      await harness.fixture.whenStable();
    }
  }

  async function request(method: string, url: string): Promise<TestRequest> {
    const found = await nextRequest(http, (u) => u === url);
    expect(found.request.method).toBe(method);
    return found;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'imports/new', component: ImportWizard },
          { path: 'imports/:id', component: ImportWizard },
        ]),
        { provide: IMPORT_POLL_MS, useValue: 5 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await signInAs('manager');
  });

  async function signInAs(role: Role): Promise<void> {
    TestBed.inject(SessionStore).signIn({ email: 'ada@example.org', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: { id: 'u1', email: 'ada@example.org', name: 'Ada', role, locale: 'en', createdAt: '' },
    });
  }

  it('uploads, maps, polls the dry run, shows the verdicts, applies and reports', async () => {
    await harness.navigateByUrl('/imports/new', ImportWizard);
    await render();

    const input = byTestId<HTMLInputElement>('import-file')!;
    const file = new File(['Name;E-Mail\n'], 'mentoren.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: { item: () => file, length: 1 } });
    input.dispatchEvent(new Event('change'));
    await render();
    expect(byTestId('import-file-name')?.textContent).toContain('mentoren.csv');
    byTestId<HTMLButtonElement>('import-upload')!.click();

    const upload = await request('POST', '/api/v1/imports');
    const form = upload.request.body as FormData;
    expect(form.get('kind')).toBe('startups');
    expect((form.get('file') as File).name).toBe('mentoren.csv');
    upload.flush(importJob({}));
    await render();

    // How the file was read, with its first rows, before anything runs.
    expect(byTestId('import-read-as')?.textContent).toContain(
      'Read as windows-1252, separated by semicolons, 2 rows',
    );
    expect(byTestId('import-preview-row')?.textContent).toContain('Ada Berger');
    // The mapping step, filled with the suggestion; the first row's value as a hint.
    const mapping = byTestId('import-mapping')!;
    expect(mapping.textContent).toContain('e.g. Ada Berger');
    expect(byTestId('import-mapping-email')?.textContent).toContain('E-Mail');
    byTestId<HTMLButtonElement>('import-start-dry-run')!.click();
    const put = await request('PUT', '/api/v1/imports/i1/mapping');
    expect(put.request.body).toEqual({
      mapping: { fullName: 'Name', email: 'E-Mail', city: 'Stadt' },
      locale: 'de',
    });
    put.flush(importJob({ status: 'validating' }));
    await render();

    (await request('GET', '/api/v1/imports/i1')).flush(
      importJob({ status: 'validating', progress: 45, processedRows: 1 }),
    );
    await render();
    expect(byTestId('import-dry-run')?.textContent).toContain('Checking row 1 of 2');
    (await request('GET', '/api/v1/imports/i1')).flush(VALIDATED);
    await render();

    const rows = await request('GET', '/api/v1/imports/i1/rows');
    expect(rows.request.params.get('page')).toBe('1');
    rows.flush(ROWS);
    await render();
    expect(byTestId('import-count-create')?.textContent).toContain('1');
    expect(byTestId('import-count-reject')?.textContent).toContain('1');
    const shown = el().querySelectorAll('[data-testid="import-row"]');
    expect(shown).toHaveLength(2);
    expect(shown[1].textContent).toContain('Email');
    expect(shown[1].textContent).toContain('column "E-Mail"');
    expect(shown[1].textContent).toContain('"x" is not an email address');

    // Only the rejected rows.
    el().querySelector<HTMLElement>('[data-testid="import-filter-reject"] button')!.click();
    const filtered = await nextRequest(http, (u) => u === '/api/v1/imports/i1/rows' && true);
    expect(filtered.request.params.get('action')).toBe('reject');
    filtered.flush({ ...ROWS, items: [ROWS.items[1]], total: 1 });
    await render();

    byTestId<HTMLButtonElement>('import-apply')!.click();
    (await request('POST', '/api/v1/imports/i1/apply')).flush(VALIDATED);
    await render();
    expect(byTestId('import-applying')).not.toBeNull();
    // Until the job claims it, the import still reads validated: polling goes on.
    (await request('GET', '/api/v1/imports/i1')).flush(VALIDATED);
    await render();
    (await request('GET', '/api/v1/imports/i1')).flush(
      importJob({ ...VALIDATED, status: 'applying', progress: 50 }),
    );
    await render();
    (await request('GET', '/api/v1/imports/i1')).flush(
      importJob({ ...VALIDATED, status: 'done', progress: 100 }),
    );
    await render();
    expect(byTestId('import-done')?.textContent).toContain(
      'Done: 1 created, 0 updated, 1 rows skipped.',
    );
    expect(byTestId('import-open-list')?.getAttribute('href')).toBe('/mentors');
    await settle(20);
    http.verify();
  });

  it('shows why an upload was refused', async () => {
    await harness.navigateByUrl('/imports/new', ImportWizard);
    await render();
    const input = byTestId<HTMLInputElement>('import-file')!;
    const file = new File(['x'], 'latin1.csv');
    Object.defineProperty(input, 'files', { value: { item: () => file, length: 1 } });
    input.dispatchEvent(new Event('change'));
    await render();
    byTestId<HTMLButtonElement>('import-upload')!.click();
    (await request('POST', '/api/v1/imports')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'file', messages: ['The file is not UTF-8'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(byTestId('upload-error')?.textContent).toContain('The file is not UTF-8');
  });

  it('shows a coded upload refusal in the page’s language', async () => {
    TestBed.inject(TranslocoService).setActiveLang('de');
    await harness.navigateByUrl('/imports/new', ImportWizard);
    await render();
    const input = byTestId<HTMLInputElement>('import-file')!;
    const file = new File(['x'], 'gross.csv');
    Object.defineProperty(input, 'files', { value: { item: () => file, length: 1 } });
    input.dispatchEvent(new Event('change'));
    await render();
    byTestId<HTMLButtonElement>('import-upload')!.click();
    (await request('POST', '/api/v1/imports')).flush(
      {
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'The file is larger than 10 MB',
        errors: [
          {
            field: 'file',
            code: 'fileTooLarge',
            params: { max: 10 },
            messages: ['must not be larger than 10 MB'],
          },
        ],
      },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await render();
    expect(byTestId('upload-error')?.textContent).toContain('darf nicht größer als 10 MB sein');
    TestBed.inject(TranslocoService).setActiveLang('en');
  });

  it('shows the API’s mapping errors beside the field', async () => {
    await harness.navigateByUrl('/imports/i1', ImportWizard);
    (await request('GET', '/api/v1/imports/i1')).flush(
      importJob({ mapping: { fullName: 'Name', email: 'E-Mail' } }),
    );
    await render();
    byTestId<HTMLButtonElement>('import-start-dry-run')!.click();
    (await request('PUT', '/api/v1/imports/i1/mapping')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'mapping.email', messages: ['"E-Mail" is not a column of the file'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    const field = byTestId('import-mapping-email')!.closest('mat-form-field')!;
    expect(field.querySelector('mat-error')?.textContent).toContain('is not a column of the file');
  });

  it('opens a failed import at the review with the reason and a new dry run', async () => {
    await harness.navigateByUrl('/imports/i1', ImportWizard);
    (await request('GET', '/api/v1/imports/i1')).flush(
      importJob({
        status: 'failed',
        error: 'Nothing was written: row 13 (Mentor 12): it now matches an existing record',
        counts: { create: 2, update: 0, reject: 0 },
      }),
    );
    await render();
    (await request('GET', '/api/v1/imports/i1/rows')).flush(ROWS);
    await render();
    expect(byTestId('import-error')?.textContent).toContain('Nothing was written: row 13');
    expect(byTestId('import-apply')).toBeNull();
    byTestId<HTMLButtonElement>('import-rerun')!.click();
    const put = await request('PUT', '/api/v1/imports/i1/mapping');
    expect(put.request.body).toEqual({
      mapping: { fullName: 'Name', email: 'E-Mail', city: 'Stadt' },
      locale: 'de',
    });
    put.flush(importJob({ status: 'validating' }));
    await render();
    expect(byTestId('import-dry-run')).not.toBeNull();
  });

  it('asks what unknown values mean, with a suggestion, remembers the choice and runs again', async () => {
    await harness.navigateByUrl('/imports/i1', ImportWizard);
    (await request('GET', '/api/v1/imports/i1')).flush(
      importJob({
        ...VALIDATED,
        kind: 'startups',
        values: [
          {
            domain: 'sectors',
            fields: ['sectors'],
            value: 'Gesundheit',
            rows: 12,
            suggestion: 'healthtech',
            key: null,
          },
          {
            domain: 'sectors',
            fields: ['sectors'],
            value: 'Raumfahrt',
            rows: 1,
            suggestion: null,
            key: null,
          },
        ],
      }),
    );
    await render();
    (await request('GET', '/api/v1/vocabularies')).flush({
      sectors: [
        {
          kind: 'sectors',
          key: 'healthtech',
          labelDe: 'HealthTech',
          labelEn: 'Healthtech',
          position: 0,
        },
        {
          kind: 'sectors',
          key: 'deeptech',
          labelDe: 'DeepTech',
          labelEn: 'Deep tech',
          position: 1,
        },
      ],
      topics: [],
      stages: [],
      languages: [],
    });
    (await request('GET', '/api/v1/imports/i1/rows')).flush(ROWS);
    await render();
    const values = el().querySelectorAll('[data-testid="import-value"]');
    expect(values).toHaveLength(2);
    expect(values[0].textContent).toContain('Gesundheit');
    expect(values[0].textContent).toContain('Healthtech');
    expect(values[0].textContent).toContain('Suggestion');
    expect(values[1].textContent).not.toContain('Suggestion');
    expect(values[1].textContent).toContain('leave unmapped');

    byTestId<HTMLButtonElement>('import-values-save')!.click();
    const put = await request('PUT', '/api/v1/imports/i1/values');
    expect(put.request.body).toEqual({
      values: [
        { domain: 'sectors', value: 'Gesundheit', key: 'healthtech' },
        { domain: 'sectors', value: 'Raumfahrt', key: null },
      ],
    });
    put.flush(importJob({ kind: 'startups', status: 'validating' }));
    await render();
    expect(byTestId('import-dry-run')).not.toBeNull();
  });
});
