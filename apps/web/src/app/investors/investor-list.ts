import { AmountPipe } from '../core/formats/format-pipes';
import { BreakpointObserver } from '@angular/cdk/layout';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
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
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Investor,
  INVESTOR_SORT_FIELDS,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  InvestorSortField,
  InvestorStatus,
  InvestorType,
} from '@kohorte/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  merge,
  of,
  shareReplay,
  Subject,
  switchMap,
} from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { ExportButton } from '../exports/export-button';
import { PAGE_SIZE_OPTIONS } from '../lists/list-state';
import { PagedList } from '../lists/paged-list';
import { pageChange, paginatorLength } from '../lists/list-paging';
import { ListPaginatorIntl } from '../lists/list-paginator-intl';
import { SavedFilters } from '../lists/saved-filters';
import {
  DEFAULT_INVESTOR_LIST_STATE,
  InvestorListState,
  investorFilterKey,
  investorFilterParams,
  investorHasFilters,
  investorStateFromParams,
  investorStateToParams,
  investorStateToQuery,
  sameInvestorState,
} from './investor-list-state';
import { InvestorsApi } from './investors-api';

const ALL_COLUMNS = ['name', 'type', 'ticket', 'sectors', 'regions', 'status', 'tags'] as const;
type Column = (typeof ALL_COLUMNS)[number];

const SEARCH_DEBOUNCE_MS = 300;

/** A typed amount the API takes (a whole number of euros ≥ 0), else no filter. */
function validAmount(value: number | null): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** `/investors`: the investor table with server-side paging, sort and filters kept in the URL. */
@Component({
  selector: 'app-investor-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AmountPipe,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    SavedFilters,
    ExportButton,
  ],
  templateUrl: './investor-list.html',
  styleUrl: '../lists/record-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ListPaginatorIntl, { provide: MatPaginatorIntl, useExisting: ListPaginatorIntl }],
})
export class InvestorList {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(InvestorsApi);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  private readonly state$ = this.route.queryParamMap.pipe(
    map(investorStateFromParams),
    distinctUntilChanged(sameInvestorState),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  /** The view as the URL describes it; the single source of truth of this page. */
  protected readonly state = toSignal(this.state$, { requireSync: true });
  /** The view without paging: for saved filters and the CSV export. */
  protected readonly filterParams = computed(() => investorFilterParams(this.state()));
  /** The tag field got the focus: time to offer the tags in use. */
  protected readonly tagFocus$ = new Subject<void>();
  /** The text filters as this page last wrote them to (or read them from) the URL. */
  private readonly synced = { q: '', region: '', tag: '' };

  private readonly rows = new PagedList(this.state$, investorFilterKey, (state) =>
    this.api.list(investorStateToQuery(state)),
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
  protected readonly filtered = computed(() => investorHasFilters(this.state()));
  protected readonly tagSuggestions = signal<string[]>([]);

  protected readonly sectors = this.vocab.options('sectors');
  protected readonly stages = this.vocab.options('stages');
  protected readonly regions = this.vocab.regions;
  protected readonly types = INVESTOR_TYPES;
  protected readonly statuses = INVESTOR_STATUSES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    type: new FormControl<InvestorType | null>(null),
    sector: new FormControl<string | null>(null),
    stage: new FormControl<string | null>(null),
    region: new FormControl('', { nonNullable: true }),
    status: new FormControl<InvestorStatus | null>(null),
    tag: new FormControl('', { nonNullable: true }),
    ticketEur: new FormControl<number | null>(null),
    archived: new FormControl(false, { nonNullable: true }),
  });

  private readonly breakpoints = toSignal(
    inject(BreakpointObserver).observe(['(max-width: 599.98px)', '(max-width: 1279.98px)']),
  );
  protected readonly columns = computed<Column[]>(() => {
    const matches = this.breakpoints()?.breakpoints ?? {};
    if (matches['(max-width: 599.98px)']) return ['name', 'type', 'status'];
    if (matches['(max-width: 1279.98px)']) return ['name', 'type', 'ticket', 'sectors', 'status'];
    return [...ALL_COLUMNS];
  });

  constructor() {
    // The paginator's label says "more than" when the API stopped counting.
    effect(() => this.paginatorIntl.show(this.rows.total(), this.rows.totalExact()));
    this.vocab.ensureLoaded();

    this.state$.pipe(takeUntilDestroyed()).subscribe((state) => this.showInFilters(state));

    const c = this.filters.controls;
    // Text filters wait until typing pauses; comparing with the URL state (not the previous
    // value) keeps a search that matches the current view from navigating again.
    for (const name of ['q', 'region', 'tag'] as const) {
      c[name].valueChanges
        .pipe(
          debounceTime(SEARCH_DEBOUNCE_MS),
          map((value) => value.trim()),
          filter((value) => value !== this.state()[name]),
          takeUntilDestroyed(),
        )
        .subscribe((value) => this.navigate({ [name]: value }));
    }
    for (const name of ['sector', 'stage'] as const) {
      c[name].valueChanges
        .pipe(takeUntilDestroyed())
        .subscribe((value) => this.navigate({ [name]: value }));
    }
    c.type.valueChanges.pipe(takeUntilDestroyed()).subscribe((type) => this.navigate({ type }));
    c.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.navigate({ status }));
    c.archived.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((archived) => this.navigate({ archived }));
    c.ticketEur.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => validAmount(value)),
        filter((value) => value !== this.state().ticketEur),
        takeUntilDestroyed(),
      )
      .subscribe((ticketEur) => this.navigate({ ticketEur }));

    merge(c.tag.valueChanges, this.tagFocus$.pipe(map(() => c.tag.value)))
      .pipe(
        debounceTime(150),
        map((value) => value.trim()),
        switchMap((q) =>
          this.api.tags(q).pipe(
            map((tags) => tags.map((tag) => tag.tag)),
            catchError(() => of([])),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((tags) => this.tagSuggestions.set(tags));
  }

  /** Enter in a text field searches at once instead of waiting for the pause. */
  protected searchNow(): void {
    const { q, region, tag, ticketEur } = this.filters.getRawValue();
    this.navigate({
      q: q.trim(),
      region: region.trim(),
      tag: tag.trim(),
      ticketEur: validAmount(ticketEur),
    });
  }

  protected filterByTag(tag: string): void {
    this.navigate({ tag });
  }

  protected clearFilters(): void {
    const d = DEFAULT_INVESTOR_LIST_STATE;
    this.navigate({
      q: d.q,
      type: d.type,
      sector: d.sector,
      stage: d.stage,
      region: d.region,
      status: d.status,
      tag: d.tag,
      ticketEur: d.ticketEur,
      archived: d.archived,
    });
  }

  /** A saved view replaces the whole view (its own sort included) and starts at page 1. */
  protected onApply(params: Record<string, string>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }

  protected onSort(sort: Sort): void {
    const field = INVESTOR_SORT_FIELDS.find((f) => f === sort.active);
    if (!field) return;
    const order = sort.direction || DEFAULT_INVESTOR_LIST_STATE.order;
    this.navigate({ sort: field as InvestorSortField, order });
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

  protected open(investor: Investor): void {
    void this.router.navigate(['/investors', investor.id]);
  }

  /** A new filter starts at page 1; paging passes its own page. */
  private navigate(changes: Partial<InvestorListState>): void {
    const next: InvestorListState = { ...this.state(), page: 1, cursor: '', ...changes };
    if (sameInvestorState(next, this.state())) return;
    this.synced.q = next.q;
    this.synced.region = next.region;
    this.synced.tag = next.tag;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: investorStateToParams(next),
    });
  }

  /**
   * Mirrors the URL into the filter fields (first load, back button, shared link). The echo of
   * this page's own search is skipped: the person may have typed more since it was sent.
   */
  private showInFilters(state: InvestorListState): void {
    const c = this.filters.controls;
    const silent = { emitEvent: false };
    for (const name of ['q', 'region', 'tag'] as const) {
      if (state[name] !== this.synced[name]) c[name].setValue(state[name], silent);
      this.synced[name] = state[name];
    }
    c.type.setValue(state.type, silent);
    c.sector.setValue(state.sector, silent);
    c.stage.setValue(state.stage, silent);
    c.status.setValue(state.status, silent);
    if (validAmount(c.ticketEur.value) !== state.ticketEur) {
      c.ticketEur.setValue(state.ticketEur, silent);
    }
    c.archived.setValue(state.archived, silent);
  }
}
