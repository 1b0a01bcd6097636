import { DayPipe, MonthPipe } from '../core/formats/format-pipes';
import { BreakpointObserver } from '@angular/cdk/layout';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { PageEvent } from '@angular/material/paginator';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Startup, STARTUP_SORT_FIELDS, StartupSortField } from '@kohorte/contracts';
import { distinctUntilChanged, map, shareReplay } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { ExportButton } from '../exports/export-button';
import { PagedList } from '../lists/paged-list';
import { pageChange, paginatorLength } from '../lists/list-paging';
import { ListPaginator } from '../lists/list-paginator';
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
import { StartupFilters } from './startup-filters';
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

@Component({
  selector: 'app-startup-list',
  imports: [
    RouterLink,
    DayPipe,
    MonthPipe,
    DecimalPipe,
    PercentPipe,
    MatTableModule,
    MatSortModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    SavedFilters,
    ExportButton,
    ListPaginator,
    StartupFilters,
  ],
  templateUrl: './startup-list.html',
  styleUrl: './startup-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupList {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(StartupsApi);
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
  protected readonly filtered = computed(() => hasFilters(this.state()));
  /** The view's URL parameters without paging: what a saved view and the export keep. */
  protected readonly viewParams = computed(() => {
    const params = stateToParams(this.state()) as Record<string, string>;
    delete params['page'];
    delete params['cursor'];
    return params;
  });

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
    this.vocab.ensureLoaded();
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

  /** A tag clicked in a row: filters at once. */
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
  protected navigate(changes: Partial<StartupListState>): void {
    const next: StartupListState = { ...this.state(), page: 1, cursor: '', ...changes };
    if (sameState(next, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: stateToParams(next) });
  }
}
