import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiErrorBody, ProfileRequestResult } from '@kohorte/contracts';
import { ProfileLinksApi } from './respond-api';

/**
 * Staff: "Ask for a profile update" mails the founders of a startup (or of every startup of a
 * cohort) a link to their profile; the snack bar says how many got one and who was skipped.
 */
@Component({
  selector: 'app-profile-request-button',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      data-testid="request-profile-update"
      [disabled]="busy()"
      (click)="send()"
    >
      <mat-icon svgIcon="mail" aria-hidden="true" />
      {{ 'respond.staff.request' | transloco }}
    </button>
  `,
})
export class ProfileRequestButton {
  private readonly api = inject(ProfileLinksApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly target = input.required<'startups' | 'cohorts'>();
  readonly targetId = input.required<string>();
  /** Links went out: the page may reload its timeline. */
  readonly sent = output<ProfileRequestResult>();

  protected readonly busy = signal(false);

  protected send(): void {
    this.busy.set(true);
    this.api.requestUpdate(this.target(), this.targetId()).subscribe({
      next: (result) => {
        this.busy.set(false);
        const skipped = result.skipped.map((skip) => skip.name).join(', ');
        const message = this.transloco.translate('respond.staff.sent', { emails: result.emails });
        const extra = skipped
          ? ` ${this.transloco.translate('respond.staff.skipped', { names: skipped })}`
          : '';
        this.snackBar.open(message + extra, this.transloco.translate('common.close'), {
          duration: 8000,
        });
        this.sent.emit(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        // 401 and 403 have their own handling in the HTTP interceptor.
        if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
          return;
        }
        const body =
          error instanceof HttpErrorResponse ? (error.error as ApiErrorBody | null) : null;
        const field = body?.errors?.[0]?.field;
        const message =
          error instanceof HttpErrorResponse && error.status === 409 && field
            ? this.transloco.translate(`respond.staff.conflict.${field}`)
            : this.transloco.translate('errors.generic');
        this.snackBar.open(message, this.transloco.translate('common.close'), {
          duration: 8000,
          panelClass: 'snack-error',
        });
      },
    });
  }
}
