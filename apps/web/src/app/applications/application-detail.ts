import { DecimalPipe } from '@angular/common';
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
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AnswerValue,
  APPLICATION_FIELDS,
  ApplicationDetail,
  CallQuestion,
  Decision,
} from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { FieldErrorPipe } from '../core/forms/field-error';
import { fieldRule } from '../core/forms/field-rule';
import { applyServerErrors } from '../core/http/api-errors';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { apiMessage } from '../programmes/cohorts-api';
import { Timeline } from '../timeline/timeline';
import { ApplicationsApi } from './applications-api';

const VOCABULARY_FIELDS = {
  stage: 'stages',
  sectors: 'sectors',
  languages: 'languages',
  topics: 'topics',
} as const;

/**
 * `/applications/:id`: what an applicant gave — the startup's profile answers, the custom
 * questions' answers, the deck — with the eligibility mark, the decision and the timeline.
 */
@Component({
  selector: 'app-application-detail',
  imports: [
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
    BerlinTimePipe,
    Timeline,
  ],
  templateUrl: './application-detail.html',
  styleUrl: './application-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationDetailPage implements OnInit {
  private readonly api = inject(ApplicationsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly vocab = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly detail = signal<ApplicationDetail | null>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly markError = signal<string | null>(null);
  protected readonly reason = new FormControl<string>('', {
    nonNullable: true,
    validators: [fieldRule(APPLICATION_FIELDS.eligibilityReason)],
  });
  private readonly timeline = viewChild(Timeline);

  /** The profile answers that were given, labelled. */
  protected readonly profile = computed(() => {
    const detail = this.detail();
    if (!detail) return [];
    return (['name', ...detail.profileFields] as const)
      .map((field) => ({ field, value: this.profileValue(field, detail.profile[field]) }))
      .filter((row) => row.value !== '');
  });

  protected readonly answers = computed(() => {
    const detail = this.detail();
    if (!detail) return [];
    return detail.questions.map((question) => ({
      question,
      file: detail.files.find((file) => file.questionKey === question.key) ?? null,
      value: this.answerText(question, detail.answers[question.key]),
    }));
  });

  ngOnInit(): void {
    this.vocab.ensureLoaded();
    this.api.detail(this.id()).subscribe({
      next: (detail) => this.show(detail),
      error: () => this.notFound.set(true),
    });
  }

  protected fileUrl(questionKey: string): string {
    return this.api.fileUrl(this.id(), questionKey);
  }

  protected mark(eligible: boolean): void {
    if (this.busy()) return;
    this.markError.set(null);
    if (!eligible && this.reason.value.trim() === '') {
      this.reason.setErrors({ reason: { code: 'reasonRequired', params: {} } });
      this.reason.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.mark(this.id(), { eligible, reason: this.reason.value.trim() || null }).subscribe({
      next: (detail) => {
        this.busy.set(false);
        this.show(detail);
        this.timeline()?.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.markError.set(
          applyServerErrors(this.reason, error, this.transloco.translate('errors.generic')),
        );
      },
    });
  }

  protected decide(decision: Decision): void {
    const detail = this.detail();
    if (!detail || this.busy()) return;
    this.busy.set(true);
    this.api.decide(detail.callId, { applicationIds: [detail.id], decision }).subscribe({
      next: (result) => {
        this.busy.set(false);
        const skip = result.skipped[0];
        this.snackBar.open(
          skip
            ? this.transloco.translate(`applications.skip.${skip.reason}`)
            : this.transloco.translate(`applications.call.decided.${decision}`, { count: 1 }),
          undefined,
          { duration: 6000, panelClass: skip ? 'snack-error' : undefined },
        );
        this.api.detail(detail.id).subscribe((next) => this.show(next));
        this.timeline()?.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
          return;
        }
        this.snackBar.open(
          apiMessage(error) ?? this.transloco.translate('errors.generic'),
          undefined,
          {
            duration: 6000,
            panelClass: 'snack-error',
          },
        );
      },
    });
  }

  private show(detail: ApplicationDetail): void {
    this.detail.set(detail);
    this.reason.reset(detail.eligibilityReason ?? '');
  }

  private profileValue(field: string, value: unknown): string {
    if (value === null || value === undefined) return '';
    const kind = VOCABULARY_FIELDS[field as keyof typeof VOCABULARY_FIELDS];
    if (Array.isArray(value)) {
      return value
        .map((key) => (kind ? this.vocab.label(kind, String(key)) : String(key)))
        .join(', ');
    }
    if (kind) return this.vocab.label(kind, String(value));
    return typeof value === 'number' ? value.toLocaleString(this.language.lang()) : String(value);
  }

  private answerText(question: CallQuestion, value: AnswerValue | undefined): string {
    if (value === null || value === undefined) return '';
    const lang = this.language.lang();
    const labelOf = (key: string): string => {
      if (question.kind === 'yesNo') return this.transloco.translate(`applications.answers.${key}`);
      return question.options?.find((option) => option.key === key)?.label[lang] ?? key;
    };
    if (Array.isArray(value)) return value.map(labelOf).join(', ');
    if (question.kind === 'singleChoice' || question.kind === 'yesNo')
      return labelOf(String(value));
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  }
}
