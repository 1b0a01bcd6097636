import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Cohort,
  IMPORT_FIELDS,
  IMPORT_LOCALES,
  ImportDetail,
  ImportField,
  ImportJob,
  ImportLocale,
  MAX_PAGE_SIZE,
  MEMBERSHIP_STATUSES,
  MembershipStatus,
} from '@kohorte/contracts';
import { CohortsApi } from '../programmes/cohorts-api';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { ImportsApi } from './imports-api';

/**
 * The mapping step: which column of the file fills each record field, how the file writes
 * numbers and dates, and (startups) the cohort they join; saving starts the dry run.
 */
@Component({
  selector: 'app-import-mapping',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './import-mapping.html',
  styleUrl: './import-mapping.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportMapping implements OnInit {
  private readonly api = inject(ImportsApi);
  private readonly cohortsApi = inject(CohortsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly job = input.required<ImportDetail>();
  /** The saved mapping's import, now validating. */
  readonly saved = output<ImportJob>();

  protected readonly fields = computed(() => IMPORT_FIELDS[this.job().kind]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly locales = IMPORT_LOCALES;
  protected readonly membershipStatuses = MEMBERSHIP_STATUSES;
  protected readonly cohorts = signal<Cohort[]>([]);
  protected form = new FormGroup({
    mapping: new FormGroup<Record<string, FormControl<string | null>>>({}),
    locale: new FormControl<ImportLocale>('de', { nonNullable: true }),
    cohortId: new FormControl<string | null>(null),
    membershipStatus: new FormControl<MembershipStatus>('applied', { nonNullable: true }),
  });

  protected controls(): Record<string, FormControl<string | null>> {
    return this.form.controls.mapping.controls;
  }

  /** One select per field, from the import's saved (or, after the upload, suggested) mapping. */
  ngOnInit(): void {
    const job = this.job();
    this.form.patchValue({
      locale: job.locale,
      cohortId: job.cohortId,
      membershipStatus: job.membershipStatus ?? 'applied',
    });
    if (job.kind === 'startups') {
      this.cohortsApi.listCohorts({ pageSize: MAX_PAGE_SIZE }).subscribe({
        next: (page) => this.cohorts.set(page.items.filter((c) => c.status !== 'closed')),
        // Without the list, the import simply joins no cohort.
        error: () => this.cohorts.set([]),
      });
    }
    for (const field of IMPORT_FIELDS[job.kind]) {
      this.form.controls.mapping.addControl(
        field.key,
        new FormControl<string | null>(job.mapping[field.key] ?? null, {
          validators: field.required ? [Validators.required] : [],
        }),
      );
    }
  }

  protected label(field: ImportField): string {
    return this.language.lang() === 'de' ? field.labelDe : field.labelEn;
  }

  /** The first data row's value in the column chosen for a field, as a hint. */
  protected sample(field: ImportField): string {
    const column = this.controls()[field.key]?.value;
    const index = column ? this.job().headers.indexOf(column) : -1;
    const value = index >= 0 ? (this.job().preview[0]?.[index] ?? '').trim() : '';
    return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const mapping: Record<string, string> = {};
    for (const [field, control] of Object.entries(this.controls())) {
      if (control.value) mapping[field] = control.value;
    }
    this.saving.set(true);
    this.error.set(null);
    const { locale, cohortId, membershipStatus } = this.form.getRawValue();
    this.api
      .setMapping(this.job().id, {
        mapping,
        locale,
        ...(this.job().kind === 'startups' ? { cohortId, membershipStatus } : {}),
      })
      .subscribe({
        next: (job) => {
          this.saving.set(false);
          this.saved.emit(job);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(
            applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
          );
        },
      });
  }
}
