import { AmountPipe, DateTimePipe, DayPipe } from '../core/formats/format-pipes';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Startup } from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { ProfileRequestButton } from '../respond/profile-request-button';
import { Timeline } from '../timeline/timeline';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { StartupContacts } from './startup-contacts';
import { StartupFiguresCard } from './startup-figures';
import { isNotFound, StartupsApi } from './startups-api';

@Component({
  selector: 'app-startup-detail',
  imports: [
    RouterLink,
    AmountPipe,
    DateTimePipe,
    DayPipe,
    DecimalPipe,
    PercentPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    StartupContacts,
    Timeline,
    ProfileRequestButton,
    StartupFiguresCard,
  ],
  templateUrl: './startup-detail.html',
  styleUrl: './startup-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupDetail implements OnInit {
  private readonly api = inject(StartupsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly startup = signal<Startup | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  private readonly timeline = viewChild(Timeline);

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    this.api.get(this.id()).subscribe({
      next: (startup) => {
        this.startup.set(startup);
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
    this.change(this.api.archive(this.id()), 'startups.detail.archived');
  }

  protected restore(): void {
    this.change(this.api.restore(this.id()), 'startups.detail.restored');
  }

  /** Erasure, for admins: asks first, then leaves for the list. */
  protected delete(): void {
    const startup = this.startup();
    if (!startup) return;
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('startups.detail.deleteTitle', { name: startup.name }),
      message: this.transloco.translate('startups.detail.deleteMessage'),
      confirm: this.transloco.translate('startups.detail.deleteConfirm'),
    }).subscribe(() => {
      this.busy.set(true);
      this.api.delete(startup.id).subscribe({
        next: () => {
          this.snackBar.open(
            this.transloco.translate('startups.detail.deleted', { name: startup.name }),
            undefined,
            { duration: 4000 },
          );
          void this.router.navigate(['/startups']);
        },
        error: (error: unknown) => this.writeFailed(error),
      });
    });
  }

  /** A contact changed: its timeline entry shows at once. */
  protected contactsChanged(): void {
    this.timeline()?.reload();
  }

  private change(request: Observable<Startup>, messageKey: string): void {
    this.busy.set(true);
    request.subscribe({
      next: (startup) => {
        this.startup.set(startup);
        this.busy.set(false);
        this.timeline()?.reload();
        this.snackBar.open(this.transloco.translate(messageKey), undefined, { duration: 4000 });
      },
      error: (error: unknown) => this.writeFailed(error),
    });
  }

  private writeFailed(error: unknown): void {
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
