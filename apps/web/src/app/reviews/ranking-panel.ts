import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Decision,
  RANKING_REASON_MAX_LENGTH,
  RankedApplication,
  Ranking,
  RECOMMENDATIONS,
} from '@kohorte/contracts';
import { ApplicationsApi } from '../applications/applications-api';
import { SessionStore } from '../core/auth/session';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { apiErrorText } from './api-error-text';
import { ReviewsApi } from './reviews-api';

/**
 * The ranking the committee decides from: per application its raw mean, its calibrated score
 * (reviewers' offsets and scales removed) and how many reviews it rests on, with a flag where
 * reviewers disagree. The committee moves an application with a reason, and accepts or rejects
 * the ones it selects.
 */
@Component({
  selector: 'app-ranking-panel',
  imports: [
    DecimalPipe,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    BerlinTimePipe,
  ],
  templateUrl: './ranking-panel.html',
  styleUrl: './call-reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RankingPanel implements OnInit {
  private readonly api = inject(ReviewsApi);
  private readonly applications = inject(ApplicationsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly callId = input.required<string>();
  readonly decided = output<void>();

  protected readonly ranking = signal<Ranking | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly moving = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected movePosition = 1;
  protected moveReason = '';
  protected readonly reasonMax = RANKING_REASON_MAX_LENGTH;
  protected readonly recommendationKeys = RECOMMENDATIONS;

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.api.ranking(this.callId()).subscribe({
      next: (ranking) => this.ranking.set(ranking),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected decidable(entry: RankedApplication): boolean {
    return entry.status === 'submitted' || entry.status === 'waitlisted';
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected startMove(entry: RankedApplication): void {
    this.moving.set(entry.applicationId);
    this.movePosition = entry.position;
    this.moveReason = '';
    this.error.set(null);
  }

  protected move(entry: RankedApplication): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .move(this.callId(), {
        applicationId: entry.applicationId,
        position: Number(this.movePosition),
        reason: this.moveReason,
      })
      .subscribe({
        next: (ranking) => {
          this.busy.set(false);
          this.moving.set(null);
          this.ranking.set(ranking);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected decide(decision: Decision): void {
    const ids = [...this.selected()];
    if (ids.length === 0) return;
    this.busy.set(true);
    this.error.set(null);
    this.applications.decide(this.callId(), { applicationIds: ids, decision }).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.selected.set(new Set());
        this.notice.set(
          this.transloco.translate(`reviews.ranking.decided.${decision}`, {
            count: result.decided,
            skipped: result.skipped.length,
          }),
        );
        this.load();
        this.decided.emit();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.error.set(
      apiErrorText(error, this.language.lang()) ?? this.transloco.translate('errors.generic'),
    );
  }
}
