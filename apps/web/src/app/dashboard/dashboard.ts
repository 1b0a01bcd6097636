import { DateTimePipe, DayPipe } from '../core/formats/format-pipes';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Dashboard,
  DashboardCohort,
  DashboardRecentChange,
  MEMBERSHIP_STATUSES,
  MembershipStatus,
  STALE_PROFILE_DAYS,
  SubjectType,
} from '@kohorte/contracts';
import { catchError, of, startWith, Subject, switchMap, tap } from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { inSlices } from '../core/in-slices';
import { TimelineFormatter } from '../timeline/timeline-format';
import { CallFunnels } from './call-funnels';
import { DashboardApi } from './dashboard-api';
import { TermChart } from './term-chart';

/** Where each kind of record's page is. */
const SUBJECT_ROUTES: Record<SubjectType, string> = {
  startup: '/startups',
  mentor: '/mentors',
  investor: '/investors',
  cohort: '/cohorts',
  programme: '/programmes',
  application: '/applications',
  reviewer: '/cohorts',
};

interface StatusSegment {
  status: MembershipStatus;
  count: number;
}

/** The home page: running cohorts, calls' funnels, free mentors, what needs attention, recent changes, charts. */
/** The cards, in the order they render once the figures are there: one per task (`inSlices`). */
const CARDS = ['cohorts', 'calls', 'attention', 'mentors', 'recent', 'stages', 'sectors'] as const;
type Card = (typeof CARDS)[number];
const NO_CARDS: readonly Card[] = [];

@Component({
  selector: 'app-dashboard',
  imports: [
    DateTimePipe,
    DayPipe,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    TermChart,
    CallFunnels,
  ],
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  protected readonly language = inject(LanguageService);
  private readonly formatter = inject(TimelineFormatter);
  protected readonly staleDays = STALE_PROFILE_DAYS;

  protected readonly data = signal<Dashboard | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly reload$ = new Subject<void>();
  /**
   * The cards rendered so far. All seven in one task took a fifth of a second of this machine's
   * CPU (four times that on Lighthouse's phone); one per task, the first shows as soon and the
   * page answers a tap in between. New figures (a retry) re-render in place, all at once.
   */
  private readonly cardsShown = inSlices(
    computed(() => (this.data() ? CARDS : NO_CARDS)),
    1,
  );
  protected readonly shows = computed(() => new Set<Card>(this.cardsShown()));

  constructor() {
    this.reload$
      .pipe(
        startWith(undefined),
        tap(() => {
          this.loading.set(true);
          this.failed.set(false);
        }),
        switchMap(() =>
          this.api.get().pipe(
            catchError(() => {
              this.failed.set(true);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((dashboard) => {
        if (dashboard) this.data.set(dashboard);
        this.loading.set(false);
      });
  }

  protected retry(): void {
    this.reload$.next();
  }

  /** The statuses a cohort has startups in, in the membership order. */
  protected segments(cohort: DashboardCohort): StatusSegment[] {
    return MEMBERSHIP_STATUSES.map((status) => ({ status, count: cohort.counts[status] })).filter(
      (segment) => segment.count > 0,
    );
  }

  protected cohortTotal(cohort: DashboardCohort): number {
    return MEMBERSHIP_STATUSES.reduce((sum, status) => sum + cohort.counts[status], 0);
  }

  protected subjectLink(type: SubjectType, id: string): string[] {
    return [SUBJECT_ROUTES[type], id];
  }

  /** The changed fields by their labels in the UI language, as the timeline names them. */
  protected changedFields(change: DashboardRecentChange): string {
    this.language.lang();
    return change.fields
      .map((field) => this.formatter.fieldLabel(change.subjectType, field))
      .join(', ');
  }
}
