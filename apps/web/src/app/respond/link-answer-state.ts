import { HttpErrorResponse } from '@angular/common/http';
import { inject, signal } from '@angular/core';
import { LinkFailure, Locale } from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { linkFailure } from './respond-api';

/** Translation keys of what a page says when something other than the link fails. */
export interface LinkAnswerMessages {
  loadFailed: string;
  failed: string;
  /** A 409: the answer cannot be taken now (a full mentor, an investor without introductions). */
  conflict: string;
}

/**
 * The life of a page an email link opens to answer one question: the GET shows the view (and the
 * page follows its recipient's language), then one POST spends the link and the page shows the
 * answer. A link that stopped working at either step turns the page into its link error; any
 * other failure leaves the question on screen with a message. Create it in a component's field
 * initialiser: it injects.
 */
export class LinkAnswerState<V extends { locale: Locale }, A> {
  private readonly language = inject(LanguageService);

  readonly view = signal<V | null>(null);
  readonly failure = signal<LinkFailure | null>(null);
  /** A translation key when the view could not be loaded. */
  readonly loadFailed = signal<string | null>(null);
  readonly answered = signal<A | null>(null);
  readonly busy = signal(false);
  /** A translation key of what went wrong with the last answer. */
  readonly error = signal<string | null>(null);

  constructor(private readonly messages: LinkAnswerMessages) {}

  load(request: Observable<V>): void {
    request.subscribe({
      next: (view) => {
        // The page appears once its recipient's texts are loaded: until then the progress bar
        // stays, instead of buttons without labels.
        const show = () => this.view.set(view);
        this.language.suggest(view.locale).subscribe({ complete: show, error: show });
      },
      error: (error: unknown) => {
        if (this.linkFailed(error)) return;
        this.loadFailed.set(
          httpStatus(error) === 429 ? 'respond.tooMany' : this.messages.loadFailed,
        );
      },
    });
  }

  /** Sends the answer once; a second click while it travels does nothing. */
  answer(request: Observable<A>): void {
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
        if (this.linkFailed(error)) return;
        this.error.set(this.answerMessage(httpStatus(error)));
      },
    });
  }

  /** Shows the link error when `error` says the link no longer works; false for other failures. */
  linkFailed(error: unknown): boolean {
    const reason = linkFailure(error);
    if (reason) this.failure.set(reason);
    return reason !== null;
  }

  private answerMessage(status: number | null): string {
    switch (status) {
      case 400:
        return 'respond.decline.invalid';
      case 409:
        return this.messages.conflict;
      case 429:
        return 'respond.tooMany';
      default:
        return this.messages.failed;
    }
  }
}

/** The HTTP status of a failed request; null when it never reached a server. */
export function httpStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse && error.status !== 0 ? error.status : null;
}
