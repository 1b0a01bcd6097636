import { DayPipe, MonthPipe } from '../core/formats/format-pipes';
import { BreakpointObserver } from '@angular/cdk/layout';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Startup,
  STARTUP_SORT_FIELDS,
  STARTUP_STATUSES,
  StartupSortField,
  StartupStatus,
} from '@kohorte/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  of,
  shareReplay,
  switchMap,
} from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { ExportButton } from '../exports/export-button';
import { ListsApi } from '../lists/lists-api';
import { PAGE_SIZE_OPTIONS } from '../lists/list-state';
import { PagedList } from '../lists/paged-list';
import { pageChange, paginatorLength } from '../lists/list-paging';
import { ListPaginatorIntl } from '../lists/list-paginator-intl';
import { SavedFilters } from '../lists/saved-filters';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import {
  DEFAULT_LIST_STATE,
  filterKey,
  hasFilters,
  sameState,
  StartupListState,
  stateFromParams,
  stateToParams,
  stateToQuery,
} from './startup-list-state';
import { StartupsApi } from './startups-api';

const ALL_COLUMNS = [
  'name',
  'stage',
  'sectors',
  'tags',
  'city',
  'foundedOn',
  'teamSize',
  'completeness',
  'updatedAt',
] as const;
type Column = (typeof ALL_COLUMNS)[number];

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'app-startup-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    DayPipe,
    MonthPipe,
    DecimalPipe,
    PercentPipe,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatAutocompleteModule,
    TranslocoPipe,
    SavedFilters,
    ExportButton,
  ],
  templateUrl: './startup-list.html',
  styleUrl: './startup-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ListPaginatorIntl, { provide: MatPaginatorIntl, useExisting: ListPaginatorIntl }],
})
export class StartupList {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(StartupsApi);
  private readonly lists = inject(ListsApi);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  private readonly state$ = this.route.queryParamMap.pipe(
    map(stateFromParams),
    distinctUntilChanged(sameState),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  /** The view as the URL describes it; the single source of truth of this page. */
  protected readonly state = toSignal(this.state$, { requireSync: true });
  /** The text filters as this page last wrote them to (or read them from) the URL. */
  private readonly synced = { q: '', city: '', tag: '' };

  private readonly rows = new PagedList(this.state$, filterKey, (state) =>
    this.api.list(stateToQuery(state)),
  );
  protected readonly loading = this.rows.loading;
  protected readonly failed = this.rows.failed;
  protected readonly items = this.rows.items;
  protected readonly total = this.rows.total;
  protected readonly totalExact = this.rows.totalExact;
  protected readonly paginatorLength = computed(() =>
    paginatorLength(this.state(), {
      total: this.rows.total(),
      totalExact: this.rows.totalExact(),
      hasNext: this.rows.nextCursor() !== null,
      itemCount: this.rows.items().length,
    }),
  );
  private readonly paginatorIntl = inject(ListPaginatorIntl);
  protected readonly filtered = computed(() => hasFilters(this.state()));
  /** The view's URL parameters without paging: what a saved view and the export keep. */
  protected readonly viewParams = computed(() => {
    const params = stateToParams(this.state()) as Record<string, string>;
    delete params['page'];
    delete params['cursor'];
    return params;
  });

  protected readonly stages = this.vocab.options('stages');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly statuses = STARTUP_STATUSES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    stage: new FormControl<string | null>(null),
    sector: new FormControl<string | null>(null),
    city: new FormControl('', { nonNullable: true }),
    tag: new FormControl('', { nonNullable: true }),
    status: new FormControl<StartupStatus>('active', { nonNullable: true }),
  });
  /** Tags in use on startups, for the tag filter's suggestions. */
  protected readonly tagOptions = toSignal(
    this.filters.controls.tag.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((tag) => tag.trim()),
      distinctUntilChanged(),
      switchMap((tag) => this.lists.tags('startups', tag).pipe(catchError(() => of([])))),
    ),
    { initialValue: [] },
  );

  private readonly breakpoints = toSignal(
    inject(BreakpointObserver).observe(['(max-width: 599.98px)', '(max-width: 1439.98px)']),
  );
  protected readonly columns = computed<Column[]>(() => {
    const matches = this.breakpoints()?.breakpoints ?? {};
    if (matches['(max-width: 599.98px)']) return ['name', 'stage', 'updatedAt'];
    if (matches['(max-width: 1439.98px)']) {
      return ['name', 'stage', 'sectors', 'tags', 'city', 'updatedAt'];
    }
    return [...ALL_COLUMNS];
  });

  constructor() {
    // The paginator's label says "more than" when the API stopped counting.
    effect(() => this.paginatorIntl.show(this.rows.total(), this.rows.totalExact()));
    this.vocab.ensureLoaded();

    this.state$.pipe(takeUntilDestroyed()).subscribe((state) => this.showInFilters(state));

    // Text filters wait until typing pauses; comparing with the URL state (not the previous
    // value) keeps a search that matches the current view from navigating again.
    const c = this.filters.controls;
    c.q.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((q) => q.trim()),
        filter((q) => q !== this.state().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.navigate({ q }));
    c.city.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((city) => city.trim()),
        filter((city) => city !== this.state().city),
        takeUntilDestroyed(),
      )
      .subscribe((city) => this.navigate({ city }));
    c.tag.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((tag) => tag.trim()),
        filter((tag) => tag !== this.state().tag),
        takeUntilDestroyed(),
      )
      .subscribe((tag) => this.navigate({ tag }));
    c.stage.valueChanges.pipe(takeUntilDestroyed()).subscribe((stage) => this.navigate({ stage }));
    c.sector.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((sector) => this.navigate({ sector }));
    c.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.navigate({ status }));
  }

  /** Enter in a text field searches at once instead of waiting for the pause. */
  protected searchNow(): void {
    const { q, city, tag } = this.filters.getRawValue();
    this.navigate({ q: q.trim(), city: city.trim(), tag: tag.trim() });
  }

  protected clearFilters(): void {
    const d = DEFAULT_LIST_STATE;
    this.navigate({
      q: d.q,
      stage: d.stage,
      sector: d.sector,
      city: d.city,
      tag: d.tag,
      status: d.status,
    });
  }

  /** A tag picked from the suggestions, or clicked in a row: filters at once. */
  protected filterByTag(tag: string): void {
    this.navigate({ tag });
  }

  /** Opens a saved view: its parameters replace the current ones. */
  protected applySaved(params: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }

  protected onSort(sort: Sort): void {
    const field = STARTUP_SORT_FIELDS.find((f) => f === sort.active);
    if (!field) return;
    const order = sort.direction || DEFAULT_LIST_STATE.order;
    this.navigate({ sort: field as StartupSortField, order });
  }

  protected onPage(event: PageEvent): void {
    this.navigate(
      pageChange(event, this.state(), {
        next: this.rows.nextCursor(),
        previous: this.rows.previousCursor(),
      }),
    );
  }

  protected retry(): void {
    this.rows.retry();
  }

  protected open(startup: Startup): void {
    void this.router.navigate(['/startups', startup.id]);
  }

  /** A new filter starts at page 1; paging passes its own page. */
  private navigate(changes: Partial<StartupListState>): void {
    const next: StartupListState = { ...this.state(), page: 1, cursor: '', ...changes };
    if (sameState(next, this.state())) return;
    this.synced.q = next.q;
    this.synced.city = next.city;
    this.synced.tag = next.tag;
    void this.router.navigate([], { relativeTo: this.route, queryParams: stateToParams(next) });
  }

  /**
   * Mirrors the URL into the filter fields (first load, back button, shared link). The echo of
   * this page's own search is skipped: the person may have typed more since it was sent.
   */
  private showInFilters(state: StartupListState): void {
    const c = this.filters.controls;
    const silent = { emitEvent: false };
    if (state.q !== this.synced.q) c.q.setValue(state.q, silent);
    if (state.city !== this.synced.city) c.city.setValue(state.city, silent);
    if (state.tag !== this.synced.tag) c.tag.setValue(state.tag, silent);
    this.synced.q = state.q;
    this.synced.city = state.city;
    this.synced.tag = state.tag;
    c.stage.setValue(state.stage, silent);
    c.sector.setValue(state.sector, silent);
    c.status.setValue(state.status, silent);
  }
}
