import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SAVED_FILTER_NAME_MAX, SavedView, SavedViewList } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { notBlank } from '../core/forms/validators';
import { applyServerErrors } from '../core/http/api-errors';
import { SavedViewsApi } from './saved-views-api';

export interface SaveViewData {
  list: SavedViewList;
  query: Record<string, string>;
}

/** "Save current view": asks for a name; closes with the saved view, or nothing when cancelled. */
@Component({
  selector: 'app-save-view-dialog',
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
  template: `
    <h2 mat-dialog-title>{{ 'savedViews.dialogTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
        @if (error(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <mat-form-field appearance="outline" class="name">
          <mat-label>{{ 'savedViews.name' | transloco }}</mat-label>
          <input
            matInput
            name="name"
            formControlName="name"
            required
            autocomplete="off"
            data-testid="saved-filter-name"
            [maxlength]="maxName"
          />
          <mat-hint>{{ 'savedViews.nameHint' | transloco }}</mat-hint>
          <mat-error data-testid="saved-filter-name-error">{{
            form.controls.name | fieldError
          }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          mat-flat-button
          type="submit"
          data-testid="saved-filter-submit"
          [disabled]="saving()"
        >
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .name {
      width: 100%;
      min-width: min(360px, 70vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveViewDialog {
  private readonly api = inject(SavedViewsApi);
  private readonly dialogRef = inject<MatDialogRef<SaveViewDialog, SavedView>>(MatDialogRef);
  private readonly data = inject<SaveViewData>(MAT_DIALOG_DATA);
  private readonly transloco = inject(TranslocoService);

  protected readonly maxName = SAVED_FILTER_NAME_MAX;
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(SAVED_FILTER_NAME_MAX)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.api
      .save({
        list: this.data.list,
        name: this.form.controls.name.value.trim(),
        query: this.data.query,
      })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          // A 409 names `name`: it shows beside the field.
          this.error.set(
            applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
          );
        },
      });
  }
}
