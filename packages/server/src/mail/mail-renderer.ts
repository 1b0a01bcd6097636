import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@kohorte/contracts';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { oneLineHeader } from './header-text';
import { html } from './html';
import { MailDataError, type MailContext } from './mail-template';
import { isMailTemplateName, MAIL_TEMPLATES } from './templates/index';

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

  render(template: string, data: Record<string, unknown>, locale: Locale): RenderedMail {
    if (!isMailTemplateName(template)) {
      throw new MailDataError(`There is no mail template "${template}"`);
    }
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
