import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DeclineIntroductionRequest,
  IntroConsentAnswer,
  IntroConsentView,
  TermLabel,
} from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import { AnswerLinkError } from './answer-link-error';
import { AnswerActions } from './answer-actions';
import { FitReasons } from './fit-reasons';
import { eurRange } from './eur-amounts';
import { IntroductionsApi } from './introductions-api';
import { LinkAnswerState } from './link-answer-state';
import { BerlinTimePipe } from '../core/i18n/berlin-time';

/**
 * `/respond/intro-consent/:token`: the founders are asked whether the programme may introduce
 * their startup to a named investor (the first half of the double opt-in). Opening the link
 * changes nothing; agreeing sends the investor an anonymised teaser, declining ends the pair.
 */
@Component({
  selector: 'app-intro-consent-page',
  imports: [
    AnswerLinkError,
    BerlinTimePipe,
    AnswerActions,
    FitReasons,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state.failure(); as reason) {
      <app-answer-link-error [reason]="reason" texts="respond.consent" />
    } @else if (state.answered(); as answer) {
      <section class="panel" data-testid="consent-answered" [attr.data-status]="answer.status">
        <h1>{{ 'respond.consent.answered.' + answer.status + '.title' | transloco }}</h1>
        <p>
          {{
            'respond.consent.answered.' + answer.status + '.text'
              | transloco: { investor: investorName(), startup: startupName() }
          }}
        </p>
      </section>
    } @else if (state.loadFailed(); as message) {
      <p class="form-error" role="alert">{{ message | transloco }}</p>
    } @else if (state.view(); as v) {
      <section class="panel" data-testid="consent-page">
        <h1>{{ 'respond.consent.title' | transloco: { investor: v.investor.name } }}</h1>
        <p class="muted">
          {{
            'respond.consent.intro' | transloco: { startup: v.startup.name, cohort: v.cohort.name }
          }}
          {{
            'respond.consent.validUntil'
              | transloco: { date: (v.linkExpiresAt | berlinTime: language.formats()) }
          }}
        </p>

        <h2>{{ v.investor.name }}</h2>
        <dl data-testid="consent-investor">
          @if (v.investor.contactName) {
            <dt>{{ 'respond.consent.contactName' | transloco }}</dt>
            <dd>{{ v.investor.contactName }}</dd>
          }
          <dt>{{ 'respond.consent.type' | transloco }}</dt>
          <dd>{{ 'investors.types.' + v.investor.type | transloco }}</dd>
          <dt>{{ 'respond.consent.ticket' | transloco }}</dt>
          <dd data-testid="consent-ticket">{{ ticket().key | transloco: ticket().params }}</dd>
          <dt>{{ 'respond.consent.regions' | transloco }}</dt>
          <dd>{{ labels(v.investor.regions) || ('respond.consent.none' | transloco) }}</dd>
          <dt>{{ 'respond.consent.sectors' | transloco }}</dt>
          <dd>{{ labels(v.investor.sectors) || ('respond.consent.none' | transloco) }}</dd>
          <dt>{{ 'respond.consent.stages' | transloco }}</dt>
          <dd>{{ labels(v.investor.stages) || ('respond.consent.none' | transloco) }}</dd>
        </dl>

        <app-fit-reasons
          [reasons]="v.reasons"
          heading="respond.consent.why"
          testid="consent-reasons"
        />

        <app-answer-actions
          texts="respond.consent"
          testid="consent"
          [busy]="state.busy()"
          [error]="state.error()"
          (accepted)="agree()"
          (declined)="decline($event)"
        />
      </section>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'respond.loading' | transloco" />
    }
  `,
  styleUrl: './answer-page.scss',
})
export class IntroConsentPage implements OnInit {
  private readonly api = inject(IntroductionsApi);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly state = new LinkAnswerState<IntroConsentView, IntroConsentAnswer>({
    loadFailed: 'respond.consent.loadFailed',
    failed: 'respond.consent.failed',
    conflict: 'respond.consent.full',
  });

  protected readonly ticket = computed(() => {
    const investor = this.state.view()?.investor;
    return eurRange(
      investor?.ticketMinEur ?? null,
      investor?.ticketMaxEur ?? null,
      this.language.formats(),
    );
  });

  /** The answer's name of the investor, else the page's (a decline may not repeat it). */
  protected readonly investorName = computed(
    () => this.state.answered()?.investorName ?? this.state.view()?.investor.name ?? '',
  );
  protected readonly startupName = computed(() => this.state.view()?.startup.name ?? '');

  ngOnInit(): void {
    this.state.load(this.api.consent(this.token()));
  }

  protected labels(terms: TermLabel[]): string {
    const de = this.language.lang() === 'de';
    return terms.map((term) => (de ? term.labelDe : term.labelEn)).join(', ');
  }

  protected agree(): void {
    this.state.answer(this.api.agree(this.token()));
  }

  protected decline(request: DeclineIntroductionRequest): void {
    this.state.answer(this.api.refuseConsent(this.token(), request));
  }
}
