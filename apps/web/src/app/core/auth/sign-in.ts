import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyServerErrors } from '../http/api-errors';
import { FieldErrorPipe } from '../forms/field-error';
import { LanguageSwitch } from '../i18n/language-switch';
import { safeReturnUrl } from './return-url';
import { SessionStore } from './session';

@Component({
  selector: 'app-sign-in',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
    LanguageSwitch,
  ],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  /** Where to go after signing in (query parameter, set by the guard). */
  readonly returnUrl = input<string>();

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    this.session.signIn({ email: email.trim(), password }).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(this.describe(error));
      },
    });
  }

  private describe(error: unknown): string | null {
    if (error instanceof HttpErrorResponse) {
      if (error.status === 401) return this.transloco.translate('signIn.wrongCredentials');
      if (error.status === 429) return this.transloco.translate('signIn.tooManyAttempts');
      // 403 even after fetching a fresh CSRF cookie (see SessionStore.signIn).
      if (error.status === 403) return this.transloco.translate('errors.generic');
      if (error.status === 0 || error.status >= 500) {
        return this.transloco.translate('errors.unreachable');
      }
    }
    return applyServerErrors(this.form, error, this.transloco.translate('errors.generic'));
  }
}
