import { BreakpointObserver } from '@angular/cdk/layout';
import { computed, Directive, inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import type { Sort } from '@angular/material/sort';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { ListPage, Page, SortOrder } from '@kohorte/contracts';
import { distinctUntilChanged, map, Observable, shareReplay } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { ToolsLoad } from '../core/tools-load';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { pageChange, PagePosition, paginatorLength } from './list-paging';
import { ListStateHelpers } from './list-state';
import { PagedList } from './paged-list';

/** What every record list keeps in its URL besides its filters. */
export interface RecordListState extends PagePosition {
  q: string;
  /** A tag, matched exactly; a tag clicked in a row filters by it. */
  tag: string;
  sort: string;
  order: SortOrder;
}

/** The columns a record list shows at each width (the table leaves out the rest). */
export interface RecordListColumns<C extends string> {
  all: readonly C[];
  /** Below `mediumBelow` px. */
  medium: readonly C[];
  mediumBelow: number;
  /** Below 600 px. */
  narrow: readonly C[];
}

/** One record type's list: where it lives, how its URL reads, how its rows load. */
export interface RecordListConfig<S extends RecordListState, T, C extends string> {
  /** The records' route, e.g. `/mentors`; a row opens `<path>/<id>`. */
  path: string;
  defaults: Readonly<S>;
  helpers: ListStateHelpers<S>;
  fromParams(params: ParamMap): S;
  sortFields: readonly S['sort'][];
  load(state: S): Observable<Page<T> | ListPage<T>>;
  columns: RecordListColumns<C>;
  /** The view's parameters that a saved view and the CSV export keep; default: no paging. */
  viewParams?(state: S): Record<string, string>;
}

/**
 * What the startup, mentor and investor list pages share: the view in the URL (the single source
 * of truth), its rows page by page, sort, paging, clearing filters and opening saved views. A page
 * extends it with its config and shows `app-record-table` with its own columns.
 */
@Directive()
export abstract class RecordListPage<
  S extends RecordListState,
  T extends { id: string },
  C extends string,
> {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  /** What the list's first screen does not need waits for this (`@defer (when …)`). */
  protected readonly tools = inject(ToolsLoad);

  private readonly state$: Observable<S>;
  /** The view as the URL describes it. */
  protected readonly state: Signal<S>;
  private readonly rows: PagedList<S, T>;
  protected readonly loading: Signal<boolean>;
  protected readonly failed: Signal<boolean>;
  protected readonly items: Signal<T[]>;
  protected readonly total: Signal<number>;
  protected readonly totalExact: Signal<boolean>;
  protected readonly paginatorLength: Signal<number>;
  protected readonly filtered: Signal<boolean>;
  /** The view without paging: what a saved view and the CSV export keep. */
  protected readonly viewParams: Signal<Record<string, string>>;
  protected readonly columns: Signal<C[]>;

  // The page hands over its configuration, not a dependency to inject.
  // eslint-disable-next-line @angular-eslint/prefer-inject
  protected constructor(private readonly config: RecordListConfig<S, T, C>) {
    const { helpers } = config;
    this.state$ = this.route.queryParamMap.pipe(
      map((params) => config.fromParams(params)),
      distinctUntilChanged((a, b) => helpers.same(a, b)),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
    this.state = toSignal(this.state$, { requireSync: true });
    this.rows = new PagedList(this.state$, (state) => helpers.filterKey(state), config.load);
    this.loading = this.rows.loading;
    this.failed = this.rows.failed;
    this.items = this.rows.items;
    this.total = this.rows.total;
    this.totalExact = this.rows.totalExact;
    this.paginatorLength = computed(() =>
      paginatorLength(this.state(), {
        total: this.rows.total(),
        totalExact: this.rows.totalExact(),
        hasNext: this.rows.nextCursor() !== null,
        itemCount: this.rows.items().length,
      }),
    );
    this.filtered = computed(() => helpers.hasFilters(this.state()));
    this.viewParams = computed(() =>
      (config.viewParams ?? ((state: S) => helpers.filterParams(state)))(this.state()),
    );

    const { columns } = config;
    const narrow = '(max-width: 599.98px)';
    const medium = `(max-width: ${columns.mediumBelow - 0.02}px)`;
    const breakpoints = toSignal(inject(BreakpointObserver).observe([narrow, medium]));
    this.columns = computed<C[]>(() => {
      const matches = breakpoints()?.breakpoints ?? {};
      if (matches[narrow]) return [...columns.narrow];
      if (matches[medium]) return [...columns.medium];
      return [...columns.all];
    });
    this.vocab.ensureLoaded();
  }

  protected clearFilters(): void {
    this.navigate(this.config.helpers.noFilters);
  }

  /** A tag clicked in a row: filters at once. */
  protected filterByTag(tag: string): void {
    this.navigate({ tag } as Partial<S>);
  }

  /** A saved view replaces the whole view (its own sort included) and starts at page 1. */
  protected applySaved(params: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }

  protected onSort(sort: Sort): void {
    const field = this.config.sortFields.find((f) => f === sort.active);
    if (!field) return;
    const order = sort.direction || this.config.defaults.order;
    this.navigate({ sort: field, order } as Partial<S>);
  }

  protected onPage(event: PageEvent): void {
    this.navigate(
      pageChange(event, this.state(), {
        next: this.rows.nextCursor(),
        previous: this.rows.previousCursor(),
      }) as Partial<S>,
    );
  }

  protected retry(): void {
    this.rows.retry();
  }

  protected open(record: T): void {
    void this.router.navigate([this.config.path, record.id]);
  }

  /** A new filter starts at page 1; paging passes its own page. */
  protected navigate(changes: Partial<S>): void {
    const next: S = { ...this.state(), page: 1, cursor: '', ...changes };
    if (this.config.helpers.same(next, this.state())) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.config.helpers.toParams(next),
    });
  }
}
