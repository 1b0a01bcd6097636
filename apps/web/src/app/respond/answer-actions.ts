import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { DeclineIntroductionRequest } from '@kohorte/contracts';
import { DeclineForm } from './decline-form';

/**
 * The answer at the foot of a link page: progress while it is sent, the error of a refused
 * answer, the accept button (`<texts>.accept`) and the decline form. Test ids:
 * `<testid>-error`, `<testid>-accept`, and the decline form's.
 */
@Component({
  selector: 'app-answer-actions',
  imports: [DeclineForm, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'respond.saving' | transloco" />
    }
    @if (error(); as message) {
      <p class="form-error" role="alert" [attr.data-testid]="testid() + '-error'">
        {{ message | transloco }}
      </p>
    }
    <div class="accept">
      <button
        mat-flat-button
        type="button"
        [attr.data-testid]="testid() + '-accept'"
        [disabled]="busy()"
        (click)="accepted.emit()"
      >
        {{ texts() + '.accept' | transloco }}
      </button>
    </div>
    <app-decline-form
      [texts]="texts()"
      [testid]="testid()"
      [busy]="busy()"
      (declined)="declined.emit($event)"
    />
  `,
  styles: `
    :host {
      display: block;
    }
    .accept {
      margin-top: 24px;
    }
  `,
})
export class AnswerActions {
  /** The page's translation prefix, e.g. `respond.offer`. */
  readonly texts = input.required<string>();
  /** The page's data-testid prefix. */
  readonly testid = input.required<string>();
  readonly busy = input(false);
  /** A translation key saying why the last answer was refused, or null. */
  readonly error = input<string | null>(null);
  readonly accepted = output<void>();
  readonly declined = output<DeclineIntroductionRequest>();
}
