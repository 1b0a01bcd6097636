import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { RespondApi } from './respond-api';

/**
 * "Send me a new link": the answer is the same whether or not the address belongs to a founder,
 * so the page never tells who is one.
 */
@Component({
  selector: 'app-request-link-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sent()) {
      <p class="sent" role="status" data-testid="request-link-sent">
        {{ 'respond.newLink.sent' | transloco }}
      </p>
    } @else {
      <form class="request-link" [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'respond.newLink.email' | transloco }}</mat-label>
          <input
            matInput
            type="email"
            name="email"
            autocomplete="email"
            data-testid="request-link-email"
            formControlName="email"
          />
          <mat-error>{{ form.controls.email | fieldError }}</mat-error>
        </mat-form-field>
        <button
          mat-flat-button
          type="submit"
          data-testid="request-link-submit"
          [disabled]="sending()"
        >
          {{ 'respond.newLink.submit' | transloco }}
        </button>
      </form>
      @if (error(); as message) {
        <p class="form-error" role="alert">{{ message }}</p>
      }
    }
  `,
  styles: `
    .request-link {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 12px;
    }
    mat-form-field {
      flex: 1 1 280px;
    }
  `,
})
export class RequestLinkForm {
  private readonly api = inject(RespondApi);
  private readonly transloco = inject(TranslocoService);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.error.set(null);
    this.api.requestLink(this.form.controls.email.value.trim()).subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (error instanceof HttpErrorResponse && error.status === 429) {
          this.error.set(this.transloco.translate('respond.tooMany'));
          return;
        }
        this.error.set(
          applyServerErrors(this.form, error, this.transloco.translate('respond.newLink.failed')),
        );
      },
    });
  }
}
