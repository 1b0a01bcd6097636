import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AccessReport,
  ErasureRecord,
  LOCALES,
  Locale,
  PersonRecord,
  PRIVACY_EMAIL_FIELD,
  PrivacyRecordRef,
} from '@kohorte/contracts';
import { Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { DateTimePipe } from '../core/formats/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { AuditLog } from './audit-log';
import { PrivacyApi } from './privacy-api';
import { ProcessingRecords } from './processing-records';
import { RetentionSettings } from './retention-settings';

/** One selectable record: a person's record, or the startup a founder's record belongs to. */
export interface PrivacyRow extends PrivacyRecordRef {
  label: string;
  email: string | null;
  /** For a startup: the founder it was found through, and whether they are its only contact. */
  via: string | null;
  onlyContact: boolean;
}

const key = (ref: PrivacyRecordRef) => `${ref.kind}:${ref.id}`;

/** The records found by email, with each founder's startup as a row of its own. */
export function privacyRows(people: readonly PersonRecord[]): PrivacyRow[] {
  const rows: PrivacyRow[] = people.map((p) => ({
    kind: p.kind,
    id: p.id,
    label: p.label,
    email: p.email,
    via: null,
    onlyContact: false,
  }));
  for (const person of people) {
    if (!person.startup || rows.some((r) => r.kind === 'startup' && r.id === person.startup!.id)) {
      continue;
    }
    rows.push({
      kind: 'startup',
      id: person.startup.id,
      label: person.startup.name,
      email: null,
      via: person.label,
      onlyContact: person.startup.contacts <= 1,
    });
  }
  return rows;
}

/**
 * `/privacy` (admins only): a person's data protection requests. Find them by email, pick their
 * records (a founder's startup too, ticked when they are its only contact), then download what
 * Kohorte keeps about them (built in the background) or erase it, after a confirmation.
 */
@Component({
  selector: 'app-privacy-requests',
  imports: [
    DateTimePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    RetentionSettings,
    ProcessingRecords,
    AuditLog,
  ],
  templateUrl: './privacy-requests.html',
  styleUrl: './privacy-requests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyRequests {
  private readonly api = inject(PrivacyApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService);

  protected readonly locales = LOCALES;
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.email,
        Validators.maxLength(PRIVACY_EMAIL_FIELD.maxLength),
      ],
    }),
  });
  protected readonly rows = signal<PrivacyRow[] | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly locale = signal<Locale>(this.language.lang());
  protected readonly searching = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly report = signal<AccessReport | null>(null);
  protected readonly erasure = signal<ErasureRecord | null>(null);
  protected readonly erasing = signal(false);
  protected readonly erasures = signal<ErasureRecord[]>([]);
  protected readonly chosen = computed(() =>
    (this.rows() ?? []).filter((row) => this.selected().has(key(row))),
  );
  private polling: Subscription | null = null;

  constructor() {
    this.loadErasures();
  }

  protected search(): void {
    const email = this.form.controls.email;
    email.markAsTouched();
    if (email.invalid) return;
    this.searching.set(true);
    this.error.set(null);
    this.report.set(null);
    this.erasure.set(null);
    this.api
      .findPeople(email.value.trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (people) => {
          const rows = privacyRows(people);
          this.rows.set(rows);
          this.selected.set(
            new Set(rows.filter((r) => r.kind !== 'startup' || r.onlyContact).map(key)),
          );
          const personLocale = people.find((p) => p.locale)?.locale;
          if (personLocale) this.locale.set(personLocale);
          this.searching.set(false);
        },
        error: (error: unknown) => {
          this.searching.set(false);
          this.error.set(
            applyServerErrors(this.form, error, this.transloco.translate('privacy.errors.search')),
          );
        },
      });
  }

  protected isSelected(row: PrivacyRow): boolean {
    return this.selected().has(key(row));
  }

  protected toggle(row: PrivacyRow, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(key(row));
    else next.delete(key(row));
    this.selected.set(next);
  }

  protected createReport(): void {
    this.error.set(null);
    const records = this.chosen().map(({ kind, id }) => ({ kind, id }));
    this.api
      .createReport({ records, locale: this.locale() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.report.set(report);
          this.follow(report.id);
        },
        error: () => this.error.set(this.transloco.translate('privacy.errors.report')),
      });
  }

  /** Rows removed or anonymised, over all sections. */
  protected total(erasure: ErasureRecord): number {
    return Object.values(erasure.counts).reduce((sum, count) => sum + count, 0);
  }

  protected downloadUrl(format: 'json' | 'html'): string | null {
    const report = this.report();
    return report?.status === 'done' ? this.api.downloadUrl(report.id, format) : null;
  }

  protected erase(): void {
    const chosen = this.chosen();
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('privacy.erase.confirmTitle', { count: chosen.length }),
      message: this.transloco.translate('privacy.erase.confirmMessage', {
        records: chosen.map((row) => row.label).join(', '),
      }),
      confirm: this.transloco.translate('privacy.erase.confirm'),
    })
      .pipe(
        switchMap(() => {
          this.erasing.set(true);
          this.error.set(null);
          return this.api.erase({ records: chosen.map(({ kind, id }) => ({ kind, id })) });
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (erasure) => {
          this.erasing.set(false);
          this.erasure.set(erasure);
          this.report.set(null);
          this.rows.set(null);
          this.selected.set(new Set());
          this.loadErasures();
        },
        error: () => {
          this.erasing.set(false);
          this.error.set(this.transloco.translate('privacy.errors.erase'));
        },
      });
  }

  private follow(id: string): void {
    this.polling?.unsubscribe();
    this.polling = timer(500, 1000)
      .pipe(
        switchMap(() => this.api.report(id)),
        takeWhile((report) => report.status === 'queued' || report.status === 'running', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (report) => this.report.set(report),
        error: () => this.error.set(this.transloco.translate('privacy.errors.report')),
      });
  }

  private loadErasures(): void {
    this.api
      .erasures()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (list) => this.erasures.set(list), error: () => undefined });
  }
}
