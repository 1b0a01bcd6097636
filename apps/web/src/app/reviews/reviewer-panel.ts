import {
  ChangeDetectionStrategy,
  Component,
  computed,
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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  LOCALES,
  Locale,
  Mentor,
  REVIEWER_KINDS,
  Reviewer,
  ReviewerInput,
  ReviewerKind,
} from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { MentorsApi } from '../mentors/mentors-api';
import { apiErrorText } from './api-error-text';
import { ReviewsApi } from './reviews-api';

function emptyReviewer(): ReviewerInput {
  return {
    kind: 'external',
    userId: null,
    mentorId: null,
    name: '',
    email: '',
    locale: 'de',
    sectors: [],
    topics: [],
    stages: [],
    maxLoad: 10,
  };
}

/**
 * A call's reviewers with their progress (invited / submitted), and the form that adds one: an
 * external juror by name and email, a mentor of the records, or the signed-in staff member.
 */
@Component({
  selector: 'app-reviewer-panel',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    BerlinTimePipe,
  ],
  templateUrl: './reviewer-panel.html',
  styleUrl: './call-reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewerPanel implements OnInit {
  private readonly api = inject(ReviewsApi);
  private readonly mentorsApi = inject(MentorsApi);
  protected readonly vocabularies = inject(VocabularyStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly callId = input.required<string>();
  /** Reviewers changed: the other panels load again. */
  readonly changed = output<void>();

  protected readonly reviewers = signal<Reviewer[]>([]);
  protected readonly mentors = signal<Mentor[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected model: ReviewerInput = emptyReviewer();
  protected mentorQuery = '';
  protected readonly kinds = REVIEWER_KINDS;
  protected readonly locales = LOCALES;
  protected readonly sectors = this.vocabularies.options('sectors');
  protected readonly topics = this.vocabularies.options('topics');
  protected readonly stages = this.vocabularies.options('stages');
  protected readonly totals = computed(() => {
    const list = this.reviewers();
    return {
      invited: list.reduce((sum, r) => sum + r.invited, 0),
      submitted: list.reduce((sum, r) => sum + r.submitted, 0),
    };
  });

  ngOnInit(): void {
    this.vocabularies.ensureLoaded();
    this.load();
  }

  load(): void {
    this.api.reviewers(this.callId()).subscribe((list) => this.reviewers.set(list));
  }

  protected share(reviewer: Reviewer): number {
    return reviewer.invited === 0 ? 0 : Math.round((reviewer.submitted / reviewer.invited) * 100);
  }

  protected kindChanged(kind: ReviewerKind): void {
    this.model = { ...emptyReviewer(), kind, maxLoad: this.model.maxLoad };
    const user = this.session.user();
    if (kind === 'staff' && user) {
      this.model = {
        ...this.model,
        userId: user.id,
        name: user.name,
        email: user.email,
        locale: user.locale,
      };
    }
    if (kind === 'mentor') this.searchMentors();
  }

  protected searchMentors(): void {
    this.mentorsApi
      .list({ q: this.mentorQuery.trim() || undefined, pageSize: 50 })
      .subscribe((page) => this.mentors.set(page.items));
  }

  /** A mentor brings their name, email, language and expertise; all can still be changed. */
  protected pickMentor(mentorId: string): void {
    const mentor = this.mentors().find((m) => m.id === mentorId);
    if (!mentor) return;
    const locale: Locale =
      mentor.languages.includes('de') || !mentor.languages.includes('en') ? 'de' : 'en';
    this.model = {
      ...this.model,
      mentorId,
      name: mentor.fullName,
      email: mentor.email,
      locale,
      sectors: [...mentor.sectors],
      topics: [...mentor.expertise],
      stages: [...mentor.stages],
    };
  }

  protected add(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.addReviewer(this.callId(), this.model).subscribe({
      next: () => {
        this.busy.set(false);
        this.model = emptyReviewer();
        this.load();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorText(error, this.language.lang()) ?? 'error');
      },
    });
  }

  protected remove(reviewer: Reviewer): void {
    this.error.set(null);
    this.api.removeReviewer(reviewer.id).subscribe({
      next: () => {
        this.load();
        this.changed.emit();
      },
      error: (error: unknown) =>
        this.error.set(apiErrorText(error, this.language.lang()) ?? 'error'),
    });
  }
}
