import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@kohorte/contracts';
import type { z } from 'zod';
import { KOHORTE_CONFIG, type KohorteConfig } from '../../infra/config/kohorte-config';
import { oneLineHeader } from './header-text';
import { html } from './html';
import { isMailTemplateName, MAIL_DATA, type MailData, type MailTemplateName } from './mail-data';
import { MailDataError, type MailContext, type MailTemplateData } from './mail-template';
import { MAIL_TEMPLATES } from './templates/index';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const FOOTER_LEAD: Record<Locale, string> = {
  de: 'Sie erhalten diese E-Mail, weil',
  en: 'You receive this because',
};

/**
 * Builds an absolute link on the public base URL. Only paths are accepted: a template can never
 * point a link at another host, whatever its data holds.
 */
export function publicLink(publicUrl: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || /[\s\\]/.test(path)) {
    throw new MailDataError(`A mail link must be a path on the public URL, got "${path}"`);
  }
  return `${publicUrl}${path}`;
}

// Each template's schema as the checker of its own data (what TypeScript cannot see of MAIL_DATA
// when indexed by a type parameter).
const SCHEMAS: { [N in MailTemplateName]: z.ZodType<MailData<N>> } = MAIL_DATA;

/** The row's data as its template reads it, with the links issued at send time kept as they are. */
function checkedData<N extends MailTemplateName>(
  template: N,
  data: Record<string, unknown>,
): MailTemplateData<N> {
  const checked = SCHEMAS[template].safeParse(data);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const field = issue ? issue.path.map(String).join('.') : '';
    throw new MailDataError(
      `The mail's data${field ? ` field "${field}"` : ''} is not valid: ${issue?.message ?? ''}`,
    );
  }
  return { ...checked.data, link: data.link, links: data.links };
}

/** Renders outbox rows: the template's parts inside the layout every email shares. */
@Injectable()
export class MailRenderer {
  private readonly context: MailContext;

  constructor(@Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig) {
    this.context = {
      incubatorName: config.incubatorName,
      link: (path) => publicLink(config.publicUrl, path),
    };
  }

  /**
   * Renders an outbox row: `data` is its stored JSON, checked against the template's `MAIL_DATA`
   * first (a `MailDataError` when it lacks what the template states).
   */
  render(template: string, data: Record<string, unknown>, locale: Locale): RenderedMail {
    if (!isMailTemplateName(template)) {
      throw new MailDataError(`There is no mail template "${template}"`);
    }
    return this.renderChecked(template, checkedData(template, data), locale);
  }

  private renderChecked<N extends MailTemplateName>(
    template: N,
    data: MailTemplateData<N>,
    locale: Locale,
  ): RenderedMail {
    const parts = MAIL_TEMPLATES[template];
    const { incubatorName } = this.context;
    const subject = oneLineHeader(parts.subject(data, locale, this.context));
    const footer = `${FOOTER_LEAD[locale]} ${parts.reason(data, locale, this.context)}`;
    const home = this.config.publicUrl;
    const body = html`<!doctype html>
      <html lang="${locale}">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${subject}</title>
        </head>
        <body
          style="margin:0;padding:0;background:#f3f4f6;color:#1f2937;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5"
        >
          <div style="max-width:600px;margin:0 auto;padding:24px 16px">
            <p style="margin:0 0 16px;font-size:20px;font-weight:bold">${incubatorName}</p>
            <div style="background:#ffffff;border-radius:8px;padding:24px">
              ${parts.html(data, locale, this.context)}
            </div>
            <p style="margin:16px 0 0;font-size:13px;color:#4b5563">
              ${footer}<br />${incubatorName} · <a href="${home}" style="color:#4b5563">${home}</a>
            </p>
          </div>
        </body>
      </html>`;
    const text = [
      incubatorName,
      '',
      parts.text(data, locale, this.context),
      '',
      '-- ',
      footer,
      `${incubatorName} · ${home}`,
      '',
    ].join('\n');
    return { subject, html: body.value, text };
  }
}
