import { LoadFigure } from '../core/formats/load-figure';
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
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Mentee, Mentor } from '@kohorte/contracts';
import { Observable, switchMap } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { Timeline } from '../timeline/timeline';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { isNotFound, MentorsApi } from './mentors-api';

/** `/mentors/:id`: the profile, load against capacity, mentees, and the timeline. */
@Component({
  selector: 'app-mentor-detail',
  imports: [
    LoadFigure,
    RouterLink,
    DayPipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    Timeline,
  ],
  templateUrl: './mentor-detail.html',
  styleUrl: './mentor-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorDetail implements OnInit {
  private readonly api = inject(MentorsApi);
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

  protected readonly mentor = signal<Mentor | null>(null);
  protected readonly mentees = signal<Mentee[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);

  protected readonly current = computed(() => (this.mentees() ?? []).filter((m) => !m.endedAt));
  protected readonly past = computed(() => (this.mentees() ?? []).filter((m) => m.endedAt));
  /** Share of the capacity in use, 0–100 (a mentor over capacity shows a full bar). */
  protected readonly loadPercent = computed(() => {
    const mentor = this.mentor();
    if (!mentor) return 0;
    const used = mentor.load + mentor.offered;
    if (mentor.capacity === 0) return used > 0 ? 100 : 0;
    return Math.min(100, Math.round((used / mentor.capacity) * 100));
  });

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    this.api.get(this.id()).subscribe({
      next: (mentor) => {
        this.mentor.set(mentor);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (isNotFound(error)) this.notFound.set(true);
        else this.failed.set(true);
      },
    });
    this.api.mentees(this.id()).subscribe({
      next: (mentees) => this.mentees.set(mentees),
      // The profile says whether the mentor exists; an empty list is the quiet fallback here.
      error: () => this.mentees.set([]),
    });
  }

  protected archive(): void {
    this.change(this.api.archive(this.id()), 'mentors.detail.archived');
  }

  protected restore(): void {
    this.change(this.api.restore(this.id()), 'mentors.detail.restored');
  }

  protected erase(): void {
    const mentor = this.mentor();
    if (!mentor) return;
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('mentors.erase.title', { name: mentor.fullName }),
      message: this.transloco.translate('mentors.erase.text', { name: mentor.fullName }),
      confirm: this.transloco.translate('mentors.erase.confirm'),
    })
      .pipe(
        switchMap(() => {
          this.busy.set(true);
          return this.api.remove(mentor.id);
        }),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(
            this.transloco.translate('mentors.erase.done', { name: mentor.fullName }),
            undefined,
            { duration: 4000 },
          );
          void this.router.navigate(['/mentors']);
        },
        error: (error: unknown) => this.failedChange(error),
      });
  }

  private change(request: Observable<Mentor>, messageKey: string): void {
    this.busy.set(true);
    request.subscribe({
      next: (mentor) => {
        this.mentor.set(mentor);
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
