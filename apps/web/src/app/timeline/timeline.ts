import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TimelineEntry, NOTE_MAX_LENGTH, SubjectType } from '@kohorte/contracts';
import { Subscription } from 'rxjs';
import { SessionStore } from '../core/auth/session';
import { FieldErrorPipe } from '../core/forms/field-error';
import { notBlank } from '../core/forms/validators';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { TimelineApi } from './timeline-api';
import { EntryView, TimelineFormatter } from './timeline-format';

export const TIMELINE_PAGE_SIZE = 20;

const noteBody = () =>
  new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, notBlank, Validators.maxLength(NOTE_MAX_LENGTH)],
  });

/**
 * A record's timeline, newest first, with "show more" paging, and its notes: written on top
 * (not by viewers), edited inline and deleted (by their author or an admin). Call `reload()`
 * after the page changed the record, so that the new entry shows.
 */
@Component({
  selector: 'app-timeline',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './timeline.html',
  styleUrl: './timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Timeline {
  private readonly api = inject(TimelineApi);
  private readonly formatter = inject(TimelineFormatter);
  private readonly transloco = inject(TranslocoService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly language = inject(LanguageService);
  private readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);

  readonly subjectType = input.required<SubjectType>();
  readonly subjectId = input.required<string>();

  private readonly entries = signal<TimelineEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The note being edited inline, and the one whose deletion waits for confirmation. */
  protected readonly editingId = signal<string | null>(null);
  protected readonly confirmingId = signal<string | null>(null);
  private loadedPages = 0;
  private request: Subscription | null = null;

  // Re-rendered when the language or its translations change, or the vocabularies arrive.
  private readonly translation = toSignal(this.transloco.selectTranslation());
  protected readonly views = computed<EntryView[]>(() => {
    this.language.lang();
    this.translation();
    const now = new Date();
    return this.entries().map((entry) => this.formatter.view(entry, now));
  });
  protected readonly hasMore = computed(() => this.entries().length < this.total());

  protected readonly noteForm = new FormGroup({ body: noteBody() });
  protected readonly editForm = new FormGroup({ body: noteBody() });
  protected readonly maxLength = NOTE_MAX_LENGTH;

  constructor() {
    this.vocab.ensureLoaded();
    effect(() => {
      const subjectType = this.subjectType();
      const subjectId = this.subjectId();
      untracked(() => this.load(subjectType, subjectId, 1));
    });
  }

  /** Shows the timeline from its newest entry again (after the page changed the record). */
  reload(): void {
    this.load(this.subjectType(), this.subjectId(), 1);
  }

  protected showMore(): void {
    this.load(this.subjectType(), this.subjectId(), this.loadedPages + 1);
  }

  protected retry(): void {
    this.load(this.subjectType(), this.subjectId(), this.loadedPages + 1);
  }

  protected canChange(entry: TimelineEntry): boolean {
    if (entry.kind !== 'note' || entry.deletedAt !== null || !this.session.canWrite()) return false;
    const user = this.session.user();
    return this.session.isAdmin() || (user !== null && entry.actor?.id === user.id);
  }

  protected addNote(): void {
    if (this.saving()) return;
    if (this.noteForm.invalid) {
      this.noteForm.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.api
      .addNote({
        subjectType: this.subjectType(),
        subjectId: this.subjectId(),
        body: this.noteForm.controls.body.value.trim(),
      })
      .subscribe({
        next: (entry) => {
          this.saving.set(false);
          this.entries.update((entries) => [entry, ...entries]);
          this.total.update((total) => total + 1);
          this.noteForm.reset();
          this.snackBar.open(this.transloco.translate('timeline.note.saved'), undefined, {
            duration: 3000,
          });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(this.failure(this.noteForm, error));
        },
      });
  }

  protected startEdit(entry: TimelineEntry): void {
    this.confirmingId.set(null);
    this.editForm.reset({ body: entry.body ?? '' });
    this.editingId.set(entry.id);
  }

  protected cancelEdit(): void {
    this.editingId.set(null);
  }

  protected saveEdit(entry: TimelineEntry): void {
    if (this.saving()) return;
    if (this.editForm.invalid) {
      this.editForm.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.editNote(entry.id, this.editForm.controls.body.value.trim()).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.replace(saved);
        this.editingId.set(null);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const message = this.failure(this.editForm, error);
        if (message) this.notify(message);
      },
    });
  }

  protected askDelete(entry: TimelineEntry): void {
    this.editingId.set(null);
    this.confirmingId.set(entry.id);
  }

  protected cancelDelete(): void {
    this.confirmingId.set(null);
  }

  protected confirmDelete(entry: TimelineEntry): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.api.deleteNote(entry.id).subscribe({
      next: (tombstone) => {
        this.saving.set(false);
        this.confirmingId.set(null);
        this.replace(tombstone);
        this.snackBar.open(this.transloco.translate('timeline.note.deleted'), undefined, {
          duration: 3000,
        });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.confirmingId.set(null);
        const message = this.failure(null, error);
        if (message) this.notify(message);
      },
    });
  }

  private load(subjectType: SubjectType, subjectId: string, page: number): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.failed.set(false);
    if (page === 1) {
      this.editingId.set(null);
      this.confirmingId.set(null);
    }
    this.request = this.api.list(subjectType, subjectId, page, TIMELINE_PAGE_SIZE).subscribe({
      next: (result) => {
        this.loading.set(false);
        this.loadedPages = page;
        this.total.set(result.total);
        if (page === 1) {
          this.entries.set(result.items);
        } else {
          // Entries written since the first page shift the pages: skip what is already shown.
          this.entries.update((entries) => {
            const shown = new Set(entries.map((entry) => entry.id));
            return [...entries, ...result.items.filter((entry) => !shown.has(entry.id))];
          });
        }
      },
      error: () => {
        this.loading.set(false);
        this.failed.set(true);
      },
    });
  }

  private replace(saved: TimelineEntry): void {
    this.entries.update((entries) =>
      entries.map((entry) => (entry.id === saved.id ? saved : entry)),
    );
  }

  /** The message for a failed write; field errors go beside the field. */
  private failure(form: FormGroup | null, error: unknown): string | null {
    const fallback = this.transloco.translate('errors.generic');
    if (form) return applyServerErrors(form, error, fallback);
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
      return null;
    }
    return fallback;
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 6000, panelClass: 'snack-error' });
  }
}
