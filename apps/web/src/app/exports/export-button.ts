import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { ImportKind } from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';

/**
 * "Export CSV": a download link to `GET /api/v1/exports/<list>.csv` with the list's current
 * filters (paging left out: the file has every matching record). German users get German
 * headers and semicolons, which is what German Excel opens without an import dialog.
 */
@Component({
  selector: 'app-export-button',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <a
      mat-stroked-button
      data-testid="export-csv"
      [href]="href()"
      [attr.download]="fileName()"
      [attr.title]="'exports.hint' | transloco"
    >
      <mat-icon svgIcon="download" aria-hidden="true" />
      {{ 'exports.button' | transloco }}
    </a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButton {
  private readonly language = inject(LanguageService);

  /** Which list: `startups`, `mentors` or `investors`. */
  readonly list = input.required<ImportKind>();
  /** The list's URL query parameters (its filters); paging parameters are left out. */
  readonly query = input<Record<string, string | number | boolean | null | undefined>>({});

  protected readonly fileName = computed(() => `${this.list()}.csv`);

  protected readonly href = computed(() => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(this.query())) {
      if (name === 'page' || name === 'pageSize') continue;
      if (value === null || value === undefined || value === '') continue;
      params.set(name, String(value));
    }
    if (this.language.lang() === 'de') {
      params.set('lang', 'de');
      params.set('delimiter', 'semicolon');
    }
    const search = params.toString();
    return `/api/v1/exports/${this.list()}.csv${search ? `?${search}` : ''}`;
  });
}
