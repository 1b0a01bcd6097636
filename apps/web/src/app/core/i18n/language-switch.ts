import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Locale } from '@kohorte/contracts';
import { LanguageService } from './language';

/** Each language's name in itself, so a reader finds their own language whatever is shown. */
const ENDONYMS: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

/** One button that switches to the other language (two languages: a toggle is the shortest path). */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      data-testid="language-switch"
      [attr.aria-label]="'language.switchLabel' | transloco: { name: otherName() }"
      (click)="switch()"
    >
      <mat-icon svgIcon="translate" aria-hidden="true" />
      <span [attr.lang]="other()">{{ otherName() }}</span>
    </button>
  `,
})
export class LanguageSwitch {
  private readonly language = inject(LanguageService);

  readonly other = computed<Locale>(() => (this.language.lang() === 'de' ? 'en' : 'de'));
  readonly otherName = computed(() => ENDONYMS[this.other()]);

  switch(): void {
    this.language.use(this.other()).subscribe();
  }
}
