import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Locale, LOCALES, MIN_PASSWORD_LENGTH, Role, ROLES, User } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { notBlank } from '../core/forms/validators';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { UsersApi } from './users-api';

/** "Add user": closes with the created user, or with nothing when cancelled. */
@Component({
  selector: 'app-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './user-dialog.html',
  styleUrl: './user-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<UserDialog, User>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);

  protected readonly roles = ROLES;
  protected readonly locales = LOCALES;
  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(200)],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)],
    }),
    role: new FormControl<Role>('manager', { nonNullable: true }),
    locale: new FormControl<Locale>(inject(LanguageService).lang(), { nonNullable: true }),
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
    this.saving.set(true);
    this.error.set(null);
    this.api.create({ ...value, email: value.email.trim(), name: value.name.trim() }).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(
          applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
        );
      },
    });
  }
}
