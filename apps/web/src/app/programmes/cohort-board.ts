import { HttpErrorResponse } from '@angular/common/http';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CohortPoolMentor, CohortStartup, MembershipStatus } from '@kohorte/contracts';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { boardColumns, moveTargets, withMember, withStatus } from './board-state';
import { apiMessage, CohortsApi } from './cohorts-api';

/**
 * The cohort's startups, one column per membership status. A card moves by drag and drop or,
 * for keyboard and screen-reader users, by its "Move to…" menu; either way the card moves at
 * once and snaps back when the API refuses, with the API's reason in a snack bar.
 */
@Component({
  selector: 'app-cohort-board',
  imports: [
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatMenuModule,
    TranslocoPipe,
  ],
  templateUrl: './cohort-board.html',
  styleUrl: './cohort-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortBoard {
  private readonly api = inject(CohortsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly vocab = inject(VocabularyStore);

  readonly cohortId = input.required<string>();
  readonly members = model.required<CohortStartup[]>();
  readonly pool = input<CohortPoolMentor[]>([]);
  readonly canWrite = input(false);
  /** After every change the API accepted: the page refreshes counts, loads and the timeline. */
  readonly changed = output<void>();

  protected readonly columns = computed(() => boardColumns(this.members()));
  /** Startups with a request under way: their cards cannot be dragged meanwhile. */
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly moveTargets = moveTargets;
  /**
   * A finger must rest on a card briefly before it lifts, so that swiping over the board on a
   * phone scrolls the page instead of dragging a card; a mouse drags at once.
   */
  protected readonly dragDelay = { touch: 250, mouse: 0 };

  protected onDrop(event: CdkDragDrop<MembershipStatus, MembershipStatus, CohortStartup>): void {
    if (event.previousContainer === event.container) return;
    this.move(event.item.data, event.container.data);
  }

  move(card: CohortStartup, status: MembershipStatus): void {
    const startupId = card.startup.id;
    const before = card.status;
    if (before === status || this.pending().has(startupId)) return;
    this.members.update((members) => withStatus(members, startupId, status));
    this.setPending(startupId, true);
    this.api.moveStartup(this.cohortId(), startupId, status).subscribe({
      next: (moved) => {
        this.setPending(startupId, false);
        this.members.update((members) => withMember(members, moved));
        void this.announcer.announce(
          this.transloco.translate('cohorts.board.moved', {
            name: card.startup.name,
            status: this.transloco.translate(`cohorts.membership.${status}`),
          }),
        );
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.setPending(startupId, false);
        this.members.update((members) => withStatus(members, startupId, before));
        this.fail(error);
      },
    });
  }

  protected remove(card: CohortStartup): void {
    const startupId = card.startup.id;
    this.setPending(startupId, true);
    this.api.removeStartup(this.cohortId(), startupId).subscribe({
      next: () => {
        this.setPending(startupId, false);
        this.members.update((members) => members.filter((m) => m.startup.id !== startupId));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.setPending(startupId, false);
        this.fail(error);
      },
    });
  }

  protected assign(card: CohortStartup, mentor: CohortPoolMentor): void {
    this.api.assignMentor(this.cohortId(), card.startup.id, mentor.mentor.id).subscribe({
      next: (updated) => {
        this.members.update((members) => withMember(members, updated));
        this.changed.emit();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected unassign(card: CohortStartup, mentorId: string): void {
    this.api.endMentorship(this.cohortId(), card.startup.id, mentorId).subscribe({
      next: () => {
        this.members.update((members) =>
          members.map((m) =>
            m.startup.id === card.startup.id
              ? { ...m, mentors: m.mentors.filter((mentor) => mentor.id !== mentorId) }
              : m,
          ),
        );
        this.changed.emit();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** Stage and city, as far as known. */
  protected meta(card: CohortStartup): string {
    const stage = card.startup.stage ? this.vocab.label('stages', card.startup.stage) : null;
    return [stage, card.startup.city].filter((part) => !!part).join(' · ');
  }

  protected isAssigned(card: CohortStartup, mentorId: string): boolean {
    return card.mentors.some((mentor) => mentor.id === mentorId);
  }

  private setPending(startupId: string, on: boolean): void {
    this.pending.update((current) => {
      const next = new Set(current);
      if (on) next.add(startupId);
      else next.delete(startupId);
      return next;
    });
  }

  private fail(error: unknown): void {
    // 401 and 403 have their own handling in the HTTP interceptor.
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
      return;
    }
    const message = apiMessage(error);
    this.snackBar.open(message ?? this.transloco.translate('errors.generic'), undefined, {
      duration: 6000,
      panelClass: 'snack-error',
    });
  }
}
