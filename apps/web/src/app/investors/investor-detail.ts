import { AmountPipe, DateTimePipe, DayPipe } from '../core/formats/format-pipes';
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
import { Investor } from '@kohorte/contracts';
import { Observable, switchMap } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { Timeline } from '../timeline/timeline';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { isNotFound } from '../mentors/mentors-api';
import { InvestorsApi } from './investors-api';

/** `/investors/:id`: the profile, the ticket range, and the timeline. */
@Component({
  selector: 'app-investor-detail',
  imports: [
    RouterLink,
    AmountPipe,
    DateTimePipe,
    DayPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    Timeline,
  ],
  templateUrl: './investor-detail.html',
  styleUrl: './investor-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestorDetail implements OnInit {
  private readonly api = inject(InvestorsApi);
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

  protected readonly investor = signal<Investor | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    this.api.get(this.id()).subscribe({
      next: (investor) => {
        this.investor.set(investor);
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
    this.change(this.api.archive(this.id()), 'investors.detail.archived');
  }

  protected restore(): void {
    this.change(this.api.restore(this.id()), 'investors.detail.restored');
  }

  protected erase(): void {
    const investor = this.investor();
    if (!investor) return;
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('investors.erase.title', { name: investor.name }),
      message: this.transloco.translate('investors.erase.text', { name: investor.name }),
      confirm: this.transloco.translate('investors.erase.confirm'),
    })
      .pipe(
        switchMap(() => {
          this.busy.set(true);
          return this.api.remove(investor.id);
        }),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(
            this.transloco.translate('investors.erase.done', { name: investor.name }),
            undefined,
            { duration: 4000 },
          );
          void this.router.navigate(['/investors']);
        },
        error: (error: unknown) => this.failedChange(error),
      });
  }

  private change(request: Observable<Investor>, messageKey: string): void {
    this.busy.set(true);
    request.subscribe({
      next: (investor) => {
        this.investor.set(investor);
        this.busy.set(false);
        this.timeline()?.reload();
        this.snackBar.open(this.transloco.translate(messageKey), undefined, { duration: 4000 });
      },
      error: (error: unknown) => this.failedChange(error),
    });
  }

  private failedChange(error: unknown): void {
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
