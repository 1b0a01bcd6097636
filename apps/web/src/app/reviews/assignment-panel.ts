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
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AssignmentPair, AssignmentPreview, PinKind } from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { apiErrorText } from './api-error-text';
import { ReviewsApi } from './reviews-api';

interface ApplicationRow {
  id: string;
  name: string | null;
  pairs: AssignmentPair[];
  conflicts: { reviewerId: string; name: string; source: string }[];
  excluded: { reviewerId: string; name: string }[];
  /** Reviewers the manager may still pin here. */
  pinnable: { id: string; name: string }[];
}

/**
 * The proposed assignment of reviewers to the eligible applications (exact, from the matching
 * engine), with why each reviewer fits; the manager pins or excludes pairs, which runs it again,
 * and sends it: each reviewer gets their invitation and link.
 */
@Component({
  selector: 'app-assignment-panel',
  imports: [MatButtonModule, MatIconModule, MatSelectModule, MatTooltipModule, TranslocoPipe],
  templateUrl: './assignment-panel.html',
  styleUrl: './call-reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentPanel implements OnInit {
  private readonly api = inject(ReviewsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  readonly callId = input.required<string>();
  readonly sent = output<void>();

  protected readonly preview = signal<AssignmentPreview | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly rows = computed((): ApplicationRow[] => {
    const preview = this.preview();
    if (!preview) return [];
    const names = new Map(preview.reviewers.map((r) => [r.id, r.name]));
    return preview.applications.map((application) => {
      const pairs = preview.pairs.filter((p) => p.applicationId === application.id);
      const conflicts = preview.conflicts
        .filter((c) => c.applicationId === application.id)
        .map((c) => ({
          reviewerId: c.reviewerId,
          name: names.get(c.reviewerId) ?? '',
          source: c.source,
        }));
      const excluded = preview.pins
        .filter((p) => p.applicationId === application.id && p.kind === 'exclude')
        .map((p) => ({ reviewerId: p.reviewerId, name: names.get(p.reviewerId) ?? '' }));
      const taken = new Set([
        ...pairs.map((p) => p.reviewerId),
        ...conflicts.map((c) => c.reviewerId),
      ]);
      return {
        id: application.id,
        name: application.startupName,
        pairs,
        conflicts,
        excluded,
        pinnable: preview.reviewers
          .filter((r) => !taken.has(r.id))
          .map((r) => ({ id: r.id, name: r.name })),
      };
    });
  });
  protected readonly fresh = computed(
    () => this.preview()?.pairs.filter((pair) => !pair.invited).length ?? 0,
  );

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.api.assignment(this.callId()).subscribe({
      next: (preview) => this.preview.set(preview),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected reviewerName(id: string): string {
    return this.preview()?.reviewers.find((r) => r.id === id)?.name ?? '';
  }

  protected why(pair: AssignmentPair): string {
    const lang = this.language.lang();
    return pair.reasons.map((r) => `${r.reason[lang]} (${r.points}/${r.max})`).join(' · ');
  }

  protected pin(applicationId: string, reviewerId: string, kind: PinKind | null): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.pin(this.callId(), { applicationId, reviewerId, kind }).subscribe({
      next: (preview) => {
        this.busy.set(false);
        this.preview.set(preview);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected send(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.send(this.callId()).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.notice.set(this.transloco.translate('reviews.assignment.sentResult', result));
        this.load();
        this.sent.emit();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.error.set(
      apiErrorText(error, this.language.lang()) ?? this.transloco.translate('errors.generic'),
    );
  }
}
