import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { ListPaginatorIntl } from './list-paginator-intl';
import { PAGE_SIZE_OPTIONS } from './list-state';

/**
 * A list page's paginator with its labels (`ListPaginatorIntl`: "of more than" when the API stopped
 * counting). A component of its own so that a list can load it after its first rows: the
 * paginator brings a select, a tooltip and their overlay.
 */
@Component({
  selector: 'app-list-paginator',
  imports: [MatPaginatorModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ListPaginatorIntl, { provide: MatPaginatorIntl, useExisting: ListPaginatorIntl }],
  template: `
    <mat-paginator
      [length]="length()"
      [pageIndex]="pageIndex()"
      [pageSize]="pageSize()"
      [pageSizeOptions]="pageSizeOptions"
      [showFirstLastButtons]="totalExact()"
      (page)="page.emit($event)"
    />
  `,
})
export class ListPaginator {
  private readonly intl = inject(ListPaginatorIntl);

  /** What the paginator pages through (`paginatorLength`: the count, or one page past the rows). */
  readonly length = input.required<number>();
  readonly pageIndex = input.required<number>();
  readonly pageSize = input.required<number>();
  /** The API's count and whether it is exact. */
  readonly total = input.required<number>();
  readonly totalExact = input.required<boolean>();
  readonly page = output<PageEvent>();

  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  constructor() {
    effect(() => this.intl.show(this.total(), this.totalExact()));
  }
}
