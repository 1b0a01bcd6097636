import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AUDIT_ACTIONS, type AuditPage, MAX_PAGE_SIZE, type User } from '@kohorte/contracts';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { DateTimePipe } from '../core/formats/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { UsersApi } from '../users/users-api';
import { type AuditFilter, PrivacyApi } from './privacy-api';

const PAGE_SIZE = 25;
const EMPTY_FILTER: AuditFilter = { userId: '', recordId: '', action: '', from: '', to: '' };

/**
 * The audit log of staff access (admins): who read which personal record or downloaded which
 * export, searched by staff member, record id, action and days, paged, downloadable as CSV.
 */
@Component({
  selector: 'app-audit-log',
  imports: [
    DateTimePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './audit-log.html',
  styleUrl: './audit-log.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLog {
  private readonly api = inject(PrivacyApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly form = new FormGroup({
    userId: new FormControl('', { nonNullable: true }),
    recordId: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  protected readonly error = signal<string | null>(null);

  private readonly filter = signal<AuditFilter>(EMPTY_FILTER);
  protected readonly page = signal(1);

  protected readonly staff = toSignal(
    inject(UsersApi)
      .list({ page: 1, pageSize: MAX_PAGE_SIZE })
      .pipe(
        map((page) => page.items),
        catchError(() => of<User[]>([])),
      ),
    { initialValue: [] },
  );

  protected readonly result = toSignal(
    combineLatest([toObservable(this.filter), toObservable(this.page)]).pipe(
      switchMap(([filter, page]) =>
        this.api.auditLog(filter, page, PAGE_SIZE).pipe(
          catchError((error: unknown) => {
            this.error.set(
              applyServerErrors(this.form, error, this.transloco.translate('privacy.audit.failed')),
            );
            return of<AuditPage | null>(null);
          }),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly csvUrl = computed(() =>
    this.api.auditCsvUrl(this.filter(), this.language.lang()),
  );

  search(): void {
    this.error.set(null);
    this.page.set(1);
    this.filter.set(this.form.getRawValue());
  }

  reset(): void {
    this.form.reset();
    this.search();
  }

  turnPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }
}
