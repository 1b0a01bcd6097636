import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, Programme } from '@kohorte/contracts';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { CohortsApi } from './cohorts-api';
import { positiveInt } from '../records/list-state';
import { ProgrammeDialog } from './programme-dialog';
import { providePaginatorTexts } from '../core/i18n/paginator-intl';

/** `/programmes`: every programme with its number of cohorts; page and page size in the URL. */
@Component({
  selector: 'app-programme-list',
  imports: [
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './programme-list.html',
  styleUrl: './lists.scss',
  providers: [providePaginatorTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeList {
  private readonly api = inject(CohortsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly session = inject(SessionStore);

  protected readonly columns = ['name', 'description', 'cohortCount'];
  protected readonly pageSizeOptions = [10, 25, 50, MAX_PAGE_SIZE];
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly result = signal<Page<Programme> | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly paging = signal({ page: 1, pageSize: DEFAULT_PAGE_SIZE });

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => ({
          page: positiveInt(params.get('page'), 1),
          pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
        })),
        tap((paging) => {
          this.paging.set(paging);
          this.loading.set(true);
          this.failed.set(false);
        }),
        switchMap((paging) =>
          this.api.listProgrammes(paging).pipe(
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

  protected onPage(event: PageEvent): void {
    const queryParams: Record<string, number | null> = {
      page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
      pageSize: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
    };
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }

  protected create(): void {
    this.dialog
      .open<ProgrammeDialog, null, Programme>(ProgrammeDialog, { data: null })
      .afterClosed()
      .subscribe((programme) => {
        if (programme) void this.router.navigate(['/programmes', programme.id]);
      });
  }

  protected open(programme: Programme): void {
    void this.router.navigate(['/programmes', programme.id]);
  }
}
