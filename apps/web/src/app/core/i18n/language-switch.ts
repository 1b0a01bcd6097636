import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { FORMAT_LOCALES, FormatLocale } from '@kohorte/contracts';
import { SessionStore } from '../auth/session';
import { ENDONYMS, LanguageButtonLabel } from './language-button-label';
import { LanguageService } from './language';

/** The toolbar's language menu: Deutsch, English (UK), English (US); the choice is remembered. */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe, LanguageButtonLabel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="language-button"
      data-testid="language-switch"
      [matMenuTriggerFor]="languages"
      [attr.aria-label]="'language.switchLabel' | transloco: { name: currentName() }"
    >
      <app-language-button-label />
    </button>
    <mat-menu #languages="matMenu" xPosition="before">
      @for (option of options; track option.locale) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="option.locale === language.formats()"
          [attr.data-testid]="'language-option-' + option.locale"
          [attr.lang]="option.locale"
          (click)="choose(option.locale)"
        >
          <mat-icon
            svgIcon="check"
            aria-hidden="true"
            [class.unchosen]="option.locale !== language.formats()"
          />
          <span>{{ option.name }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .unchosen {
      visibility: hidden;
    }
    // In the toolbar on a phone only the icon shows, as the account button does; the menu names
    // every choice and the button keeps its name for screen readers.
    @media (max-width: 599.98px) {
      :host-context(.toolbar) .language-button {
        min-width: 0;
        padding: 0 8px;
      }
    }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  private readonly session = inject(SessionStore);

  protected readonly options = FORMAT_LOCALES.map((locale) => ({ locale, name: ENDONYMS[locale] }));
  readonly currentName = computed(() => ENDONYMS[this.language.formats()]);

  /** Switches at once; signed in, the account keeps the choice too (a failure only costs that). */
  choose(locale: FormatLocale): void {
    if (locale === this.language.formats()) return;
    this.language.use(locale).subscribe();
    this.session.chooseLanguage(locale).subscribe({ error: () => undefined });
  }
}
