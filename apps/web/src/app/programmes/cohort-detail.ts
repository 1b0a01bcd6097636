import { DayPipe } from '../core/formats/format-pipes';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Cohort,
  COHORT_STATUSES,
  CohortPoolMentor,
  CohortStartup,
  CohortStatus,
  MatchingKind,
  MEMBERSHIP_STATUSES,
} from '@kohorte/contracts';
import { forkJoin, switchMap } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { StartMatchingData, StartMatchingDialog } from '../matching/start-matching-dialog';
import { ProfileRequestButton } from '../respond/profile-request-button';
import { Timeline } from '../timeline/timeline';
import { AddToCohortData, AddToCohortDialog } from './add-to-cohort-dialog';
import { CohortBoard } from './cohort-board';
import { CohortOffersCard } from './cohort-offers';
import { CohortDialog, CohortDialogData } from './cohort-dialog';
import { apiMessage, CohortsApi, isNotFound } from './cohorts-api';
import { MentorPool } from './mentor-pool';

/**
 * `/cohorts/:id`: the cohort's header, its board of startups, its mentor pool, its sent offers with
 * their answers, and its timeline.
 */
@Component({
  selector: 'app-cohort-detail',
  imports: [
    RouterLink,
    DayPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    CohortBoard,
    CohortOffersCard,
    MentorPool,
    Timeline,
    ProfileRequestButton,
  ],
  templateUrl: './cohort-detail.html',
  styleUrl: './cohort-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortDetail implements OnInit {
  private readonly api = inject(CohortsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly cohort = signal<Cohort | null>(null);
  protected readonly members = signal<CohortStartup[]>([]);
  protected readonly pool = signal<CohortPoolMentor[]>([]);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly statuses = COHORT_STATUSES;
  protected readonly membershipStatuses = MEMBERSHIP_STATUSES;
  protected readonly placed = computed(() => {
    const counts = this.cohort()?.counts;
    return counts ? counts.accepted + counts.active : 0;
  });
  private readonly timeline = viewChild(Timeline);

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    forkJoin([
      this.api.getCohort(this.id()),
      this.api.members(this.id()),
      this.api.pool(this.id()),
    ]).subscribe({
      next: ([cohort, members, pool]) => {
        this.cohort.set(cohort);
        this.members.set(members);
        this.pool.set(pool);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (isNotFound(error)) this.notFound.set(true);
        else this.failed.set(true);
      },
    });
  }

  /** After a change on the board or in the pool: counts, loads and the timeline catch up. */
  protected refresh(what: { members?: boolean } = {}): void {
    const id = this.id();
    this.api.getCohort(id).subscribe((cohort) => this.cohort.set(cohort));
    this.api.pool(id).subscribe((pool) => this.pool.set(pool));
    if (what.members) this.api.members(id).subscribe((members) => this.members.set(members));
    this.timeline()?.reload();
  }

  protected changeStatus(event: MatSelectChange<CohortStatus>): void {
    const cohort = this.cohort();
    if (!cohort || event.value === cohort.status) return;
    this.api.updateCohort(cohort.id, { status: event.value }).subscribe({
      next: (updated) => {
        this.cohort.set(updated);
        this.timeline()?.reload();
      },
      error: (error: unknown) => {
        // Snap the select back to the stored status.
        this.cohort.set({ ...cohort });
        this.fail(error);
      },
    });
  }

  protected edit(): void {
    const cohort = this.cohort();
    if (!cohort) return;
    this.dialog
      .open<CohortDialog, CohortDialogData, Cohort>(CohortDialog, {
        data: { programmeId: cohort.programme.id, cohort },
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.cohort.set(updated);
        this.timeline()?.reload();
      });
  }

  protected addStartups(): void {
    this.openAdd(
      'startups',
      this.members().map((m) => m.startup.id),
      true,
    );
  }

  protected addMentors(): void {
    this.openAdd(
      'mentors',
      this.pool().map((p) => p.mentor.id),
      false,
    );
  }

  /** "Match mentors" / "Match investors": the dialog starts the run and opens its proposals. */
  protected startMatching(kind: MatchingKind): void {
    this.dialog.open<StartMatchingDialog, StartMatchingData, string>(StartMatchingDialog, {
      data: { cohortId: this.id(), kind },
    });
  }

  protected delete(): void {
    const cohort = this.cohort();
    if (!cohort) return;
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('cohorts.detail.deleteConfirm', { name: cohort.name }),
      confirm: this.transloco.translate('cohorts.detail.delete'),
    })
      .pipe(switchMap(() => this.api.deleteCohort(cohort.id)))
      .subscribe({
        next: () => void this.router.navigate(['/programmes', cohort.programme.id]),
        error: (error: unknown) => this.fail(error),
      });
  }

  private openAdd(kind: AddToCohortData['kind'], existingIds: string[], members: boolean): void {
    this.dialog
      .open<AddToCohortDialog, AddToCohortData, boolean>(AddToCohortDialog, {
        data: { kind, cohortId: this.id(), existingIds },
      })
      .afterClosed()
      .subscribe((added) => {
        if (added) this.refresh({ members });
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
