import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page not-found">
      <p class="code" aria-hidden="true">404</p>
      <h1>{{ 'notFound.title' | transloco }}</h1>
      <p class="muted">{{ 'notFound.text' | transloco }}</p>
      <a mat-flat-button routerLink="/startups">{{ 'notFound.back' | transloco }}</a>
    </section>
  `,
  styles: `
    .not-found {
      text-align: center;
      padding-top: 10vh;
    }
    .code {
      font: var(--mat-sys-display-large);
      color: var(--mat-sys-primary);
      margin: 0;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
  `,
})
export class NotFound {}
