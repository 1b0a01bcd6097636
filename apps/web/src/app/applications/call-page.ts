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
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  APPLICATION_STATUSES,
  ApplicationListItem,
  ApplicationStatus,
  Call,
  CALL_PAGE_PATH,
  CallFunnel,
  Decision,
  ELIGIBILITY_STATES,
  EligibilityState,
  Page,
} from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { LanguageService } from '../core/i18n/language';
import { apiMessage } from '../programmes/cohorts-api';
import { ApplicationsApi } from './applications-api';

const PAGE_SIZE = 50;

/**
 * `/cohorts/:id/call`: the cohort's call — its dates and public page, the funnel, and the
 * screening list with filters, search, export and decisions in bulk.
 */
@Component({
  selector: 'app-call-page',
  imports: [
    DecimalPipe,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    BerlinTimePipe,
  ],
  templateUrl: './call-page.html',
  styleUrl: './call-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallPage implements OnInit {
  private readonly api = inject(ApplicationsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the cohort. */
  readonly id = input.required<string>();

  protected readonly call = signal<Call | null>(null);
  protected readonly missing = signal(false);
  protected readonly failed = signal(false);
  protected readonly funnel = signal<CallFunnel | null>(null);
  protected readonly page = signal<Page<ApplicationListItem> | null>(null);
  protected readonly loading = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly deciding = signal(false);

  protected status: ApplicationStatus | '' = '';
  protected eligibility: EligibilityState | '' = '';
  protected q = '';
  protected pageNumber = 1;
  protected readonly statuses = APPLICATION_STATUSES;
  protected readonly eligibilities = ELIGIBILITY_STATES;

  protected readonly publicUrl = computed(() => {
    const call = this.call();
    return call ? `${location.origin}${CALL_PAGE_PATH}/${call.id}` : '';
  });
  protected readonly allSelected = computed(() => {
    const items = this.page()?.items ?? [];
    return items.length > 0 && items.every((item) => this.selected().has(item.id));
  });
  protected readonly funnelSteps = computed(() => {
    const funnel = this.funnel();
    if (!funnel) return [];
    const top = Math.max(funnel.applied, 1);
    return (['applied', 'eligible', 'reviewed', 'accepted'] as const).map((step) => ({
      step,
      count: funnel[step],
      share: Math.round((funnel[step] / top) * 100),
    }));
  });

  ngOnInit(): void {
    this.api.callOf(this.id()).subscribe({
      next: (call) => {
        this.call.set(call);
        this.reload();
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 404) this.missing.set(true);
        else this.failed.set(true);
      },
    });
  }

  protected reload(): void {
    const call = this.call();
    if (!call) return;
    this.loading.set(true);
    this.api.funnel(call.id).subscribe((funnel) => this.funnel.set(funnel));
    this.api
      .list(call.id, { ...this.query(), page: this.pageNumber, pageSize: PAGE_SIZE })
      .subscribe({
        next: (page) => {
          this.page.set(page);
          this.loading.set(false);
          const ids = new Set(page.items.map((item) => item.id));
          this.selected.set(new Set([...this.selected()].filter((id) => ids.has(id))));
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.fail(error);
        },
      });
  }

  protected filter(): void {
    this.pageNumber = 1;
    this.reload();
  }

  protected goTo(page: number): void {
    this.pageNumber = page;
    this.reload();
  }

  protected exportUrl(): string {
    const call = this.call();
    return call ? this.api.exportUrl(call.id, this.query()) : '';
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(on ? new Set((this.page()?.items ?? []).map((item) => item.id)) : new Set());
  }

  protected decide(decision: Decision): void {
    const call = this.call();
    const ids = [...this.selected()];
    if (!call || ids.length === 0 || this.deciding()) return;
    this.deciding.set(true);
    this.api.decide(call.id, { applicationIds: ids, decision }).subscribe({
      next: (result) => {
        this.deciding.set(false);
        this.selected.set(new Set());
        const skipped = result.skipped.length
          ? ' ' +
            this.transloco.translate('applications.call.skipped', {
              count: result.skipped.length,
              reasons: [
                ...new Set(
                  result.skipped.map((skip) =>
                    this.transloco.translate(`applications.skip.${skip.reason}`),
                  ),
                ),
              ].join(', '),
            })
          : '';
        this.snackBar.open(
          this.transloco.translate(`applications.call.decided.${decision}`, {
            count: result.decided,
          }) + skipped,
          undefined,
          { duration: 6000 },
        );
        this.reload();
      },
      error: (error: unknown) => {
        this.deciding.set(false);
        this.fail(error);
      },
    });
  }

  protected copyLink(): void {
    void navigator.clipboard?.writeText(this.publicUrl()).then(() =>
      this.snackBar.open(this.transloco.translate('applications.call.copied'), undefined, {
        duration: 3000,
      }),
    );
  }

  protected pages(): number {
    const page = this.page();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  }

  private query() {
    return {
      status: this.status || undefined,
      eligibility: this.eligibility || undefined,
      q: this.q.trim() || undefined,
    };
  }

  private fail(error: unknown): void {
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403))
      return;
    this.snackBar.open(apiMessage(error) ?? this.transloco.translate('errors.generic'), undefined, {
      duration: 6000,
      panelClass: 'snack-error',
    });
  }
}
