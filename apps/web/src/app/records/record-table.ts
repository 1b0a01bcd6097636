import {
  AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  computed,
  ContentChildren,
  inject,
  input,
  output,
  QueryList,
  ViewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PageEvent } from '@angular/material/paginator';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { ToolsLoad } from '../core/tools-load';
import { ListPaginator } from './list-paginator';
import { recordTableTexts } from './record-table-texts';
import { inSlices } from '../core/in-slices';

/** Rows rendered per task (`inSlices`): a phone's screen of them. */
const ROWS_PER_TASK = 8;

/** The record types with a list page; each has its texts (`recordTableTexts`) and test ids. */
export type RecordType = 'startup' | 'mentor' | 'investor';

/**
 * A record list's table: the loading bar, the rows (a click opens one), the empty, filtered-empty
 * and failed states, and the paginator, which loads with the first page's other tools (ToolsLoad). The page projects its
 * columns (`ng-container matColumnDef`) and puts `matSort` on this element, so that its sort
 * headers find it.
 */
@Component({
  selector: 'app-record-table',
  imports: [MatTableModule, MatButtonModule, TranslocoPipe, ListPaginator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './record-table.scss',
  template: `
    <div class="table-card">
      <div class="progress-slot">
        @if (loading()) {
          <div
            class="loading-bar"
            role="progressbar"
            [attr.aria-label]="'common.loading' | transloco"
          ></div>
        }
      </div>
      <div class="table-scroll" [class.first-load]="loading() && items().length === 0">
        <table
          mat-table
          [dataSource]="shownItems()"
          [attr.aria-busy]="loading()"
          [attr.aria-label]="texts().title | transloco"
        >
          <!-- Not sticky: .table-scroll scrolls sideways, so it is the header's scroll container,
               and it never scrolls down; Material's sticky styler only measured every row. -->
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <!-- The name is a link for keyboard and screen-reader users; the row click is for the mouse. -->
          <tr
            mat-row
            *matRowDef="let record; columns: columns()"
            class="row"
            [attr.data-testid]="type() + '-row'"
            (click)="open.emit(record)"
          ></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns().length">
              @if (failed()) {
                <p role="alert">{{ texts().loadError | transloco }}</p>
                <button mat-stroked-button type="button" (click)="retry.emit()">
                  {{ 'common.retry' | transloco }}
                </button>
              } @else if (!loading()) {
                <p [attr.data-testid]="type() + 's-empty'">
                  {{ (filtered() ? texts().emptyFiltered : texts().empty) | transloco }}
                </p>
                @if (filtered()) {
                  <button mat-stroked-button type="button" (click)="clearFilters.emit()">
                    {{ texts().clearFilters | transloco }}
                  </button>
                }
              }
            </td>
          </tr>
        </table>
      </div>
      @defer (when tools.due()) {
        <app-list-paginator
          [length]="paginatorLength()"
          [pageIndex]="page() - 1"
          [pageSize]="pageSize()"
          [total]="total()"
          [totalExact]="totalExact()"
          (page)="pageChange.emit($event)"
        />
      } @placeholder {
        <div class="paginator-slot"></div>
      }
    </div>
  `,
})
export class RecordTable<T> implements AfterContentInit {
  readonly type = input.required<RecordType>();
  readonly items = input.required<T[]>();
  /** The columns shown, in order; each is a projected `matColumnDef`. */
  readonly columns = input.required<string[]>();
  readonly loading = input.required<boolean>();
  readonly failed = input.required<boolean>();
  /** Whether a filter narrows the list: the empty state then offers to clear them. */
  readonly filtered = input.required<boolean>();
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  /** What the paginator pages through (`paginatorLength`). */
  readonly paginatorLength = input.required<number>();
  readonly total = input.required<number>();
  readonly totalExact = input.required<boolean>();

  protected readonly tools = inject(ToolsLoad);
  protected readonly texts = computed(() => recordTableTexts(this.type()));
  /** The rows rendered so far: a phone's screenful at once, as many more per task after. */
  protected readonly shownItems = inSlices(this.items, ROWS_PER_TASK);

  readonly open = output<T>();
  readonly retry = output<void>();
  readonly clearFilters = output<void>();
  readonly pageChange = output<PageEvent>();

  // Material's way to wrap a table: the projected column definitions are registered with it.
  @ViewChild(MatTable, { static: true }) private table!: MatTable<T>;
  @ContentChildren(MatColumnDef) private columnDefs!: QueryList<MatColumnDef>;

  ngAfterContentInit(): void {
    this.columnDefs.forEach((columnDef) => this.table.addColumnDef(columnDef));
  }
}
