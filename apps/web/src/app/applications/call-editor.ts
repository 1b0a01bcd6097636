import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CALL_PROFILE_FIELDS,
  formatReason,
  QUESTION_KINDS,
  YES_NO_ANSWERS,
} from '@kohorte/contracts';
import { FieldErrorPipe } from '../core/forms/field-error';
import { reasonOf } from '../core/forms/field-rule';
import { applyServerErrors } from '../core/http/api-errors';
import { LanguageService } from '../core/i18n/language';
import { ApplicationsApi } from './applications-api';
import {
  CallForm,
  callFormErrors,
  createCallForm,
  MomentGroup,
  optionGroup,
  placeErrors,
  QuestionGroup,
  questionGroup,
  toCallInput,
} from './call-form-model';

/**
 * `/cohorts/:id/call/edit`: the cohort's call for applications — dates in German time, the
 * public texts in both languages, the form's profile fields and questions, the eligibility
 * answers that exclude, and how long rejected applications are kept. Checked by the same rules
 * as the API before it is sent.
 */
@Component({
  selector: 'app-call-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './call-editor.html',
  styleUrl: './call-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallEditor implements OnInit {
  private readonly api = inject(ApplicationsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the cohort. */
  readonly id = input.required<string>();

  protected form: CallForm = createCallForm(null);
  protected readonly loading = signal(true);
  protected readonly exists = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly profileFields = CALL_PROFILE_FIELDS;
  protected readonly kinds = QUESTION_KINDS;
  protected readonly texts = ['title', 'intro', 'confirmation', 'consent'] as const;
  protected readonly langs = ['de', 'en'] as const;

  ngOnInit(): void {
    this.api.callOf(this.id()).subscribe({
      next: (call) => {
        this.form = createCallForm(call);
        this.exists.set(true);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (!(error instanceof HttpErrorResponse && error.status === 404)) {
          this.error.set(this.transloco.translate('errors.generic'));
        }
      },
    });
  }

  protected get questions(): FormArray<QuestionGroup> {
    return this.form.controls.questions;
  }

  protected addQuestion(): void {
    this.questions.push(questionGroup());
  }

  protected removeQuestion(index: number): void {
    this.questions.removeAt(index);
  }

  protected moveQuestion(index: number, by: -1 | 1): void {
    const target = index + by;
    if (target < 0 || target >= this.questions.length) return;
    const question = this.questions.at(index);
    this.questions.removeAt(index);
    this.questions.insert(target, question);
  }

  protected addOption(question: QuestionGroup): void {
    question.controls.options.push(optionGroup());
  }

  protected removeOption(question: QuestionGroup, index: number): void {
    const key = question.controls.options.at(index).controls.key.value;
    question.controls.options.removeAt(index);
    const excluding = question.controls.excludingAnswers;
    excluding.setValue(excluding.value.filter((answer) => answer !== key));
  }

  protected isChoice(question: QuestionGroup): boolean {
    const kind = question.controls.kind.value;
    return kind === 'singleChoice' || kind === 'multipleChoice';
  }

  protected isExcludable(question: QuestionGroup): boolean {
    return this.isChoice(question) || question.controls.kind.value === 'yesNo';
  }

  /** The answers an eligibility rule can name: the option keys, or yes/no. */
  protected answers(question: QuestionGroup): { key: string; label: string }[] {
    if (question.controls.kind.value === 'yesNo') {
      return YES_NO_ANSWERS.map((key) => ({
        key,
        label: this.transloco.translate(`applications.answers.${key}`),
      }));
    }
    const lang = this.language.lang();
    return question.controls.options.controls
      .filter((option) => option.controls.key.value.trim() !== '')
      .map((option) => ({
        key: option.controls.key.value,
        label: option.controls.label.controls[lang].value || option.controls.key.value,
      }));
  }

  /** The reason on a group (dates, a question's options), in the page's language. */
  protected groupError(group: MomentGroup | QuestionGroup['controls']['options']): string {
    const reason = reasonOf(group.errors);
    return reason ? formatReason(reason.code, reason.params, this.language.lang()) : '';
  }

  protected save(): void {
    if (this.saving()) return;
    this.error.set(null);
    const input = toCallInput(this.form);
    const problems = callFormErrors(input);
    if (problems.length > 0 || this.form.invalid) {
      placeErrors(this.form, problems);
      this.form.markAllAsTouched();
      this.error.set(this.transloco.translate('applications.editor.fixErrors'));
      return;
    }
    this.saving.set(true);
    this.api.putCall(this.id(), input).subscribe({
      next: () => void this.router.navigate(['/cohorts', this.id(), 'call']),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(
          applyServerErrors(
            this.form,
            error,
            this.transloco.translate('applications.editor.saveFailed'),
          ),
        );
      },
    });
  }
}
