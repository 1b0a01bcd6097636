import { LoadFigure } from '../core/formats/load-figure';
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
  Mentor,
  MENTOR_SORT_FIELDS,
  MENTOR_STATUSES,
  MentorSortField,
  MentorStatus,
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
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { ExportButton } from '../exports/export-button';
import { PAGE_SIZE_OPTIONS } from '../lists/list-state';
import { PagedList } from '../lists/paged-list';
import { pageChange, paginatorLength } from '../lists/list-paging';
import { ListPaginatorIntl } from '../lists/list-paginator-intl';
import { SavedFilters } from '../lists/saved-filters';
import {
  DEFAULT_MENTOR_LIST_STATE,
  MentorListState,
  mentorFilterKey,
  mentorFilterParams,
  mentorHasFilters,
  mentorStateFromParams,
  mentorStateToParams,
  mentorStateToQuery,
  sameMentorState,
} from './mentor-list-state';
import { MentorsApi } from './mentors-api';

const ALL_COLUMNS = ['fullName', 'company', 'city', 'expertise', 'load', 'status', 'tags'] as const;
type Column = (typeof ALL_COLUMNS)[number];

const SEARCH_DEBOUNCE_MS = 300;

/** `/mentors`: the mentor table with server-side paging, sort and filters kept in the URL. */
@Component({
  selector: 'app-mentor-list',
  imports: [
    LoadFigure,
    ReactiveFormsModule,
    RouterLink,
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
  templateUrl: './mentor-list.html',
  styleUrl: '../lists/record-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ListPaginatorIntl, { provide: MatPaginatorIntl, useExisting: ListPaginatorIntl }],
})
export class MentorList {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(MentorsApi);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);

  private readonly state$ = this.route.queryParamMap.pipe(
    map(mentorStateFromParams),
    distinctUntilChanged(sameMentorState),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  /** The view as the URL describes it; the single source of truth of this page. */
  protected readonly state = toSignal(this.state$, { requireSync: true });
  /** The view without paging: for saved filters and the CSV export. */
  protected readonly filterParams = computed(() => mentorFilterParams(this.state()));
  /** The tag field got the focus: time to offer the tags in use. */
  protected readonly tagFocus$ = new Subject<void>();
  /** The text filters as this page last wrote them to (or read them from) the URL. */
  private readonly synced = { q: '', city: '', tag: '' };

  private readonly rows = new PagedList(this.state$, mentorFilterKey, (state) =>
    this.api.list(mentorStateToQuery(state)),
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
  protected readonly filtered = computed(() => mentorHasFilters(this.state()));
  protected readonly tagSuggestions = signal<string[]>([]);

  protected readonly topics = this.vocab.options('topics');
  protected readonly sectors = this.vocab.options('sectors');
  protected readonly stages = this.vocab.options('stages');
  protected readonly languages = this.vocab.options('languages');
  protected readonly statuses = MENTOR_STATUSES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    topic: new FormControl<string | null>(null),
    sector: new FormControl<string | null>(null),
    stage: new FormControl<string | null>(null),
    language: new FormControl<string | null>(null),
    city: new FormControl('', { nonNullable: true }),
    status: new FormControl<MentorStatus | null>(null),
    tag: new FormControl('', { nonNullable: true }),
    hasCapacity: new FormControl(false, { nonNullable: true }),
    archived: new FormControl(false, { nonNullable: true }),
  });

  private readonly breakpoints = toSignal(
    inject(BreakpointObserver).observe(['(max-width: 599.98px)', '(max-width: 1279.98px)']),
  );
  protected readonly columns = computed<Column[]>(() => {
    const matches = this.breakpoints()?.breakpoints ?? {};
    if (matches['(max-width: 599.98px)']) return ['fullName', 'load', 'status'];
    if (matches['(max-width: 1279.98px)']) {
      return ['fullName', 'company', 'expertise', 'load', 'status'];
    }
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
    for (const name of ['q', 'city', 'tag'] as const) {
      c[name].valueChanges
        .pipe(
          debounceTime(SEARCH_DEBOUNCE_MS),
          map((value) => value.trim()),
          filter((value) => value !== this.state()[name]),
          takeUntilDestroyed(),
        )
        .subscribe((value) => this.navigate({ [name]: value }));
    }
    for (const name of ['topic', 'sector', 'stage', 'language'] as const) {
      c[name].valueChanges
        .pipe(takeUntilDestroyed())
        .subscribe((value) => this.navigate({ [name]: value }));
    }
    c.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.navigate({ status }));
    for (const name of ['hasCapacity', 'archived'] as const) {
      c[name].valueChanges
        .pipe(takeUntilDestroyed())
        .subscribe((value) => this.navigate({ [name]: value }));
    }

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
    const { q, city, tag } = this.filters.getRawValue();
    this.navigate({ q: q.trim(), city: city.trim(), tag: tag.trim() });
  }

  protected filterByTag(tag: string): void {
    this.navigate({ tag });
  }

  protected clearFilters(): void {
    const d = DEFAULT_MENTOR_LIST_STATE;
    this.navigate({
      q: d.q,
      topic: d.topic,
      sector: d.sector,
      stage: d.stage,
      language: d.language,
      city: d.city,
      status: d.status,
      tag: d.tag,
      hasCapacity: d.hasCapacity,
      archived: d.archived,
    });
  }

  /** A saved view replaces the whole view (its own sort included) and starts at page 1. */
  protected onApply(params: Record<string, string>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }

  protected onSort(sort: Sort): void {
    const field = MENTOR_SORT_FIELDS.find((f) => f === sort.active);
    if (!field) return;
    const order = sort.direction || DEFAULT_MENTOR_LIST_STATE.order;
    this.navigate({ sort: field as MentorSortField, order });
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

  protected open(mentor: Mentor): void {
    void this.router.navigate(['/mentors', mentor.id]);
  }

  /** A new filter starts at page 1; paging passes its own page. */
  private navigate(changes: Partial<MentorListState>): void {
    const next: MentorListState = { ...this.state(), page: 1, cursor: '', ...changes };
    if (sameMentorState(next, this.state())) return;
    this.synced.q = next.q;
    this.synced.city = next.city;
    this.synced.tag = next.tag;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: mentorStateToParams(next),
    });
  }

  /**
   * Mirrors the URL into the filter fields (first load, back button, shared link). The echo of
   * this page's own search is skipped: the person may have typed more since it was sent.
   */
  private showInFilters(state: MentorListState): void {
    const c = this.filters.controls;
    const silent = { emitEvent: false };
    for (const name of ['q', 'city', 'tag'] as const) {
      if (state[name] !== this.synced[name]) c[name].setValue(state[name], silent);
      this.synced[name] = state[name];
    }
    c.topic.setValue(state.topic, silent);
    c.sector.setValue(state.sector, silent);
    c.stage.setValue(state.stage, silent);
    c.language.setValue(state.language, silent);
    c.status.setValue(state.status, silent);
    c.hasCapacity.setValue(state.hasCapacity, silent);
    c.archived.setValue(state.archived, silent);
  }
}
