import { DayPipe } from '../core/formats/format-pipes';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Cohort,
  COHORT_STATUSES,
  CohortStatus,
  MAX_PAGE_SIZE,
  Page,
  Programme,
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
  tap,
} from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import {
  CohortListState,
  cohortStateFromParams,
  cohortStateToParams,
  cohortStateToQuery,
  sameCohortState,
} from './cohort-list-state';
import { CohortsApi } from './cohorts-api';
import { providePaginatorTexts } from '../core/i18n/paginator-intl';

const SEARCH_DEBOUNCE_MS = 300;

/** `/cohorts`: every cohort, latest first, filtered by status and programme; all in the URL. */
@Component({
  selector: 'app-cohort-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    DayPipe,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './cohort-list.html',
  styleUrl: './lists.scss',
  providers: [providePaginatorTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortList {
  private readonly api = inject(CohortsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

  private readonly state$ = this.route.queryParamMap.pipe(
    map(cohortStateFromParams),
    distinctUntilChanged(sameCohortState),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  protected readonly state = toSignal(this.state$, { requireSync: true });

  protected readonly columns = ['name', 'programme', 'dates', 'status', 'startups', 'mentors'];
  protected readonly statuses = COHORT_STATUSES;
  protected readonly pageSizeOptions = [10, 25, 50, MAX_PAGE_SIZE];
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly result = signal<Page<Cohort> | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly programmes = signal<Programme[]>([]);

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl<CohortStatus | null>(null),
    programmeId: new FormControl<string | null>(null),
  });

  constructor() {
    this.api
      .listProgrammes({ pageSize: MAX_PAGE_SIZE })
      .pipe(
        catchError(() => of(null)),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.programmes.set(page?.items ?? []));

    this.state$
      .pipe(
        tap((state) => {
          this.loading.set(true);
          this.failed.set(false);
          const c = this.filters.controls;
          const silent = { emitEvent: false };
          if (c.q.value.trim() !== state.q) c.q.setValue(state.q, silent);
          c.status.setValue(state.status, silent);
          c.programmeId.setValue(state.programmeId, silent);
        }),
        switchMap((state) =>
          this.api.listCohorts(cohortStateToQuery(state)).pipe(
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

    const c = this.filters.controls;
    c.q.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((q) => q.trim()),
        filter((q) => q !== this.state().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.navigate({ q }));
    c.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.navigate({ status }));
    c.programmeId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((programmeId) => this.navigate({ programmeId }));
  }

  protected searchNow(): void {
    this.navigate({ q: this.filters.controls.q.value.trim() });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected open(cohort: Cohort): void {
    void this.router.navigate(['/cohorts', cohort.id]);
  }

  /** Startups that hold a place (accepted or active). */
  protected placed(cohort: Cohort): number {
    return cohort.counts.accepted + cohort.counts.active;
  }

  /** A new filter starts at page 1; paging passes its own page. */
  private navigate(changes: Partial<CohortListState>): void {
    const next: CohortListState = { ...this.state(), page: 1, ...changes };
    if (sameCohortState(next, this.state())) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: cohortStateToParams(next),
    });
  }
}
