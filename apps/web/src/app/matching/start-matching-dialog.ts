import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSliderModule } from '@angular/material/slider';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_MATCHING_K,
  INVESTOR_SCORE_PARTS,
  MatchingKind,
  MatchingRun,
  MatchScorePartName,
  MAX_MATCHING_K,
  MENTOR_SCORE_PARTS,
} from '@kohorte/contracts';
import { switchMap, takeWhile, timer } from 'rxjs';
import { FieldErrorPipe } from '../core/forms/field-error';
import { applyServerErrors } from '../core/http/api-errors';
import { MatchingApi } from './matching-api';

export interface StartMatchingData {
  cohortId: string;
  kind: MatchingKind;
}

/** The engine's default weights (packages/matching), shown as the sliders' starting points. */
const DEFAULT_WEIGHTS: Record<MatchScorePartName, number> = {
  topics: 45,
  sector: 15,
  stage: 10,
  language: 10,
  location: 10,
  capacity: 10,
  ticket: 25,
  region: 15,
};
const INVESTOR_DEFAULTS: Partial<Record<MatchScorePartName, number>> = { sector: 35, stage: 25 };

/** How often the dialog asks for the run's progress. */
export const POLL_MS = 1000;

/**
 * "Match mentors" / "Match investors": the run's parameters, then its progress until it is done
 * (it opens the proposals) or failed (it shows why).
 */
@Component({
  selector: 'app-start-matching-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSliderModule,
    MatSlideToggleModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './start-matching-dialog.html',
  styleUrl: './start-matching-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartMatchingDialog {
  private readonly api = inject(MatchingApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialogRef = inject<MatDialogRef<StartMatchingDialog, string>>(MatDialogRef);
  protected readonly data = inject<StartMatchingData>(MAT_DIALOG_DATA);

  protected readonly parts: readonly MatchScorePartName[] =
    this.data.kind === 'mentors' ? MENTOR_SCORE_PARTS : INVESTOR_SCORE_PARTS;
  protected readonly maxK = MAX_MATCHING_K;
  protected readonly form = new FormGroup({
    k: new FormControl(DEFAULT_MATCHING_K, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(MAX_MATCHING_K)],
    }),
    minScore: new FormControl(0, { nonNullable: true }),
    fairness: new FormControl(true, { nonNullable: true }),
    offerNextOnDecline: new FormControl(true, { nonNullable: true }),
    weights: new FormGroup(
      Object.fromEntries(
        this.parts.map((part) => [
          part,
          new FormControl(
            (this.data.kind === 'investors' ? INVESTOR_DEFAULTS[part] : undefined) ??
              DEFAULT_WEIGHTS[part],
            { nonNullable: true },
          ),
        ]),
      ) as Record<string, FormControl<number>>,
    ),
  });
  protected readonly starting = signal(false);
  protected readonly run = signal<MatchingRun | null>(null);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.starting() || this.run()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.starting.set(true);
    this.error.set(null);
    this.api
      .start(this.data.cohortId, {
        kind: this.data.kind,
        k: value.k,
        minScore: value.minScore,
        fairness: value.fairness,
        // Offers (and so declines) exist for mentors only.
        ...(this.data.kind === 'mentors' ? { offerNextOnDecline: value.offerNextOnDecline } : {}),
        weights: value.weights,
      })
      .subscribe({
        next: ({ id }) => this.watch(id),
        error: (error: unknown) => {
          this.starting.set(false);
          this.error.set(
            applyServerErrors(this.form, error, this.transloco.translate('errors.generic')),
          );
        },
      });
  }

  protected openProposals(): void {
    const run = this.run();
    if (!run) return;
    this.dialogRef.close(run.id);
    void this.router.navigate(['/cohorts', this.data.cohortId, 'matching', run.id]);
  }

  /** Polls the run until it ends; a finished run opens its proposals. */
  private watch(runId: string): void {
    timer(0, POLL_MS)
      .pipe(
        switchMap(() => this.api.run(runId)),
        takeWhile((run) => run.status === 'queued' || run.status === 'running', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (run) => {
          this.run.set(run);
          if (run.status === 'done') this.openProposals();
        },
        error: () => this.error.set(this.transloco.translate('errors.generic')),
      });
  }
}
