import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CallFunnel, DashboardCall } from '@kohorte/contracts';
import { DayPipe } from '../core/formats/format-pipes';
import { LanguageService } from '../core/i18n/language';

/** The funnel's steps on the dashboard, each a subset of the one before. */
const STEPS = ['applied', 'eligible', 'reviewed', 'accepted'] as const;
type Step = (typeof STEPS)[number];

interface CallSummary {
  call: DashboardCall;
  steps: { step: Step; count: number; percent: number }[];
  /** Submitted reviews as a share of those owed, 0–100. */
  reviewPercent: number;
}

function steps(funnel: CallFunnel): CallSummary['steps'] {
  // Bars relative to the applications submitted: a call with none draws empty bars.
  const base = Math.max(funnel.applied, 1);
  return STEPS.map((step) => ({
    step,
    count: funnel[step],
    percent: Math.round((funnel[step] / base) * 100),
  }));
}

/** The dashboard's calls: each open or recent call's funnel, time to decision and reviewers' progress. */
@Component({
  selector: 'app-call-funnels',
  imports: [DecimalPipe, DayPipe, RouterLink, TranslocoPipe],
  templateUrl: './call-funnels.html',
  styleUrl: './call-funnels.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallFunnels {
  readonly calls = input.required<DashboardCall[]>();
  protected readonly language = inject(LanguageService);

  protected readonly summaries = computed<CallSummary[]>(() =>
    this.calls().map((call) => ({
      call,
      steps: steps(call.funnel),
      reviewPercent:
        call.reviews.assigned === 0
          ? 0
          : Math.round((call.reviews.submitted / call.reviews.assigned) * 100),
    })),
  );
}
