import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LanguageSwitch } from '../core/i18n/language-switch';
import { RespondApi } from './respond-api';

/**
 * The frame of the pages an email link opens: no navigation and no sign-in, only the
 * incubator's name and the language switch.
 */
@Component({
  selector: 'app-respond-layout',
  imports: [RouterOutlet, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="respond-header">
      <span class="incubator" data-testid="incubator-name">{{ incubator() }}</span>
      <app-language-switch />
    </header>
    <main class="respond-main">
      <router-outlet />
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100%;
      background: var(--mat-sys-surface-container-low);
    }
    .respond-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
      padding: 8px 24px;
      background: var(--mat-sys-surface);
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .incubator {
      font: var(--mat-sys-title-large);
    }
    .respond-main {
      max-width: 960px;
      margin: 0 auto;
      padding: 24px 16px 48px;
    }
  `,
})
export class RespondLayout {
  protected readonly incubator = signal('Kohorte');

  constructor() {
    inject(RespondApi)
      .incubator()
      .subscribe({ next: ({ name }) => this.incubator.set(name), error: () => undefined });
  }
}
