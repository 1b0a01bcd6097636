import { MatTooltipModule } from '@angular/material/tooltip';
import { LoadFigure } from '../core/formats/load-figure';
import { DecimalPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  LOW_SCORE,
  MatchingKind,
  MatchingRunProposals,
  MatchProposal,
  ProposalAlternative,
  ProposalPart,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { LanguageService } from '../core/i18n/language';
import { apiMessage, isNotFound } from '../programmes/cohorts-api';
import { MatchingApi } from './matching-api';
import { SendOffersData, SendOffersDialog } from './send-offers-dialog';

const OPEN = ['proposed', 'approved'];
// Proposals that no longer stand: they count in no figure of the run.
const ENDED = ['rejected', 'withdrawn', 'declined', 'expired'];

/** What the snack bar says after sending, for one and for several, by the run's kind. */
const SENT_MESSAGES: Record<MatchingKind, [string, string]> = {
  mentors: ['matching.done.offerSent', 'matching.done.offersSent'],
  investors: ['matching.done.startupAsked', 'matching.done.startupsAsked'],
};

/** How often the view asks again while offers wait for answers through their links. */
export const OFFER_POLL_MS = 10_000;

/**
 * `/cohorts/:id/matching/:runId`: a run's proposals per startup with their scores and reasons,
 * each partner's load against capacity, and the decisions (approve, reject, pin, swap) in place.
 */
@Component({
  selector: 'app-matching-run-view',
  imports: [
    MatTooltipModule,
    LoadFigure,
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
  ],
  templateUrl: './matching-run-view.html',
  styleUrl: './matching-run-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchingRunView implements OnInit {
  private readonly api = inject(MatchingApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameters. */
  readonly id = input.required<string>();
  readonly runId = input.required<string>();

  protected readonly view = signal<MatchingRunProposals | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly unmatched = signal(false);
  protected readonly lowScore = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly alternatives = signal<ProposalAlternative[] | null>(null);
  protected readonly lowScoreLimit = LOW_SCORE;

  protected readonly run = computed(() => this.view()?.run ?? null);
  protected readonly decidable = computed(
    () => this.session.canWrite() && this.run()?.status === 'done',
  );
  /**
   * Approved proposals waiting to be sent: a mentor run mails the mentors, an investor run first
   * asks the startups' founders to agree to each introduction.
   */
  /** The mean score of the pairs still standing (not rejected, withdrawn, declined or expired). */
  protected readonly averageScore = computed(() => {
    const scores = (this.view()?.startups ?? [])
      .flatMap((s) => s.proposals)
      .filter((p) => !ENDED.includes(p.status))
      .map((p) => p.score);
    return scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
  });
  protected readonly offerable = computed(() => this.run()?.counts.approved ?? 0);
  protected readonly openCount = computed(
    () =>
      this.view()
        ?.startups.flatMap((s) => s.proposals)
        .filter((p) => p.status === 'proposed').length ?? 0,
  );

  /** The next poll while answers are awaited (they arrive through email links). */
  private poll: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stopPolling();
    });
  }

  ngOnInit(): void {
    this.load();
  }

  protected isOpen(proposal: MatchProposal): boolean {
    return OPEN.includes(proposal.status);
  }

  protected reason(part: ProposalPart): string {
    return this.language.lang() === 'de' ? part.reason.de : part.reason.en;
  }

  /** The two parts that gave the most points, in one line; the rest is behind "Why". */
  protected topReasons(proposal: MatchProposal): string {
    return [...proposal.parts]
      .filter((part) => part.points > 0)
      .sort((a, b) => b.points - a.points)
      .slice(0, 2)
      .map((part) => this.reason(part))
      .join(' · ');
  }

  protected toggleFilter(filter: 'unmatched' | 'lowScore', on: boolean): void {
    (filter === 'unmatched' ? this.unmatched : this.lowScore).set(on);
    this.load();
  }

  protected toggleSelected(proposalId: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(proposalId);
    else next.delete(proposalId);
    this.selected.set(next);
  }

  protected approveAll(): void {
    this.decide(this.api.approve(this.runId()), 'matching.done.approvedAll');
  }

  protected approveSelected(): void {
    const ids = [...this.selected()];
    if (ids.length === 0) return;
    this.decide(this.api.approve(this.runId(), ids), 'matching.done.approved');
  }

  protected approve(proposal: MatchProposal): void {
    this.decide(this.api.approve(this.runId(), [proposal.id]), 'matching.done.approved');
  }

  protected reject(proposal: MatchProposal): void {
    this.decide(this.api.reject(proposal.id), 'matching.done.rejected');
  }

  protected pin(proposal: MatchProposal): void {
    this.decide(this.api.pin(proposal.id), 'matching.done.pinned');
  }

  /** The swap menu opens: its alternatives load. */
  protected loadAlternatives(proposal: MatchProposal): void {
    this.alternatives.set(null);
    this.api.alternatives(proposal.id).subscribe({
      next: (alternatives) => this.alternatives.set(alternatives),
      error: (error: unknown) => {
        this.alternatives.set([]);
        this.fail(error);
      },
    });
  }

  protected swap(proposal: MatchProposal, alternative: ProposalAlternative): void {
    const kind = this.run()?.kind;
    const request =
      kind === 'investors'
        ? { investorId: alternative.partner.id }
        : { mentorId: alternative.partner.id };
    this.decide(this.api.swap(proposal.id, request), 'matching.done.swapped');
  }

  /**
   * The approved proposals go out: as offers to the mentors, or (investor runs) as consent
   * requests to the startups' founders. The snack bar says how many.
   */
  protected sendOffers(): void {
    const kind = this.run()?.kind;
    if (this.busy() || !kind) return;
    this.dialog
      .open<SendOffersDialog, SendOffersData, boolean>(SendOffersDialog, {
        data: { runId: this.runId(), kind },
        width: '44rem',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed === true) this.send(kind);
      });
  }

  private send(kind: MatchingKind): void {
    this.busy.set(true);
    this.api.sendOffers(this.runId()).subscribe({
      next: (result) => {
        this.busy.set(false);
        const [one, many] = SENT_MESSAGES[kind];
        const key = result.offered === 1 ? one : many;
        let message = this.transloco.translate(key, { count: result.offered });
        if (result.skipped.length > 0) {
          // The manager has to add a founder before these can go out: say which, and keep it up.
          const names = result.skipped.map((skip) => skip.startupName).join(', ');
          message += ` ${this.transloco.translate('matching.done.skippedNoFounders', { names })}`;
        }
        this.snackBar.open(message, this.transloco.translate('common.close'), {
          duration: result.skipped.length > 0 ? 10000 : 3000,
        });
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.fail(error);
        this.load();
      },
    });
  }

  protected discard(): void {
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('matching.view.discardConfirm'),
      confirm: this.transloco.translate('matching.view.discard'),
    }).subscribe(() => this.decide(this.api.discard(this.runId()), 'matching.done.discarded'));
  }

  protected load(): void {
    this.stopPolling();
    this.api
      .proposals(this.runId(), {
        unmatched: this.unmatched() || undefined,
        lowScore: this.lowScore() ? LOW_SCORE : undefined,
      })
      .subscribe({
        next: (view) => {
          this.view.set(view);
          this.loading.set(false);
          this.pollWhileOffered(view);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (isNotFound(error)) this.notFound.set(true);
          else this.fail(error);
        },
      });
  }

  /**
   * While any proposal waits for an answer through a link (offered, or founders asked), loads
   * again in OFFER_POLL_MS so the answer shows without a reload; stops when none does (and when
   * the view is destroyed).
   */
  private pollWhileOffered(view: MatchingRunProposals): void {
    const waiting = view.run.counts.offered + view.run.counts['startup-asked'];
    if (this.destroyed || waiting === 0) return;
    this.poll = setTimeout(() => {
      this.poll = null;
      this.load();
    }, OFFER_POLL_MS);
  }

  private stopPolling(): void {
    if (this.poll !== null) clearTimeout(this.poll);
    this.poll = null;
  }

  private decide(request: Observable<unknown>, doneKey: string): void {
    if (this.busy()) return;
    this.busy.set(true);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.selected.set(new Set());
        this.snackBar.open(this.transloco.translate(doneKey), undefined, { duration: 3000 });
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.fail(error);
        this.load();
      },
    });
  }

  private fail(error: unknown): void {
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
      return;
    }
    this.snackBar.open(apiMessage(error) ?? this.transloco.translate('errors.generic'), undefined, {
      duration: 6000,
      panelClass: 'snack-error',
    });
  }
}
