import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LinkFailure } from '@kohorte/contracts';

/**
 * An answer link (a mentor's offer, the founders' consent, an investor's introduction) that does
 * not work: says why and whom to ask. Unlike the profile link's error there is no form for a new
 * link: only the programme team can ask the question again. `texts` is the page's translation
 * prefix with `linkError.<reason>` and `newLink`.
 */
@Component({
  selector: 'app-answer-link-error',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" data-testid="link-error" [attr.data-reason]="reason()">
      <h1>{{ 'respond.linkError.' + reason() + '.title' | transloco }}</h1>
      <p>{{ texts() + '.linkError.' + reason() | transloco }}</p>
      <p>{{ texts() + '.newLink' | transloco }}</p>
    </section>
  `,
  styleUrl: './answer-page.scss',
})
export class AnswerLinkError {
  readonly reason = input.required<LinkFailure>();
  readonly texts = input.required<string>();
}
