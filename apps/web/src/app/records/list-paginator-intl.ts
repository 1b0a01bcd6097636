import { inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { TranslatedPaginatorIntl } from '../core/i18n/paginator-intl';

/**
 * The paginator labels of one list page: like the app's, but honest about a count that stopped at
 * its limit ("1 – 25 of more than 10,000"). Provide it in the list component and call `show`.
 */
@Injectable()
export class ListPaginatorIntl extends TranslatedPaginatorIntl {
  private readonly i18n = inject(TranslocoService);
  private count = { total: 0, exact: true };
  // The app's label, taken before it is replaced below.
  private readonly exactRangeLabel = this.getRangeLabel;

  /** The count the API gave for the current page. */
  show(total: number, exact: boolean): void {
    if (total === this.count.total && exact === this.count.exact) return;
    this.count = { total, exact };
    this.changes.next();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (this.count.exact || length === 0) return this.exactRangeLabel(page, pageSize, length);
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    const total = new Intl.NumberFormat(this.i18n.getActiveLang()).format(this.count.total);
    return this.i18n.translate('paginator.rangeMore', { start, end, total });
  };
}
