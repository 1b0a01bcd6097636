import { HttpErrorResponse } from '@angular/common/http';
import { Directive, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Observable, switchMap } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { Timeline } from '../timeline/timeline';
import { isNotFound, RecordsApi, RecordShapes } from './records-api';

/** One record type's detail page: its API, its list, and the texts of its actions. */
export interface RecordDetailConfig<R extends { id: string }> {
  api: RecordsApi<RecordShapes & { record: R }>;
  /** The records' route, e.g. `/mentors`: where erasing the record leads. */
  path: string;
  /** The record's name in messages. */
  name(record: R): string;
  /** Snack bar texts after archiving and restoring. */
  archived: string;
  restored: string;
  /** The erase confirmation's title, message and button, and the snack bar text after it. */
  erase: { title: string; message: string; confirm: string; done: string };
}

/**
 * What the startup, mentor and investor detail pages share: loading the record the route names
 * (with not-found and failure states), archive, restore and erase (asked first, admins only),
 * each followed by a reload of the page's timeline. Show it in `app-record-detail-frame`.
 */
@Directive()
export abstract class RecordDetailPage<R extends { id: string }> implements OnInit {
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly timeline = viewChild(Timeline);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly record = signal<R | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);

  // The page hands over its configuration, not a dependency to inject.
  // eslint-disable-next-line @angular-eslint/prefer-inject
  protected constructor(private readonly config: RecordDetailConfig<R>) {}

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    this.config.api.get(this.id()).subscribe({
      next: (record) => {
        this.record.set(record);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (isNotFound(error)) this.notFound.set(true);
        else this.failed.set(true);
      },
    });
  }

  protected archive(): void {
    this.change(this.config.api.archive(this.id()), this.config.archived);
  }

  protected restore(): void {
    this.change(this.config.api.restore(this.id()), this.config.restored);
  }

  /** Erasure, for admins: asks first, then leaves for the list. */
  protected erase(): void {
    const record = this.record();
    if (!record) return;
    const texts = this.config.erase;
    const name = this.config.name(record);
    whenConfirmed(this.dialog, {
      title: this.transloco.translate(texts.title, { name }),
      message: this.transloco.translate(texts.message, { name }),
      confirm: this.transloco.translate(texts.confirm),
    })
      .pipe(
        switchMap(() => {
          this.busy.set(true);
          return this.config.api.remove(record.id);
        }),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(this.transloco.translate(texts.done, { name }), undefined, {
            duration: 4000,
          });
          void this.router.navigate([this.config.path]);
        },
        error: (error: unknown) => this.changeFailed(error),
      });
  }

  /** Something on the page changed the record's history: its entry shows at once. */
  protected reloadTimeline(): void {
    this.timeline()?.reload();
  }

  private change(request: Observable<R>, messageKey: string): void {
    this.busy.set(true);
    request.subscribe({
      next: (record) => {
        this.record.set(record);
        this.busy.set(false);
        this.reloadTimeline();
        this.snackBar.open(this.transloco.translate(messageKey), undefined, { duration: 4000 });
      },
      error: (error: unknown) => this.changeFailed(error),
    });
  }

  private changeFailed(error: unknown): void {
    this.busy.set(false);
    // 401 and 403 have their own handling in the HTTP interceptor.
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
      return;
    }
    this.snackBar.open(this.transloco.translate('errors.generic'), undefined, {
      duration: 6000,
      panelClass: 'snack-error',
    });
  }
}
