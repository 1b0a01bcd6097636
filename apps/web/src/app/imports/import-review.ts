import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FieldChange,
  formatReason,
  IMPORT_ACTIONS,
  IMPORT_FIELDS,
  ImportAction,
  ImportJob,
  ImportRowError,
  ImportRowResult,
  Page,
} from '@kohorte/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { ImportsApi } from './imports-api';
import { providePaginatorTexts } from '../core/i18n/paginator-intl';

const PAGE_SIZE = 25;

/** The dry run's verdicts: counts per action, and the rows (paged, filterable by action). */
@Component({
  selector: 'app-import-review',
  imports: [
    DecimalPipe,
    MatButtonToggleModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './import-review.html',
  styleUrl: './import-review.scss',
  providers: [providePaginatorTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReview {
  private readonly api = inject(ImportsApi);
  protected readonly language = inject(LanguageService);

  readonly job = input.required<ImportJob>();

  protected readonly actions = IMPORT_ACTIONS;
  protected readonly columns = ['row', 'label', 'action', 'details'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly action = signal<ImportAction | null>(null);
  protected readonly page = signal(1);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  protected readonly result = signal<Page<ImportRowResult> | null>(null);

  // A new dry run of the same import (a changed mapping) has new verdicts: `updatedAt` moves.
  private readonly query = computed(() => ({
    id: this.job().id,
    version: `${this.job().status}:${this.job().updatedAt}`,
    action: this.action(),
    page: this.page(),
  }));

  constructor() {
    toObservable(this.query)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.failed.set(false);
        }),
        switchMap((query) =>
          this.api
            .rows(query.id, { action: query.action, page: query.page, pageSize: PAGE_SIZE })
            .pipe(
              catchError(() => {
                this.failed.set(true);
                return of(null);
              }),
            ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.result.set(page);
        this.loading.set(false);
      });
  }

  protected filter(action: ImportAction | null): void {
    this.action.set(action);
    this.page.set(1);
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }

  /** A record field's label in the UI language. */
  protected fieldLabel(key: string): string {
    const field = IMPORT_FIELDS[this.job().kind].find((f) => f.key === key);
    if (!field) return key;
    return this.language.lang() === 'de' ? field.labelDe : field.labelEn;
  }

  /** Why a row is rejected, in the UI language (the English text from an older dry run). */
  protected reason(error: ImportRowError): string {
    return error.code
      ? formatReason(error.code, error.params, this.language.lang())
      : error.messages.join('; ');
  }

  protected changeText(change: FieldChange): string {
    const show = (value: unknown) =>
      value === null || value === undefined || (Array.isArray(value) && value.length === 0)
        ? '–'
        : Array.isArray(value)
          ? value.join(', ')
          : String(value);
    return `${this.fieldLabel(change.field)}: ${show(change.before)} → ${show(change.after)}`;
  }
}
