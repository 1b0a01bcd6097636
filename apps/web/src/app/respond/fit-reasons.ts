import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FitReason } from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';

/** "Why it fits": the score's reasons in the page's language; nothing when there are none. */
@Component({
  selector: 'app-fit-reasons',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (reasons().length > 0) {
      <h2>{{ heading() | transloco }}</h2>
      <ul [attr.data-testid]="testid()">
        @for (reason of reasons(); track $index) {
          <li>{{ language.lang() === 'de' ? reason.de : reason.en }}</li>
        }
      </ul>
    }
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 24px;
    }
  `,
})
export class FitReasons {
  protected readonly language = inject(LanguageService);
  readonly reasons = input.required<readonly FitReason[]>();
  /** The translation key of the heading. */
  readonly heading = input.required<string>();
  readonly testid = input.required<string>();
}
