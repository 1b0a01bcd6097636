import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Cohort, COHORT_STATUSES } from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { CohortsApi } from './cohorts-api';
import { createCohortForm, toCohortChanges, toCohortInput } from './cohort-form-model';
import { provideDateAdapter } from '../core/i18n/date-adapter';

/** A new cohort of `programmeId`, or changes to `cohort`. */
export interface CohortDialogData {
  programmeId: string;
  cohort?: Cohort;
}

/** "New cohort" / "Edit cohort": closes with the saved cohort, or nothing when cancelled. */
@Component({
  providers: [provideDateAdapter()],
  selector: 'app-cohort-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './cohort-dialog.html',
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortDialog {
  private readonly api = inject(CohortsApi);
  private readonly dialogRef = inject<MatDialogRef<CohortDialog, Cohort>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly data = inject<CohortDialogData>(MAT_DIALOG_DATA);

  protected readonly statuses = COHORT_STATUSES;
  protected readonly form = createCohortForm(this.data.cohort ?? null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const cohort = this.data.cohort;
    let request: Observable<Cohort>;
    if (cohort) {
      const changes = toCohortChanges(this.form, cohort);
      if (Object.keys(changes).length === 0) {
        this.dialogRef.close(cohort);
        return;
      }
      request = this.api.updateCohort(cohort.id, changes);
    } else {
      request = this.api.createCohort(toCohortInput(this.form, this.data.programmeId));
    }
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(
          applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
        );
      },
    });
  }
}
