import { DayPipe } from '../core/formats/format-pipes';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DEFAULT_PAGE_SIZE, ListUsersQuery, Page, User } from '@kohorte/contracts';
import { BehaviorSubject, catchError, of, switchMap, tap } from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { UserDialog } from './user-dialog';
import { UsersApi } from './users-api';
import { providePaginatorTexts } from '../core/i18n/paginator-intl';

/** `/users` (admins only): who can sign in, and adding someone. */
@Component({
  selector: 'app-user-list',
  imports: [
    DayPipe,
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './user-list.html',
  styleUrl: './user-list.scss',
  providers: [providePaginatorTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserList {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly columns = ['name', 'email', 'role', 'locale', 'createdAt'];
  private readonly request$ = new BehaviorSubject<Required<ListUsersQuery>>({
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  private readonly result = signal<Page<User> | null>(null);
  protected readonly users = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(DEFAULT_PAGE_SIZE);

  constructor() {
    this.request$
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.failed.set(false);
        }),
        switchMap(({ page, pageSize }) =>
          this.api.list({ page, pageSize }).pipe(
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
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.request$.next({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.request$.next(this.request$.value);
  }

  protected addUser(): void {
    this.dialog
      .open<UserDialog, void, User>(UserDialog, { autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((user) => {
        if (!user) return;
        this.snackBar.open(
          this.transloco.translate('users.dialog.created', { name: user.name }),
          undefined,
          { duration: 4000 },
        );
        this.reload();
      });
  }
}
