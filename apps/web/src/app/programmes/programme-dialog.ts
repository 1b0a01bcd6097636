import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Programme, PROGRAMME_FIELDS } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { fieldRule } from '../core/forms/field-rule';
import { applyServerErrors } from '../core/http/api-errors';
import { CohortsApi } from './cohorts-api';

// The limits the inputs show are the field schema's.
export const PROGRAMME_NAME_MAX = PROGRAMME_FIELDS.name.maxLength;
export const PROGRAMME_DESCRIPTION_MAX = PROGRAMME_FIELDS.description.maxLength;

/** "New programme" (no data) or "Edit programme": closes with the saved programme. */
@Component({
  selector: 'app-programme-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './programme-dialog.html',
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeDialog {
  private readonly api = inject(CohortsApi);
  private readonly dialogRef = inject<MatDialogRef<ProgrammeDialog, Programme>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly programme = inject<Programme | null>(MAT_DIALOG_DATA, { optional: true });

  protected readonly form = new FormGroup({
    name: new FormControl(this.programme?.name ?? '', {
      nonNullable: true,
      validators: [fieldRule(PROGRAMME_FIELDS.name)],
    }),
    description: new FormControl(this.programme?.description ?? '', {
      nonNullable: true,
      validators: [fieldRule(PROGRAMME_FIELDS.description)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const input = { name: value.name.trim(), description: value.description.trim() || null };
    const request = this.programme
      ? this.api.updateProgramme(this.programme.id, input)
      : this.api.createProgramme(input);
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
