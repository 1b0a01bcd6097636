import type { Locale } from '@kohorte/contracts';
import type { SafeHtml } from './html';
import type { MailData, MailTemplateName } from './mail-data';

/** What every template may use besides its data: the incubator's name and absolute links. */
export interface MailContext {
  incubatorName: string;
  /** An absolute URL on the configured public base URL (never a request's Host): `link('/respond/…')`. */
  link: (path: string) => string;
}

/**
 * What a template reads: its data (`MAIL_DATA`, checked by the renderer before any template
 * sees it) and the links issued at send time, read with `mailLink`/`mailLinks`.
 */
export type MailTemplateData<N extends MailTemplateName> = MailData<N> & {
  link?: unknown;
  links?: unknown;
};

/**
 * One email: its subject, its body as HTML (escaped through `html`) and as plain text, and the
 * footer's reason ("You receive this because …"). The shared layout adds the incubator's name
 * and the footer around the body.
 */
export interface MailTemplate<N extends MailTemplateName> {
  subject(data: MailTemplateData<N>, locale: Locale, context: MailContext): string;
  html(data: MailTemplateData<N>, locale: Locale, context: MailContext): SafeHtml;
  text(data: MailTemplateData<N>, locale: Locale, context: MailContext): string;
  /** The footer's sentence, completing "You receive this because …" / "Sie erhalten diese E-Mail, weil …". */
  reason(data: MailTemplateData<N>, locale: Locale, context: MailContext): string;
}

/** A template's data did not have what it needs: sending it again would not help. */
export class MailDataError extends Error {}
