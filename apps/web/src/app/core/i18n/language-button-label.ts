import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { FormatLocale } from '@kohorte/contracts';
import { LanguageService } from './language';

/**
 * Each choice's name in its own language, so a reader finds theirs whatever is shown. English
 * comes twice: the texts are the same, dates, times and amounts follow the British or US form.
 */
export const ENDONYMS: Record<FormatLocale, string> = {
  de: 'Deutsch',
  'en-GB': 'English (UK)',
  'en-US': 'English (US)',
};

/**
 * What the language button shows: the same in the shell's placeholder (before the menu's code has
 * loaded) and in the language menu's button, so nothing moves when one replaces the other.
 */
@Component({
  selector: 'app-language-button-label',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* A row that centres the icon, as a block in the button's label: as inline content of the
       label's line the icon's box grew by the text's descent (Material gives icons in buttons
       min-height: fit-content) and held the glyph at its top, 4.5px above the toolbar's other
       icons. */
    :host {
      display: flex;
      align-items: center;
    }

    :host .mat-icon {
      flex: none;
      min-height: 0;
    }

    /* Drawn as a Material button's own leading icon (Material styles only a direct child icon). */
    .mat-icon {
      margin-right: 8px;
    }

    .language-name {
      white-space: nowrap;
    }

    /* In the toolbar on a phone only the icon shows, as the account button does; the menu names
       every choice and the button keeps its name for screen readers. */
    @media (max-width: 599.98px) {
      :host-context(.toolbar) .mat-icon {
        margin-right: 0;
      }

      :host-context(.toolbar) .language-name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
  template: `
    <mat-icon svgIcon="translate" aria-hidden="true" />
    <span class="language-name" [attr.lang]="language.formats()">{{ name() }}</span>
  `,
})
export class LanguageButtonLabel {
  protected readonly language = inject(LanguageService);
  readonly name = computed(() => ENDONYMS[this.language.formats()]);
}
