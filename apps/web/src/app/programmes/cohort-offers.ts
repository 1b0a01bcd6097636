import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CohortOffer, CohortOffers } from '@kohorte/contracts';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { TimelineFormatter } from '../timeline/timeline-format';
import { CohortsApi } from './cohorts-api';

/** How often the list asks again while offers wait for an answer through an email link. */
export const OFFERS_POLL_MS = 10_000;
/** Rows shown before "Show all": the card sits beside the board and should stay short. */
export const OFFERS_SHOWN = 8;

/** One offer as the card shows it. */
interface OfferRowView {
  offer: CohortOffer;
  partnerLink: string[];
  offered: string;
  offeredExact: string;
  /** When it was answered or expired; null while open. */
  answered: string | null;
  answeredExact: string | null;
  /** When the one reminder went out; null before. */
  reminded: string | null;
  remindedExact: string | null;
}

/** The outcomes the summary counts; the header counts what still waits. */
const SUMMARY: readonly CohortOffer['status'][] = ['accepted', 'declined', 'expired'];

/**
 * The cohort's sent offers — mentor offers and investor introductions — with their status and
 * answer. Answers arrive through email links, so while any offer is open the list asks again every
 * OFFERS_POLL_MS (until none is, or the page is left); an acceptance is told to the page, whose
 * board and pool then show the new mentorship.
 */
@Component({
  selector: 'app-cohort-offers',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslocoPipe, BerlinTimePipe],
  templateUrl: './cohort-offers.html',
  styleUrl: './cohort-offers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortOffersCard implements OnInit {
  private readonly api = inject(CohortsApi);
  private readonly format = inject(TimelineFormatter);
  protected readonly language = inject(LanguageService);

  readonly cohortId = input.required<string>();
  /** An offer was accepted since the last look: a mentorship or introduction started. */
  readonly accepted = output<void>();

  protected readonly list = signal<CohortOffers | null>(null);
  protected readonly failed = signal(false);
  protected readonly showAll = signal(false);
  protected readonly shownAtFirst = OFFERS_SHOWN;
  /** When the list was read: relative times count from here. */
  private readonly readAt = signal(new Date());

  protected readonly rows = computed<OfferRowView[]>(() => {
    const list = this.list();
    // Read for the dependency: the texts follow a language switch.
    this.language.lang();
    const now = this.readAt();
    return (list?.items ?? []).map((offer) => ({
      offer,
      partnerLink: [offer.kind === 'mentors' ? '/mentors' : '/investors', offer.partner.id],
      offered: this.format.relative(offer.offeredAt, now),
      offeredExact: this.format.exact(offer.offeredAt),
      answered: offer.answeredAt ? this.format.relative(offer.answeredAt, now) : null,
      answeredExact: offer.answeredAt ? this.format.exact(offer.answeredAt) : null,
      reminded: offer.remindedAt ? this.format.relative(offer.remindedAt, now) : null,
      remindedExact: offer.remindedAt ? this.format.exact(offer.remindedAt) : null,
    }));
  });
  /** "2 accepted · 1 declined": the outcomes that occur, with their counts. */
  protected readonly summary = computed(() => {
    const counts = this.list()?.counts;
    if (!counts) return [];
    return SUMMARY.filter((status) => counts[status] > 0).map((status) => ({
      status,
      count: counts[status],
    }));
  });
  protected readonly shown = computed(() =>
    this.showAll() ? this.rows() : this.rows().slice(0, OFFERS_SHOWN),
  );

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

  protected load(): void {
    this.stopPolling();
    this.api.offers(this.cohortId()).subscribe({
      next: (list) => {
        const before = this.list();
        this.list.set(list);
        this.readAt.set(new Date());
        this.failed.set(false);
        if (before && newlyAccepted(before, list)) this.accepted.emit();
        this.pollWhileOpen(list);
      },
      // The card keeps what it showed; the message offers to try again.
      error: () => this.failed.set(true),
    });
  }

  /** While an offer waits for an answer, loads again in OFFERS_POLL_MS; never once none does. */
  private pollWhileOpen(list: CohortOffers): void {
    if (this.destroyed || list.open === 0) return;
    this.poll = setTimeout(() => {
      this.poll = null;
      this.load();
    }, OFFERS_POLL_MS);
  }

  private stopPolling(): void {
    if (this.poll !== null) clearTimeout(this.poll);
    this.poll = null;
  }
}

/**
 * Whether a listed offer is accepted now that was not before. Offers not listed before are left
 * out: an old acceptance can move into the list when open ones close.
 */
function newlyAccepted(before: CohortOffers, after: CohortOffers): boolean {
  const was = new Map(before.items.map((offer) => [offer.proposalId, offer.status]));
  return after.items.some((offer) => {
    const previous = was.get(offer.proposalId);
    return offer.status === 'accepted' && previous !== undefined && previous !== 'accepted';
  });
}
