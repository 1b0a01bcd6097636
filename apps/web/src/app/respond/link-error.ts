import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LinkFailure } from '@kohorte/contracts';
import { RequestLinkForm } from './request-link-form';

/** A link that does not work: says why, and offers a new one. */
@Component({
  selector: 'app-link-error',
  imports: [TranslocoPipe, RequestLinkForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="link-error" data-testid="link-error" [attr.data-reason]="reason()">
      <h1>{{ 'respond.linkError.' + reason() + '.title' | transloco }}</h1>
      <p>{{ 'respond.linkError.' + reason() + '.text' | transloco }}</p>
      <h2>{{ 'respond.newLink.title' | transloco }}</h2>
      <p class="muted">{{ 'respond.newLink.intro' | transloco }}</p>
      <app-request-link-form />
    </section>
  `,
  styles: `
    .link-error {
      background: var(--mat-sys-surface);
      border-radius: 12px;
      padding: 24px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin-top: 0;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 24px;
    }
  `,
})
export class LinkError {
  readonly reason = input.required<LinkFailure>();
}
