import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Params, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/auth/session';
import { ToolsLoad } from '../core/tools-load';
import { ExportButton } from '../exports/export-button';
import { SavedViews } from '../saved-views/saved-views';
import type { RecordType } from './record-table';

/**
 * A record list's title and actions: its saved views (their menu and dialog load once the first
 * page's tools load, `ToolsLoad`; the same button holds their place), the CSV export and
 * "New …" for writers.
 */
@Component({
  selector: 'app-record-list-header',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslocoPipe, SavedViews, ExportButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .header-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
  `,
  template: `
    <header class="page-header">
      <h1>{{ list() + '.title' | transloco }}</h1>
      <div class="header-actions">
        @defer (when tools.due()) {
          <app-saved-views
            [list]="list()"
            [query]="viewParams()"
            (apply)="applySaved.emit($event)"
          />
        } @placeholder {
          <button mat-stroked-button type="button">
            <mat-icon svgIcon="bookmark" aria-hidden="true" />
            {{ 'savedViews.button' | transloco }}
          </button>
        }
        <app-export-button [list]="list()" [query]="viewParams()" />
        @if (session.canWrite()) {
          <a mat-flat-button [routerLink]="'/' + list() + '/new'" [attr.data-testid]="newTestId()">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ list() + '.new' | transloco }}
          </a>
        }
      </div>
    </header>
  `,
})
export class RecordListHeader {
  protected readonly session = inject(SessionStore);
  protected readonly tools = inject(ToolsLoad);

  readonly type = input.required<RecordType>();
  /** The view without paging: what a saved view and the export keep. */
  readonly viewParams = input.required<Record<string, string>>();
  /** The test id of "New …" (`new-startup`, `mentor-new`, `investor-new`: kept as they were). */
  readonly newTestId = input.required<string>();
  readonly applySaved = output<Params>();

  protected readonly list = computed(() => `${this.type()}s` as const);
}
