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
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApplicantAccessReport, ApplicantAccessReportState } from '@kohorte/contracts';
import { Observable, Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { saveBlob } from '../core/files/save-blob';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { ApplicantApi } from './applications-api';

/** How often the page asks how far a report under way got. */
export const ACCESS_REPORT_POLL_MS = 3000;

const underWay = (report: ApplicantAccessReport | null) =>
  report?.status === 'queued' || report?.status === 'running';

/**
 * "Request my data" on the applicant's link page: asks for the access report about this
 * application (built in the background, in the application's language), follows it and offers
 * the download once it is ready. The link decides whose data it is; no id travels.
 */
@Component({
  selector: 'app-applicant-data',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, BerlinTimePipe],
  templateUrl: './applicant-data.html',
  styleUrl: './applicant-data.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantData implements OnInit {
  private readonly api = inject(ApplicantApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService);

  /** The application link's token. */
  readonly token = input.required<string>();

  protected readonly report = signal<ApplicantAccessReport | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<'tooMany' | 'failed' | null>(null);
  protected readonly underWay = computed(() => underWay(this.report()));
  /** Asking is offered before the first report, after a failed one and once one expired. */
  protected readonly mayRequest = computed(() => {
    const report = this.report();
    return report === null || report.status === 'failed';
  });
  private polling: Subscription | null = null;

  ngOnInit(): void {
    this.follow(this.api.accessReport(this.token()));
  }

  protected request(): void {
    this.busy.set(true);
    this.follow(this.api.requestAccessReport(this.token()));
  }

  protected download(format: 'html' | 'json'): void {
    const report = this.report();
    if (!report) return;
    this.api.downloadAccessReport(this.token(), format).subscribe({
      next: (blob) => saveBlob(blob, `access-report-${report.createdAt.slice(0, 10)}.${format}`),
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Shows the state, then asks again every few seconds while the report is under way. */
  private follow(first: Observable<ApplicantAccessReportState>): void {
    this.polling?.unsubscribe();
    this.error.set(null);
    this.polling = first
      .pipe(
        switchMap((state) => {
          this.show(state);
          return timer(ACCESS_REPORT_POLL_MS, ACCESS_REPORT_POLL_MS).pipe(
            takeWhile(() => this.underWay()),
            switchMap(() => this.api.accessReport(this.token())),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (state) => this.show(state),
        error: (error: unknown) => this.failed(error),
      });
  }

  private show(state: ApplicantAccessReportState): void {
    this.busy.set(false);
    this.report.set(state.report);
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.error.set(
      error instanceof HttpErrorResponse && error.status === 429 ? 'tooMany' : 'failed',
    );
  }
}
