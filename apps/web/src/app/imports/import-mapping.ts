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
import { IMPORT_FIELDS, ImportDetail, ImportField, ImportJob } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { ImportsApi } from './imports-api';

/** The mapping step: which column of the file fills each record field; saving starts the dry run. */
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
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  readonly job = input.required<ImportDetail>();
  /** The saved mapping's import, now validating. */
  readonly saved = output<ImportJob>();

  protected readonly fields = computed(() => IMPORT_FIELDS[this.job().kind]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected form = new FormGroup({
    mapping: new FormGroup<Record<string, FormControl<string | null>>>({}),
  });

  protected controls(): Record<string, FormControl<string | null>> {
    return this.form.controls.mapping.controls;
  }

  /** One select per field, from the import's saved (or, after the upload, suggested) mapping. */
  ngOnInit(): void {
    const job = this.job();
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
    this.api.setMapping(this.job().id, mapping).subscribe({
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
