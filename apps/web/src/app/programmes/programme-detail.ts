import { DayPipe } from '../core/formats/format-pipes';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { switchMap } from 'rxjs';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Cohort, MAX_PAGE_SIZE, Programme } from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { LanguageService } from '../core/i18n/language';
import { Timeline } from '../timeline/timeline';
import { CohortDialog, CohortDialogData } from './cohort-dialog';
import { apiMessage, CohortsApi, isNotFound } from './cohorts-api';
import { ProgrammeDialog } from './programme-dialog';

/** `/programmes/:id`: the programme, its cohorts ("New cohort") and its timeline. */
@Component({
  selector: 'app-programme-detail',
  imports: [
    RouterLink,
    DayPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    Timeline,
  ],
  templateUrl: './programme-detail.html',
  styleUrls: ['./lists.scss', './programme-detail.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeDetail implements OnInit {
  private readonly api = inject(CohortsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly programme = signal<Programme | null>(null);
  protected readonly cohorts = signal<Cohort[]>([]);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly columns = ['name', 'dates', 'status', 'startups', 'mentors'];
  private readonly timeline = viewChild(Timeline);

  ngOnInit(): void {
    this.api.getProgramme(this.id()).subscribe({
      next: (programme) => {
        this.programme.set(programme);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (isNotFound(error)) this.notFound.set(true);
        else this.failed.set(true);
      },
    });
    this.loadCohorts();
  }

  protected edit(): void {
    const programme = this.programme();
    if (!programme) return;
    this.dialog
      .open<ProgrammeDialog, Programme, Programme>(ProgrammeDialog, { data: programme })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.programme.set(updated);
        this.timeline()?.reload();
      });
  }

  protected newCohort(): void {
    this.dialog
      .open<CohortDialog, CohortDialogData, Cohort>(CohortDialog, {
        data: { programmeId: this.id() },
      })
      .afterClosed()
      .subscribe((cohort) => {
        if (!cohort) return;
        this.loadCohorts();
        this.programme.update((p) => (p ? { ...p, cohortCount: p.cohortCount + 1 } : p));
        this.snackBar.open(
          this.transloco.translate('cohorts.programmes.cohortCreated', { name: cohort.name }),
          undefined,
          { duration: 4000 },
        );
      });
  }

  protected delete(): void {
    const programme = this.programme();
    if (!programme) return;
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('cohorts.programmes.deleteConfirm', { name: programme.name }),
      confirm: this.transloco.translate('cohorts.programmes.delete'),
    })
      .pipe(switchMap(() => this.api.deleteProgramme(programme.id)))
      .subscribe({
        next: () => void this.router.navigate(['/programmes']),
        error: (error: unknown) => {
          if (
            error instanceof HttpErrorResponse &&
            (error.status === 401 || error.status === 403)
          ) {
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

  protected open(cohort: Cohort): void {
    void this.router.navigate(['/cohorts', cohort.id]);
  }

  protected placed(cohort: Cohort): number {
    return cohort.counts.accepted + cohort.counts.active;
  }

  private loadCohorts(): void {
    this.api.listCohorts({ programmeId: this.id(), pageSize: MAX_PAGE_SIZE }).subscribe({
      next: (page) => this.cohorts.set(page.items),
      error: () => this.cohorts.set([]),
    });
  }
}
