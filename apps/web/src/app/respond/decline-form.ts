import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DeclineIntroductionRequest,
  OFFER_DECLINE_REASONS,
  OFFER_NOTE_MAX_LENGTH,
  OfferDeclineReason,
} from '@kohorte/contracts';

/**
 * "No, thanks" on a link page: an optional reason from the shared list and an optional note,
 * sent by the page. Each page words the reasons for its reader (`texts`: its translation prefix
 * with `declineReason`, `reasons.<key>` and `decline`).
 */
@Component({
  selector: 'app-decline-form',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="decline">
      <mat-form-field appearance="outline">
        <mat-label>{{ texts() + '.declineReason' | transloco }}</mat-label>
        <select
          matNativeControl
          name="declineReason"
          [attr.data-testid]="testid() + '-decline-reason'"
          [(ngModel)]="reason"
        >
          <option [ngValue]="null">{{ texts() + '.reasons.none' | transloco }}</option>
          @for (key of reasons; track key) {
            <option [ngValue]="key">{{ texts() + '.reasons.' + key | transloco }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="note">
        <mat-label>{{ 'respond.decline.note' | transloco }}</mat-label>
        <textarea
          matInput
          name="declineNote"
          rows="2"
          [attr.data-testid]="testid() + '-decline-note'"
          [maxlength]="noteMaxLength"
          [(ngModel)]="note"
        ></textarea>
        <mat-hint>{{ 'respond.decline.noteHint' | transloco }}</mat-hint>
      </mat-form-field>
      <button
        mat-stroked-button
        type="button"
        [attr.data-testid]="testid() + '-decline'"
        [disabled]="busy()"
        (click)="submit()"
      >
        {{ texts() + '.decline' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .decline {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 16px;
      margin-top: 24px;

      mat-form-field {
        min-width: 280px;
      }
      .note {
        flex: 1 1 320px;
      }
    }
  `,
})
export class DeclineForm {
  /** The page's translation prefix, e.g. `respond.offer`. */
  readonly texts = input.required<string>();
  /** The page's data-testid prefix: `<testid>-decline-reason`, `-decline-note`, `-decline`. */
  readonly testid = input.required<string>();
  readonly busy = input(false);
  readonly declined = output<DeclineIntroductionRequest>();

  protected readonly reasons = OFFER_DECLINE_REASONS;
  protected readonly noteMaxLength = OFFER_NOTE_MAX_LENGTH;
  protected reason: OfferDeclineReason | null = null;
  protected note = '';

  protected submit(): void {
    const note = this.note.trim();
    this.declined.emit({
      ...(this.reason ? { reason: this.reason } : {}),
      ...(note ? { note } : {}),
    });
  }
}
