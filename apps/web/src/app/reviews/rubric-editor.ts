import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MAX_CRITERIA, MAX_REVIEWERS_PER_APPLICATION } from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { apiErrorText } from './api-error-text';
import { newCriterion, RubricModel, toModel, toRubricInput } from './rubric-model';
import { ReviewsApi } from './reviews-api';

/**
 * The call's rubric: criteria with weights and a description of each level from 1 to 5 in both
 * languages, how many reviewers each application gets, and the review deadline (German time).
 */
@Component({
  selector: 'app-rubric-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
  ],
  templateUrl: './rubric-editor.html',
  styleUrl: './call-reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricEditor implements OnInit {
  private readonly api = inject(ReviewsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly callId = input.required<string>();
  readonly saved = output<void>();

  protected readonly model = signal<RubricModel | null>(null);
  protected readonly isNew = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly maxCriteria = MAX_CRITERIA;
  protected readonly maxReviewers = MAX_REVIEWERS_PER_APPLICATION;
  protected readonly levelNumbers = [1, 2, 3, 4, 5];

  ngOnInit(): void {
    this.api.rubric(this.callId()).subscribe((rubric) => {
      this.isNew.set(rubric.criteria.length === 0);
      this.model.set(toModel(rubric));
    });
  }

  protected addCriterion(model: RubricModel): void {
    model.criteria.push(newCriterion(model.criteria.length));
    this.model.set({ ...model });
  }

  protected removeCriterion(model: RubricModel, index: number): void {
    model.criteria.splice(index, 1);
    this.model.set({ ...model });
  }

  protected save(model: RubricModel): void {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.api.putRubric(this.callId(), toRubricInput(model)).subscribe({
      next: (rubric) => {
        this.busy.set(false);
        this.isNew.set(false);
        this.model.set(toModel(rubric));
        this.notice.set(this.transloco.translate('reviews.rubric.saved'));
        this.saved.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(
          apiErrorText(error, this.language.lang()) ??
            this.transloco.translate('reviews.rubric.saveFailed'),
        );
      },
    });
  }
}
