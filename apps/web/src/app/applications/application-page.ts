import { DatePipe } from '@angular/common';
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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ApiErrorBody,
  ApplicantView,
  ApplicationFile,
  CallQuestion,
  formatReason,
  LinkFailure,
  PITCH_DECK_MAX_BYTES,
  Vocabularies,
  VocabularyKind,
  YES_NO_ANSWERS,
} from '@kohorte/contracts';
import {
  concatMap,
  debounceTime,
  EMPTY,
  filter,
  finalize,
  Observable,
  of,
  Subject,
  tap,
} from 'rxjs';
import { catchError } from 'rxjs/operators';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { LinkError } from '../respond/link-error';
import { linkFailure, RespondApi } from '../respond/respond-api';
import { ApplicantData } from './applicant-data';
import { ApplicantApi } from './applications-api';
import {
  ApplicationForm,
  createApplicationForm,
  PROFILE_INPUTS,
  ProfileFieldName,
  toSaveRequest,
} from './application-form-model';

/** How long typing pauses before the form saves itself. */
const AUTOSAVE_MS = 1000;

const PROFILE_VOCABULARIES: Partial<Record<ProfileFieldName, VocabularyKind>> = {
  stage: 'stages',
  sectors: 'sectors',
  languages: 'languages',
  topics: 'topics',
};

/**
 * `/respond/application/:token`: the applicant's own application, through the link mailed to
 * them. Every change saves itself (and the page says when it last did), so the form can be
 * filled over several visits; the deck uploads when picked; Submit asks for the consent to the
 * processing the call states. After submitting, the page shows where the application stands.
 */
@Component({
  selector: 'app-application-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    BerlinTimePipe,
    LinkError,
    ApplicantData,
  ],
  templateUrl: './application-page.html',
  styleUrl: './public-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationPage implements OnInit {
  private readonly api = inject(ApplicantApi);
  private readonly respond = inject(RespondApi);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly view = signal<ApplicantView | null>(null);
  protected readonly failure = signal<LinkFailure | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly vocabularies = signal<Vocabularies | null>(null);
  protected form: ApplicationForm | null = null;
  protected readonly saveState = signal<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  protected readonly savedAt = signal<Date | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly fileErrors = signal<Record<string, string>>({});
  protected readonly uploading = signal<string | null>(null);
  protected readonly yesNo = YES_NO_ANSWERS;
  protected readonly inputs = PROFILE_INPUTS;
  protected readonly maxMb = PITCH_DECK_MAX_BYTES / 1024 / 1024;
  private readonly saves = new Subject<void>();

  protected readonly profileFields = computed((): ProfileFieldName[] => [
    'name',
    ...(this.view()?.call.profileFields ?? []),
  ]);
  protected readonly editable = computed(() => {
    const view = this.view();
    return view !== null && view.status === 'draft' && view.call.phase === 'open';
  });

  ngOnInit(): void {
    this.respond
      .vocabularies()
      .subscribe({ next: (v) => this.vocabularies.set(v), error: () => undefined });
    this.api.view(this.token()).subscribe({
      next: (view) => this.show(view),
      error: (error: unknown) => this.loadError(error),
    });
    // One save at a time, in order; typing meanwhile queues the next.
    this.saves
      .pipe(
        debounceTime(AUTOSAVE_MS),
        concatMap(() => this.saveNow()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  protected options(field: ProfileFieldName): { key: string; label: string }[] {
    const kind = PROFILE_VOCABULARIES[field];
    if (!kind) return [];
    const lang = this.language.lang();
    return [...(this.vocabularies()?.[kind] ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((term) => ({ key: term.key, label: lang === 'de' ? term.labelDe : term.labelEn }));
  }

  protected fileOf(key: string): ApplicationFile | null {
    return this.view()?.files.find((file) => file.questionKey === key) ?? null;
  }

  protected pick(question: CallQuestion, event: Event): void {
    const element = event.target as HTMLInputElement;
    const file = element.files?.[0];
    element.value = '';
    if (!file) return;
    this.setFileError(question.key, null);
    this.uploading.set(question.key);
    this.api
      .upload(this.token(), question.key, file)
      .pipe(finalize(() => this.uploading.set(null)))
      .subscribe({
        next: (stored) => {
          const view = this.view();
          if (view) {
            const files = [
              ...view.files.filter((f) => f.questionKey !== stored.questionKey),
              stored,
            ];
            this.view.set({ ...view, files });
          }
        },
        error: (error: unknown) => this.setFileError(question.key, this.reasonText(error)),
      });
  }

  protected removeFile(question: CallQuestion): void {
    this.api.removeFile(this.token(), question.key).subscribe({
      next: () => {
        const view = this.view();
        if (view)
          this.view.set({
            ...view,
            files: view.files.filter((f) => f.questionKey !== question.key),
          });
      },
      error: (error: unknown) => this.setFileError(question.key, this.reasonText(error)),
    });
  }

  protected submit(): void {
    const form = this.form;
    const view = this.view();
    if (!form || !view || this.submitting()) return;
    this.error.set(null);
    if (!form.controls.consent.value) {
      form.controls.consent.setErrors({ required: true });
      form.controls.consent.markAsTouched();
      this.error.set(this.transloco.translate('applications.form.consentNeeded'));
      return;
    }
    this.submitting.set(true);
    // Whatever was typed last is saved first, then submitted.
    this.saveNow()
      .pipe(
        concatMap(() => this.api.submit(this.token(), view.call.consentVersion)),
        finalize(() => this.submitting.set(false)),
      )
      .subscribe({
        next: (submitted) => this.show(submitted),
        error: (error: unknown) => this.failed(error),
      });
  }

  private saveNow(): Observable<unknown> {
    const form = this.form;
    if (!form || !this.editable()) return of(null);
    this.saveState.set('saving');
    return this.api.save(this.token(), toSaveRequest(form)).pipe(
      tap(() => {
        this.saveState.set('saved');
        this.savedAt.set(new Date());
      }),
      catchError((error: unknown) => {
        this.saveState.set('failed');
        this.failed(error);
        return EMPTY;
      }),
    );
  }

  private show(view: ApplicantView): void {
    const first = this.view() === null;
    this.view.set(view);
    if (first || view.status !== 'draft') {
      this.form = createApplicationForm(view);
      if (view.status === 'draft') {
        this.form.valueChanges
          .pipe(
            filter(() => this.editable()),
            takeUntilDestroyed(this.destroyRef),
          )
          .subscribe(() => this.saves.next());
      }
    }
  }

  private failed(error: unknown): void {
    const reason = linkFailure(error);
    if (reason) {
      this.failure.set(reason);
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 429) {
      this.error.set(this.transloco.translate('respond.tooMany'));
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 409) {
      // Closed, or submitted meanwhile (another tab): the page shows where it stands now.
      this.error.set(this.reasonText(error));
      this.api
        .view(this.token())
        .subscribe({ next: (view) => this.view.set(view), error: () => undefined });
      return;
    }
    if (!this.form) return;
    const message = applyServerErrors(
      this.form,
      error,
      this.transloco.translate('applications.form.saveFailed'),
    );
    // A missing deck has no control: it is shown beside its upload.
    for (const fieldError of error instanceof HttpErrorResponse
      ? ((error.error as ApiErrorBody)?.errors ?? [])
      : []) {
      const key = /^answers\.([^.]+)$/.exec(fieldError.field)?.[1];
      if (key && !this.form.controls.answers.contains(key) && fieldError.code) {
        this.setFileError(
          key,
          formatReason(fieldError.code, fieldError.params, this.language.lang()),
        );
      }
    }
    this.error.set(message ?? this.transloco.translate('applications.form.fixErrors'));
  }

  private loadError(error: unknown): void {
    const reason = linkFailure(error);
    if (reason) this.failure.set(reason);
    else if (error instanceof HttpErrorResponse && error.status === 429)
      this.failure.set('unknown');
    else this.loadFailed.set(true);
  }

  /** The API's reason for a refused request, in the page's language. */
  private reasonText(error: unknown): string {
    const body = error instanceof HttpErrorResponse ? (error.error as ApiErrorBody | null) : null;
    const first = body?.errors?.[0];
    if (first?.code) return formatReason(first.code, first.params, this.language.lang());
    return body?.message ?? this.transloco.translate('applications.form.saveFailed');
  }

  private setFileError(key: string, message: string | null): void {
    const next = { ...this.fileErrors() };
    if (message) next[key] = message;
    else delete next[key];
    this.fileErrors.set(next);
  }
}
