import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { APPLICATION_FIELDS, PublicCall } from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { fieldRule } from '../core/forms/field-rule';
import { applyServerErrors } from '../core/http/api-errors';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { ApplicantApi } from './applications-api';

/**
 * `/apply/:callId`: a call's public page, in the reader's language. No account: the applicant
 * enters an email address and gets a link to their application, which they fill in over as many
 * visits as they like. After the deadline only those who applied get their link again. The
 * answer never tells whether an address has applied.
 */
@Component({
  selector: 'app-apply-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
    BerlinTimePipe,
  ],
  templateUrl: './apply-page.html',
  styleUrl: './public-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplyPage implements OnInit {
  private readonly api = inject(ApplicantApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly callId = input.required<string>();

  protected readonly call = signal<PublicCall | null>(null);
  protected readonly notFound = signal(false);
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [fieldRule(APPLICATION_FIELDS.email)],
    }),
    // The honeypot: hidden from people, filled by form-filling bots.
    homepage: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.api.call(this.callId()).subscribe({
      next: (call) => this.call.set(call),
      error: () => this.notFound.set(true),
    });
  }

  protected submit(): void {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, homepage } = this.form.getRawValue();
    this.sending.set(true);
    this.error.set(null);
    this.api.requestLink(this.callId(), email.trim(), this.language.lang(), homepage).subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.error.set(
          error instanceof HttpErrorResponse && error.status === 429
            ? this.transloco.translate('respond.tooMany')
            : applyServerErrors(
                this.form,
                error,
                this.transloco.translate('applications.apply.failed'),
              ),
        );
      },
    });
  }
}
