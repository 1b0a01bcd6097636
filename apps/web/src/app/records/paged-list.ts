import { computed, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ListPage, Page } from '@kohorte/contracts';
import {
  catchError,
  combineLatest,
  Observable,
  of,
  startWith,
  Subject,
  switchMap,
  tap,
} from 'rxjs';

/**
 * The rows of a list page: loads one page for each view the URL gives, and again on `retry()`.
 * Create it in an injection context (a field of the page): it stops with the page.
 */
export class PagedList<S, T> {
  readonly loading = signal(true);
  readonly failed = signal(false);
  private readonly result = signal<Page<T> | ListPage<T> | null>(null);
  readonly items = computed(() => this.result()?.items ?? []);
  readonly total = computed(() => this.result()?.total ?? 0);
  /** False when the API stopped counting at its limit: `total` is then "more than". */
  readonly totalExact = computed(() => this.listPage()?.totalExact ?? true);
  readonly nextCursor = computed(() => this.listPage()?.nextCursor ?? null);
  readonly previousCursor = computed(() => this.listPage()?.previousCursor ?? null);
  private readonly retry$ = new Subject<void>();
  private shownFilters: string | null = null;

  constructor(
    state$: Observable<S>,
    /** What a view is narrowed to; see `ListStateHelpers.filterKey`. */
    filterKey: (state: S) => string,
    load: (state: S) => Observable<Page<T> | ListPage<T>>,
  ) {
    combineLatest([state$, this.retry$.pipe(startWith(undefined))])
      .pipe(
        tap(([state]) => {
          this.loading.set(true);
          this.failed.set(false);
          // Rows of another search would read as its result; rows of another page or order are
          // kept until the new ones arrive, so the table does not jump while paging.
          const filters = filterKey(state);
          if (filters !== this.shownFilters) this.result.set(null);
          this.shownFilters = filters;
        }),
        switchMap(([state]) =>
          load(state).pipe(
            catchError(() => {
              this.failed.set(true);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.result.set(page);
        this.loading.set(false);
      });
  }

  private listPage(): ListPage<T> | null {
    const page = this.result();
    return page !== null && 'totalExact' in page ? page : null;
  }

  retry(): void {
    this.retry$.next();
  }
}
