import { DecimalPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  LinkFailure,
  RECOMMENDATIONS,
  REVIEW_COMMENT_MAX_LENGTH,
  ReviewerView,
  ReviewTask,
  Vocabularies,
  VocabularyKind,
} from '@kohorte/contracts';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { LinkError } from '../respond/link-error';
import { linkFailure, RespondApi } from '../respond/respond-api';
import { apiErrorText } from './api-error-text';
import { draftOf, draftScore, ReviewDraft, toSaveRequest } from './review-draft';
import { ReviewerLinkApi } from './reviews-api';

/**
 * `/respond/review/:token`: a reviewer's page, through the link mailed to them. Each assigned
 * application with the rubric: a score from 1 to 5 per criterion (each level described), a
 * comment each, a recommendation; saved as a draft or submitted (then it no longer changes).
 * A reviewer who is not impartial declares a conflict instead. Only their own reviews show.
 */
@Component({
  selector: 'app-review-page',
  imports: [
    DecimalPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    BerlinTimePipe,
    LinkError,
  ],
  templateUrl: './review-page.html',
  styleUrls: ['../applications/public-pages.scss', './review-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage implements OnInit {
  private readonly api = inject(ReviewerLinkApi);
  private readonly respond = inject(RespondApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly view = signal<ReviewerView | null>(null);
  protected readonly failure = signal<LinkFailure | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly vocabularies = signal<Vocabularies | null>(null);
  protected readonly drafts = signal<Record<string, ReviewDraft>>({});
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly notices = signal<Record<string, string>>({});
  protected readonly busy = signal<string | null>(null);
  protected readonly conflictNotes = signal<Partial<Record<string, string>>>({});
  protected readonly recommendations = RECOMMENDATIONS;
  protected readonly commentMax = REVIEW_COMMENT_MAX_LENGTH;
  protected readonly scale = [1, 2, 3, 4, 5];
  protected readonly draftScore = draftScore;

  ngOnInit(): void {
    this.respond
      .vocabularies()
      .subscribe({ next: (v) => this.vocabularies.set(v), error: () => undefined });
    this.api.view(this.token()).subscribe({
      next: (view) => this.show(view),
      error: (error: unknown) => {
        const reason = linkFailure(error);
        if (reason) this.failure.set(reason);
        else this.loadFailed.set(true);
      },
    });
  }

  protected label(kind: VocabularyKind, key: string): string {
    const term = this.vocabularies()?.[kind].find((t) => t.key === key);
    if (!term) return key;
    return this.language.lang() === 'de' ? term.labelDe : term.labelEn;
  }

  protected draft(task: ReviewTask): ReviewDraft {
    return this.drafts()[task.applicationId];
  }

  /** Marks the draft changed (ngModel wrote into it) so that the weighted score follows. */
  protected touched(task: ReviewTask): void {
    this.drafts.set({ ...this.drafts(), [task.applicationId]: { ...this.draft(task) } });
    this.setNotice(task, '');
  }

  protected save(task: ReviewTask, submit: boolean): void {
    this.busy.set(task.applicationId);
    this.setError(task, '');
    this.api
      .save(this.token(), task.applicationId, toSaveRequest(this.draft(task), submit))
      .subscribe({
        next: (view) => {
          this.busy.set(null);
          this.show(view, task.applicationId);
          this.setNotice(
            task,
            this.transloco.translate(submit ? 'reviews.page.submitted' : 'reviews.page.saved'),
          );
        },
        error: (error: unknown) => this.failed(task, error),
      });
  }

  protected conflict(task: ReviewTask, conflict: boolean): void {
    this.busy.set(task.applicationId);
    this.setError(task, '');
    const note = this.conflictNotes()[task.applicationId]?.trim() || null;
    this.api.conflict(this.token(), task.applicationId, { conflict, note }).subscribe({
      next: (view) => {
        this.busy.set(null);
        this.show(view, task.applicationId);
      },
      error: (error: unknown) => this.failed(task, error),
    });
  }

  /** Downloads a deck: the link's token travels in a header, so the file comes as a blob. */
  protected download(task: ReviewTask, file: ReviewTask['files'][number]): void {
    this.api.file(this.token(), task.applicationId, file.questionKey).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.download = file.fileName;
        anchor.click();
        URL.revokeObjectURL(url);
      },
      error: (error: unknown) => this.failed(task, error),
    });
  }

  protected setConflictNote(task: ReviewTask, note: string): void {
    this.conflictNotes.set({ ...this.conflictNotes(), [task.applicationId]: note });
  }

  private failed(task: ReviewTask, error: unknown): void {
    this.busy.set(null);
    const reason = linkFailure(error);
    if (reason) {
      this.failure.set(reason);
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 429) {
      this.setError(task, this.transloco.translate('respond.tooMany'));
      return;
    }
    this.setError(
      task,
      apiErrorText(error, this.language.lang()) ??
        this.transloco.translate('reviews.page.saveFailed'),
    );
  }

  /** Shows the view; keeps what the reviewer typed elsewhere unless `only` names the task. */
  private show(view: ReviewerView, only?: string): void {
    this.view.set(view);
    const drafts = { ...this.drafts() };
    for (const task of view.tasks) {
      if (only === undefined || only === task.applicationId || !drafts[task.applicationId]) {
        drafts[task.applicationId] = draftOf(task, view.rubric);
      }
    }
    this.drafts.set(drafts);
  }

  private setError(task: ReviewTask, text: string): void {
    this.errors.set({ ...this.errors(), [task.applicationId]: text });
  }

  private setNotice(task: ReviewTask, text: string): void {
    this.notices.set({ ...this.notices(), [task.applicationId]: text });
  }
}
