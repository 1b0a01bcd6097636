import {
  ChangeDetectionStrategy,
  Component,
  EnvironmentInjector,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SavedView, SavedViewList } from '@kohorte/contracts';
import type { SaveViewData } from './save-view-dialog';
import { SavedViewsApi } from './saved-views-api';

// A view opens on its first page: paging is never part of it (the API refuses `page`).
const PAGING = new Set(['page']);

/** The query parameters worth saving: strings only, without paging and empty values. */
export function savableQuery(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([key, value]) => !PAGING.has(key) && typeof value === 'string' && value !== '',
    ),
  );
}

/**
 * "Saved views" of a list: the signed-in person's named filters (click one to apply it), saving
 * the current one, deleting one. `<app-saved-views list="mentors" [query]="params"
 * (apply)="onApply($event)" />`; `query` and `apply` are the list's URL query parameters.
 */
@Component({
  selector: 'app-saved-views',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, TranslocoPipe],
  template: `
    <button
      mat-stroked-button
      type="button"
      data-testid="saved-filters"
      [matMenuTriggerFor]="menu"
      (menuOpened)="load()"
    >
      <mat-icon svgIcon="bookmark" aria-hidden="true" />
      {{ 'savedViews.button' | transloco }}
    </button>
    <mat-menu #menu="matMenu" [aria-label]="'savedViews.menu' | transloco">
      @if (failed()) {
        <p class="note" role="alert">{{ 'savedViews.loadError' | transloco }}</p>
      } @else if (loaded() && filters().length === 0) {
        <p class="note">{{ 'savedViews.none' | transloco }}</p>
      }
      @for (filter of filters(); track filter.id) {
        <div class="row">
          <button
            mat-menu-item
            class="name"
            data-testid="saved-filter"
            [attr.data-name]="filter.name"
            (click)="apply.emit(filter.query)"
          >
            {{ filter.name }}
          </button>
          <button
            mat-menu-item
            class="delete"
            data-testid="saved-filter-delete"
            [attr.aria-label]="'savedViews.delete' | transloco: { name: filter.name }"
            (click)="remove(filter)"
          >
            <mat-icon svgIcon="delete" aria-hidden="true" />
          </button>
        </div>
      }
      <mat-divider />
      <button mat-menu-item data-testid="saved-filter-save" (click)="openSave()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'savedViews.save' | transloco }}
      </button>
    </mat-menu>
  `,
  styles: `
    .row {
      display: flex;
      align-items: stretch;
    }
    .name {
      flex: 1 1 auto;
      max-width: 320px;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .delete {
      flex: 0 0 auto;
      width: auto;
      min-width: 0;
      padding: 0 12px;
    }
    .delete mat-icon {
      margin-right: 0;
    }
    .note {
      margin: 8px 16px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedViews {
  private readonly api = inject(SavedViewsApi);
  private readonly injector = inject(EnvironmentInjector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly list = input.required<SavedViewList>();
  readonly query = input<Record<string, string>>({});
  /** A saved view's query parameters, to navigate to. */
  readonly apply = output<Record<string, string>>();

  protected readonly filters = signal<SavedView[]>([]);
  protected readonly loaded = signal(false);
  protected readonly failed = signal(false);

  /** Read each time the menu opens: views saved in another tab show up. */
  protected load(): void {
    this.failed.set(false);
    this.api.list(this.list()).subscribe({
      next: (filters) => {
        this.filters.set(filters);
        this.loaded.set(true);
      },
      error: () => this.failed.set(true),
    });
  }

  protected async openSave(): Promise<void> {
    const data: SaveViewData = { list: this.list(), query: savableQuery(this.query()) };
    // The dialog's code comes when someone saves a view, not with every list page.
    const [{ MatDialog }, { SaveViewDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('./save-view-dialog'),
    ]);
    this.injector
      .get(MatDialog)
      .open<InstanceType<typeof SaveViewDialog>, SaveViewData, SavedView>(SaveViewDialog, {
        data,
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.filters.update((filters) =>
          [...filters, saved].sort((a, b) => a.name.localeCompare(b.name)),
        );
        this.snackBar.open(
          this.transloco.translate('savedViews.saved', { name: saved.name }),
          undefined,
          { duration: 3000 },
        );
      });
  }

  protected remove(filter: SavedView): void {
    this.api.delete(filter.id).subscribe({
      next: () => {
        this.filters.update((filters) => filters.filter((f) => f.id !== filter.id));
        this.snackBar.open(
          this.transloco.translate('savedViews.deleted', { name: filter.name }),
          undefined,
          { duration: 3000 },
        );
      },
      error: () =>
        this.snackBar.open(this.transloco.translate('errors.generic'), undefined, {
          duration: 6000,
          panelClass: 'snack-error',
        }),
    });
  }
}
