import { DatePipe } from '@angular/common';
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
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { LinkFailure } from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import {
  MentorOfferAnswer,
  MentorOfferView,
  OFFER_DECLINE_REASONS,
  OFFER_PAUSE_MAX_DAYS,
  OfferDeclineReason,
} from '@kohorte/contracts';
import { toIsoDate } from '../startups/startup-form-model';
import { OfferApi } from './offer-api';
import { linkFailure } from './respond-api';

/**
 * `/respond/offer/:token`: a mentor's offer from the email's link. Opening it changes nothing;
 * Accept or Decline is one request that spends the link, then the page confirms the answer.
 * While the offer is open the mentor can also pause new offers until a day (the link stays valid).
 */
@Component({
  selector: 'app-offer-page',
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failure(); as reason) {
      <section class="panel" data-testid="link-error" [attr.data-reason]="reason">
        <h1>{{ 'respond.linkError.' + reason + '.title' | transloco }}</h1>
        <p>{{ 'respond.offer.linkError.' + reason | transloco }}</p>
        <p>{{ 'respond.offer.newLink' | transloco }}</p>
      </section>
    } @else if (answered(); as answer) {
      <section class="panel" data-testid="offer-answered" [attr.data-status]="answer.status">
        <h1>{{ 'respond.offer.answered.' + answer.status + '.title' | transloco }}</h1>
        <p>
          {{
            'respond.offer.answered.' + answer.status + '.text'
              | transloco: { startup: answer.startupName }
          }}
        </p>
      </section>
    } @else if (loadFailed(); as message) {
      <p class="form-error" role="alert">{{ message | transloco }}</p>
    } @else if (view(); as v) {
      <section class="panel" data-testid="offer-page">
        <h1>{{ 'respond.offer.title' | transloco: { startup: v.startup.name } }}</h1>
        <p class="muted">
          {{ 'respond.offer.intro' | transloco: { name: v.mentor.name, cohort: v.cohort.name } }}
          {{
            'respond.offer.validUntil'
              | transloco
                : { date: (v.linkExpiresAt | date: 'medium' : undefined : language.lang()) }
          }}
        </p>

        <h2>{{ v.startup.name }}</h2>
        @if (v.startup.oneLiner) {
          <p>{{ v.startup.oneLiner }}</p>
        }
        <dl>
          <dt>{{ 'respond.offer.stage' | transloco }}</dt>
          <dd>
            @if (v.startup.stage; as stage) {
              {{ language.lang() === 'de' ? stage.labelDe : stage.labelEn }}
            } @else {
              {{ 'respond.offer.noStage' | transloco }}
            }
          </dd>
          <dt>{{ 'respond.offer.cohort' | transloco }}</dt>
          <dd>{{ v.cohort.name }}</dd>
        </dl>

        @if (v.reasons.length > 0) {
          <h2>{{ 'respond.offer.why' | transloco }}</h2>
          <ul data-testid="offer-reasons">
            @for (reason of v.reasons; track $index) {
              <li>{{ language.lang() === 'de' ? reason.de : reason.en }}</li>
            }
          </ul>
        }

        <h2>
          {{
            'respond.offer.mentees'
              | transloco: { count: v.mentor.mentees.length, capacity: v.mentor.capacity }
          }}
        </h2>
        @if (v.mentor.mentees.length === 0) {
          <p class="muted">{{ 'respond.offer.noMentees' | transloco }}</p>
        } @else {
          <ul data-testid="offer-mentees">
            @for (mentee of v.mentor.mentees; track $index) {
              <li>{{ mentee.startupName }} ({{ mentee.cohortName }})</li>
            }
          </ul>
        }

        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'respond.saving' | transloco" />
        }
        @if (error(); as message) {
          <p class="form-error" role="alert" data-testid="offer-error">{{ message | transloco }}</p>
        }

        <div class="answer">
          <button
            mat-flat-button
            type="button"
            data-testid="offer-accept"
            [disabled]="busy()"
            (click)="accept()"
          >
            {{ 'respond.offer.accept' | transloco }}
          </button>
        </div>

        <div class="answer decline">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'respond.offer.declineReason' | transloco }}</mat-label>
            <select
              matNativeControl
              name="declineReason"
              data-testid="offer-decline-reason"
              [(ngModel)]="reason"
            >
              <option [ngValue]="null">{{ 'respond.offer.reasons.none' | transloco }}</option>
              @for (key of reasons; track key) {
                <option [ngValue]="key">{{ 'respond.offer.reasons.' + key | transloco }}</option>
              }
            </select>
          </mat-form-field>
          <button
            mat-stroked-button
            type="button"
            data-testid="offer-decline"
            [disabled]="busy()"
            (click)="decline()"
          >
            {{ 'respond.offer.decline' | transloco }}
          </button>
        </div>

        <h2>{{ 'respond.offer.pause.title' | transloco }}</h2>
        @if (pausedUntil(); as until) {
          <p data-testid="offer-paused" role="status">
            {{
              'respond.offer.pause.paused'
                | transloco: { date: (until | date: 'longDate' : undefined : language.lang()) }
            }}
          </p>
        } @else {
          <p class="muted">{{ 'respond.offer.pause.intro' | transloco }}</p>
        }
        @if (pauseError(); as message) {
          <p class="form-error" role="alert" data-testid="offer-pause-error">
            {{ message | transloco }}
          </p>
        }
        <div class="answer">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'respond.offer.pause.until' | transloco }}</mat-label>
            <input
              matInput
              name="pauseUntil"
              data-testid="offer-pause-until"
              [matDatepicker]="pausePicker"
              [min]="pauseMin"
              [max]="pauseMax"
              [(ngModel)]="pauseUntil"
            />
            <mat-hint>{{ 'respond.offer.pause.hint' | transloco }}</mat-hint>
            <mat-datepicker-toggle
              matIconSuffix
              [for]="pausePicker"
              [attr.aria-label]="'respond.offer.pause.pick' | transloco"
            />
            <mat-datepicker #pausePicker />
          </mat-form-field>
          <button
            mat-stroked-button
            type="button"
            data-testid="offer-pause"
            [disabled]="busy()"
            (click)="pause()"
          >
            {{ 'respond.offer.pause.submit' | transloco }}
          </button>
        </div>
      </section>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'respond.loading' | transloco" />
    }
  `,
  styles: `
    .panel {
      background: var(--mat-sys-surface);
      border-radius: 12px;
      padding: 24px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin-top: 0;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 24px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .form-error {
      color: var(--mat-sys-error);
    }
    .answer {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 16px;
      margin-top: 24px;

      mat-form-field {
        min-width: 280px;
      }
    }
  `,
})
export class OfferPage implements OnInit {
  private readonly api = inject(OfferApi);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly view = signal<MentorOfferView | null>(null);
  protected readonly failure = signal<LinkFailure | null>(null);
  /** A translation key when the offer could not be loaded. */
  protected readonly loadFailed = signal<string | null>(null);
  protected readonly answered = signal<MentorOfferAnswer | null>(null);
  protected readonly busy = signal(false);
  /** A translation key of what went wrong with the last answer. */
  protected readonly error = signal<string | null>(null);
  protected readonly reasons = OFFER_DECLINE_REASONS;
  protected reason: OfferDeclineReason | null = null;

  /** The day new offers are paused until, while it lies ahead. */
  protected readonly pausedUntil = computed(() => {
    const from = this.view()?.mentor.availableFrom ?? null;
    return from !== null && from > toIsoDate(new Date()) ? from : null;
  });
  protected readonly pauseMin = addDays(new Date(), 1);
  protected readonly pauseMax = addDays(new Date(), OFFER_PAUSE_MAX_DAYS);
  protected pauseUntil: Date | null = null;
  /** A translation key of what went wrong with the last pause. */
  protected readonly pauseError = signal<string | null>(null);

  ngOnInit(): void {
    this.api.current(this.token()).subscribe({
      next: (view) => this.view.set(view),
      error: (error: unknown) => {
        const reason = linkFailure(error);
        if (reason) this.failure.set(reason);
        else if (error instanceof HttpErrorResponse && error.status === 429)
          this.loadFailed.set('respond.tooMany');
        else this.loadFailed.set('respond.offer.loadFailed');
      },
    });
  }

  protected accept(): void {
    this.answer(this.api.accept(this.token()));
  }

  protected decline(): void {
    this.answer(this.api.decline(this.token(), this.reason));
  }

  /** Pauses new offers until the chosen day; the offer stays open and the link keeps working. */
  protected pause(): void {
    if (this.busy()) return;
    const until = this.pauseUntil;
    if (!until || Number.isNaN(until.getTime())) {
      this.pauseError.set('respond.offer.pause.invalid');
      return;
    }
    this.busy.set(true);
    this.pauseError.set(null);
    this.api.pause(this.token(), toIsoDate(until)).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.view.update((view) =>
          view
            ? { ...view, mentor: { ...view.mentor, availableFrom: result.availableFrom } }
            : view,
        );
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const reason = linkFailure(error);
        if (reason) this.failure.set(reason);
        else if (error instanceof HttpErrorResponse && error.status === 400)
          this.pauseError.set('respond.offer.pause.invalid');
        else if (error instanceof HttpErrorResponse && error.status === 429)
          this.pauseError.set('respond.tooMany');
        else this.pauseError.set('respond.offer.pause.failed');
      },
    });
  }

  private answer(request: ReturnType<OfferApi['accept']>): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.answered.set(answer);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const reason = linkFailure(error);
        if (reason) this.failure.set(reason);
        else if (error instanceof HttpErrorResponse && error.status === 409)
          this.error.set('respond.offer.full');
        else if (error instanceof HttpErrorResponse && error.status === 429)
          this.error.set('respond.tooMany');
        else this.error.set('respond.offer.failed');
      },
    });
  }
}

/** Local midnight `days` after `date`'s day. */
function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
