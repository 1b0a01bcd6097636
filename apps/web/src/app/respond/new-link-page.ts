import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { RequestLinkForm } from './request-link-form';

/** `/respond/new-link`: a founder asks for a new profile link. */
@Component({
  selector: 'app-new-link-page',
  imports: [TranslocoPipe, RequestLinkForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="new-link">
      <h1>{{ 'respond.newLink.title' | transloco }}</h1>
      <p class="muted">{{ 'respond.newLink.intro' | transloco }}</p>
      <app-request-link-form />
    </section>
  `,
  styles: `
    .new-link {
      background: var(--mat-sys-surface);
      border-radius: 12px;
      padding: 24px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin-top: 0;
    }
  `,
})
export class NewLinkPage {}
