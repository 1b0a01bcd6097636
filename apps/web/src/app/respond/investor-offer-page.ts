import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DeclineIntroductionRequest,
  InvestorOfferAnswer,
  InvestorTeaserView,
  TermLabel,
} from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import { AnswerLinkError } from './answer-link-error';
import { AnswerActions } from './answer-actions';
import { FitReasons } from './fit-reasons';
import { formatAmount } from '../core/formats/formats';
import { IntroductionsApi } from './introductions-api';
import { LinkAnswerState } from './link-answer-state';
import { BerlinTimePipe } from '../core/i18n/berlin-time';

/**
 * `/respond/investor-offer/:token`: an investor reads an anonymised teaser of a startup whose
 * founders agreed to meet them (the second half of the double opt-in). Opening the link changes
 * nothing; accepting reveals the startup and its founders' addresses, declining ends the pair.
 */
@Component({
  selector: 'app-investor-offer-page',
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
      <app-answer-link-error [reason]="reason" texts="respond.investorOffer" />
    } @else if (state.answered(); as answer) {
      @if (answer.status === 'accepted') {
        <section class="panel" data-testid="investor-offer-answered" data-status="accepted">
          <h1>
            {{
              'respond.investorOffer.answered.accepted.title'
                | transloco: { startup: answer.startup.name }
            }}
          </h1>
          <p>{{ 'respond.investorOffer.answered.accepted.text' | transloco }}</p>
          <div data-testid="investor-offer-startup">
            @if (answer.startup.oneLiner) {
              <p>{{ answer.startup.oneLiner }}</p>
            }
            <dl>
              @if (answer.startup.website; as website) {
                <dt>{{ 'respond.investorOffer.answered.accepted.website' | transloco }}</dt>
                <dd>
                  <a [href]="website" target="_blank" rel="noopener noreferrer">{{ website }}</a>
                </dd>
              }
              @if (answer.startup.city) {
                <dt>{{ 'respond.investorOffer.answered.accepted.city' | transloco }}</dt>
                <dd>{{ answer.startup.city }}</dd>
              }
            </dl>
            <h2>{{ 'respond.investorOffer.answered.accepted.founders' | transloco }}</h2>
            <ul class="founders">
              @for (founder of answer.startup.founders; track founder.email) {
                <li data-testid="investor-offer-founder">
                  <span class="founder-name">{{ founder.name }}</span>
                  <a
                    [href]="'mailto:' + founder.email"
                    [attr.aria-label]="
                      'respond.investorOffer.answered.accepted.writeTo'
                        | transloco: { name: founder.name }
                    "
                    >{{ founder.email }}</a
                  >
                </li>
              }
            </ul>
          </div>
        </section>
      } @else {
        <section class="panel" data-testid="investor-offer-answered" data-status="declined">
          <h1>{{ 'respond.investorOffer.answered.declined.title' | transloco }}</h1>
          <p>{{ 'respond.investorOffer.answered.declined.text' | transloco }}</p>
        </section>
      }
    } @else if (state.loadFailed(); as message) {
      <p class="form-error" role="alert">{{ message | transloco }}</p>
    } @else if (state.view(); as v) {
      <section class="panel" data-testid="investor-offer-page">
        <h1>{{ 'respond.investorOffer.title' | transloco: { cohort: v.cohort.name } }}</h1>
        <p class="muted">
          {{ 'respond.investorOffer.intro' | transloco: { name: v.investor.name } }}
          {{
            'respond.investorOffer.validUntil'
              | transloco: { date: (v.linkExpiresAt | berlinTime: language.formats()) }
          }}
        </p>

        <h2>{{ 'respond.investorOffer.about' | transloco }}</h2>
        <dl data-testid="investor-offer-teaser">
          <dt>{{ 'respond.investorOffer.stage' | transloco }}</dt>
          <dd>
            @if (v.teaser.stage; as stage) {
              {{ label(stage) }}
            } @else {
              {{ 'respond.investorOffer.none' | transloco }}
            }
          </dd>
          <dt>{{ 'respond.investorOffer.sectors' | transloco }}</dt>
          <dd>{{ labels(v.teaser.sectors) || ('respond.investorOffer.none' | transloco) }}</dd>
          <dt>{{ 'respond.investorOffer.topics' | transloco }}</dt>
          <dd>{{ labels(v.teaser.topics) || ('respond.investorOffer.none' | transloco) }}</dd>
          <dt>{{ 'respond.investorOffer.fundingSought' | transloco }}</dt>
          <dd data-testid="investor-offer-funding-sought">
            {{ eur(v.teaser.fundingSoughtEur) || ('respond.investorOffer.none' | transloco) }}
          </dd>
          <dt>{{ 'respond.investorOffer.fundingRaised' | transloco }}</dt>
          <dd>
            {{ eur(v.teaser.fundingRaisedEur) || ('respond.investorOffer.none' | transloco) }}
          </dd>
          <dt>{{ 'respond.investorOffer.teamSize' | transloco }}</dt>
          <dd>{{ v.teaser.teamSize ?? ('respond.investorOffer.none' | transloco) }}</dd>
          <dt>{{ 'respond.investorOffer.foundedYear' | transloco }}</dt>
          <dd>{{ v.teaser.foundedYear ?? ('respond.investorOffer.none' | transloco) }}</dd>
          <dt>{{ 'respond.investorOffer.languages' | transloco }}</dt>
          <dd>
            {{ languages(v.teaser.languages) || ('respond.investorOffer.none' | transloco) }}
          </dd>
        </dl>

        <app-fit-reasons
          [reasons]="v.reasons"
          heading="respond.investorOffer.why"
          testid="investor-offer-reasons"
        />

        <app-answer-actions
          texts="respond.investorOffer"
          testid="investor-offer"
          [busy]="state.busy()"
          [error]="state.error()"
          (accepted)="accept()"
          (declined)="decline($event)"
        />
      </section>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'respond.loading' | transloco" />
    }
  `,
  styleUrl: './answer-page.scss',
  styles: `
    .founders {
      list-style: none;
      padding: 0;

      li {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 16px;
        padding: 4px 0;
      }
    }
    .founder-name {
      font-weight: 600;
    }
  `,
})
export class InvestorOfferPage implements OnInit {
  private readonly api = inject(IntroductionsApi);
  protected readonly language = inject(LanguageService);

  /** Route parameter: the link's token. */
  readonly token = input.required<string>();

  protected readonly state = new LinkAnswerState<InvestorTeaserView, InvestorOfferAnswer>({
    loadFailed: 'respond.investorOffer.loadFailed',
    failed: 'respond.investorOffer.failed',
    conflict: 'respond.investorOffer.full',
  });

  /** Language names ("German", "Deutsch") for the teaser's language keys, in the page's language. */
  private readonly languageNames = computed(
    () => new Intl.DisplayNames([this.language.lang()], { type: 'language' }),
  );

  ngOnInit(): void {
    this.state.load(this.api.offer(this.token()));
  }

  protected label(term: TermLabel): string {
    return this.language.lang() === 'de' ? term.labelDe : term.labelEn;
  }

  protected labels(terms: TermLabel[]): string {
    return terms.map((term) => this.label(term)).join(', ');
  }

  protected eur(amount: number | null): string {
    return formatAmount(amount, this.language.formats());
  }

  protected languages(keys: string[]): string {
    const names = this.languageNames();
    return keys.map((key) => languageName(names, key)).join(', ');
  }

  protected accept(): void {
    this.state.answer(this.api.acceptOffer(this.token()));
  }

  protected decline(request: DeclineIntroductionRequest): void {
    this.state.answer(this.api.declineOffer(this.token(), request));
  }
}

function languageName(names: Intl.DisplayNames, key: string): string {
  try {
    return names.of(key) ?? key;
  } catch {
    // A vocabulary key that is no language code (Intl refuses it): shown as it is.
    return key;
  }
}
