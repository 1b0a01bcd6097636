import { Injectable } from '@nestjs/common';
import { REDACTED_TOKEN, type MailLinkRequest } from './mail-link';
import type { OutgoingMail } from './mail-outbox';
import { MailRenderer, type RenderedMail } from './mail-renderer';

/** The link as a preview shows it: its page with `[link]` for the token, and when it would expire. */
function previewLink(request: MailLinkRequest, now: number): { path: string; expiresAt: string } {
  const expiresAt = request.until ?? new Date(now + request.ttlSeconds * 1000).toISOString();
  return { path: `${request.path}/${REDACTED_TOKEN}`, expiresAt };
}

/**
 * An email as it would be sent, rendered without writing it or issuing a token, for a manager to
 * read before confirming (the links show `[link]`, as in the stored copy of a sent mail).
 */
@Injectable()
export class MailPreview {
  constructor(private readonly renderer: MailRenderer) {}

  render(mail: OutgoingMail): RenderedMail {
    const now = Date.now();
    const data: Record<string, unknown> = { ...mail.data };
    if (mail.link) data.link = previewLink(mail.link, now);
    if (mail.links) {
      data.links = Object.fromEntries(
        Object.entries(mail.links).map(([name, request]) => [name, previewLink(request, now)]),
      );
    }
    return this.renderer.render(mail.template, data, mail.locale);
  }
}
