import { LoadFigure } from '../core/formats/load-figure';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CohortPoolMentor } from '@kohorte/contracts';
import { loadPercent } from './board-state';
import { apiMessage, CohortsApi } from './cohorts-api';

/** The cohort's mentor pool: each mentor's live load against their capacity, over all cohorts. */
@Component({
  selector: 'app-mentor-pool',
  imports: [
    LoadFigure,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './mentor-pool.html',
  styleUrl: './mentor-pool.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MentorPool {
  private readonly api = inject(CohortsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly cohortId = input.required<string>();
  readonly pool = input.required<CohortPoolMentor[]>();
  readonly canWrite = input(false);
  /** "Add mentors" was pressed. */
  readonly add = output<void>();
  /** A mentor left the pool (their mentorships in this cohort ended). */
  readonly changed = output<void>();

  protected readonly loadPercent = loadPercent;

  protected remove(entry: CohortPoolMentor): void {
    this.api.removeMentor(this.cohortId(), entry.mentor.id).subscribe({
      next: () => this.changed.emit(),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
          return;
        }
        this.snackBar.open(
          apiMessage(error) ?? this.transloco.translate('errors.generic'),
          undefined,
          { duration: 6000, panelClass: 'snack-error' },
        );
      },
    });
  }
}
