import { DayPipe } from '../core/formats/format-pipes';
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
import {
  DeclineOfferRequest,
  MentorOfferAnswer,
  MentorOfferView,
  OFFER_PAUSE_MAX_DAYS,
} from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import { toIsoDate } from '../startups/startup-form-model';
import { AnswerLinkError } from './answer-link-error';
import { AnswerActions } from './answer-actions';
import { FitReasons } from './fit-reasons';
import { httpStatus, LinkAnswerState } from './link-answer-state';
import { OfferApi } from './offer-api';
import { BerlinTimePipe } from '../core/i18n/berlin-time';
import { provideDateAdapter } from '../core/i18n/date-adapter';

/**
 * `/respond/offer/:token`: a mentor's offer from the email's link. Opening it changes nothing;
 * Accept or Decline is one request that spends the link, then the page confirms the answer.
 * While the offer is open the mentor can also pause new offers until a day (the link stays valid).
 * The page speaks the mentor's language unless they chose one.
 */
@Component({
  providers: [provideDateAdapter()],
  selector: 'app-offer-page',
  imports: [
    AnswerLinkError,
    DayPipe,
    BerlinTimePipe,
    AnswerActions,
    FitReasons,
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
    @if (state.failure(); as reason) {
      <app-answer-link-error [reason]="reason" texts="respond.offer" />
    } @else if (state.answered(); as answer) {
      <section class="panel" data-testid="offer-answered" [attr.data-status]="answer.status">
        <h1>{{ 'respond.offer.answered.' + answer.status + '.title' | transloco }}</h1>
        <p>
          {{
            'respond.offer.answered.' + answer.status + '.text'
              | transloco: { startup: answer.startupName }
          }}
        </p>
      </section>
    } @else if (state.loadFailed(); as message) {
      <p class="form-error" role="alert">{{ message | transloco }}</p>
    } @else if (state.view(); as v) {
      <section class="panel" data-testid="offer-page">
        <h1>{{ 'respond.offer.title' | transloco: { startup: v.startup.name } }}</h1>
        <p class="muted">
          {{ 'respond.offer.intro' | transloco: { name: v.mentor.name, cohort: v.cohort.name } }}
          {{
            'respond.offer.validUntil'
              | transloco: { date: (v.linkExpiresAt | berlinTime: language.formats()) }
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

        <app-fit-reasons [reasons]="v.reasons" heading="respond.offer.why" testid="offer-reasons" />

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

        <app-answer-actions
          texts="respond.offer"
          testid="offer"
          [busy]="state.busy()"
          [error]="state.error()"
          (accepted)="accept()"
          (declined)="decline($event)"
        />

        <h2>{{ 'respond.offer.pause.title' | transloco }}</h2>
        @if (pausedUntil(); as until) {
          <p data-testid="offer-paused" role="status">
            {{
              'respond.offer.pause.paused' | transloco: { date: (until | day: language.formats()) }
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
            [disabled]="state.busy()"
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
  styleUrl: './answer-page.scss',
})
export class OfferPage implements OnInit {
  private readonly api = inject(OfferApi);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly state = new LinkAnswerState<MentorOfferView, MentorOfferAnswer>({
    loadFailed: 'respond.offer.loadFailed',
    failed: 'respond.offer.failed',
    conflict: 'respond.offer.full',
  });

  /** The day new offers are paused until, while it lies ahead. */
  protected readonly pausedUntil = computed(() => {
    const from = this.state.view()?.mentor.availableFrom ?? null;
    return from !== null && from > toIsoDate(new Date()) ? from : null;
  });
  protected readonly pauseMin = addDays(new Date(), 1);
  protected readonly pauseMax = addDays(new Date(), OFFER_PAUSE_MAX_DAYS);
  protected pauseUntil: Date | null = null;
  /** A translation key of what went wrong with the last pause. */
  protected readonly pauseError = signal<string | null>(null);

  ngOnInit(): void {
    this.state.load(this.api.current(this.token()));
  }

  protected accept(): void {
    this.state.answer(this.api.accept(this.token()));
  }

  protected decline(request: DeclineOfferRequest): void {
    this.state.answer(this.api.decline(this.token(), request));
  }

  /** Pauses new offers until the chosen day; the offer stays open and the link keeps working. */
  protected pause(): void {
    if (this.state.busy()) return;
    const until = this.pauseUntil;
    if (!until || Number.isNaN(until.getTime())) {
      this.pauseError.set('respond.offer.pause.invalid');
      return;
    }
    this.state.busy.set(true);
    this.pauseError.set(null);
    this.api.pause(this.token(), toIsoDate(until)).subscribe({
      next: (result) => {
        this.state.busy.set(false);
        this.state.view.update((view) =>
          view
            ? { ...view, mentor: { ...view.mentor, availableFrom: result.availableFrom } }
            : view,
        );
      },
      error: (error: unknown) => {
        this.state.busy.set(false);
        if (this.state.linkFailed(error)) return;
        const status = httpStatus(error);
        this.pauseError.set(
          status === 400
            ? 'respond.offer.pause.invalid'
            : status === 429
              ? 'respond.tooMany'
              : 'respond.offer.pause.failed',
        );
      },
    });
  }
}

/** Local midnight `days` after `date`'s day. */
function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
