import { DateTimePipe } from '../core/formats/format-pipes';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DEFAULT_PAGE_SIZE,
  MAIL_STATUSES,
  MailboxPage,
  MailStatus,
  MAX_PAGE_SIZE,
} from '@kohorte/contracts';
import {
  BehaviorSubject,
  catchError,
  combineLatest,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { MailboxApi } from './mailbox-api';
import { providePaginatorTexts } from '../core/i18n/paginator-intl';

interface ListState {
  page: number;
  pageSize: number;
  status: MailStatus | null;
}

function positive(raw: string | null, fallback: number, max: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}

function stateFromParams(params: ParamMap): ListState {
  const status = params.get('status');
  return {
    page: positive(params.get('page'), 1, 10_000),
    pageSize: positive(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    status: (MAIL_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as MailStatus)
      : null,
  };
}

const sameState = (a: ListState, b: ListState) =>
  a.page === b.page && a.pageSize === b.pageSize && a.status === b.status;

/** `/mailbox` (admins only): every email Kohorte wrote, newest first; page and filter in the URL. */
@Component({
  selector: 'app-mailbox-list',
  imports: [
    DateTimePipe,
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './mailbox-list.html',
  styleUrl: './mailbox-list.scss',
  providers: [providePaginatorTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxList {
  private readonly api = inject(MailboxApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

  protected readonly columns = ['recipient', 'subject', 'template', 'time', 'status'];
  protected readonly statuses = MAIL_STATUSES;
  private readonly state$ = this.route.queryParamMap.pipe(
    map(stateFromParams),
    distinctUntilChanged(sameState),
  );
  protected readonly state = toSignal(this.state$, { requireSync: true });
  private readonly reload$ = new BehaviorSubject<void>(undefined);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly result = signal<MailboxPage | null>(null);
  protected readonly mails = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly transport = computed(() => this.result()?.transport ?? null);

  constructor() {
    combineLatest([this.state$, this.reload$])
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.failed.set(false);
        }),
        switchMap(([state]) =>
          this.api.list({ ...state, status: state.status ?? undefined }).pipe(
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
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected onStatus(status: MailStatus | null): void {
    this.navigate({ status, page: 1 });
  }

  protected reload(): void {
    this.reload$.next();
  }

  private navigate(patch: Partial<ListState>): void {
    const next = { ...this.state(), ...patch };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        page: next.page > 1 ? next.page : null,
        pageSize: next.pageSize !== DEFAULT_PAGE_SIZE ? next.pageSize : null,
        status: next.status,
      },
    });
  }
}
