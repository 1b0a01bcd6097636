import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DEV_MAILBOX_PROVIDER_ID } from '@kohorte/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { KOHORTE_CONFIG, type KohorteConfig } from '../../infra/config/kohorte-config';
import { oneLineHeader } from './header-text';
import type { RenderedMail } from './mail-renderer';

export interface MailMessage extends RenderedMail {
  /** The outbox row's id: it becomes the Message-ID, the same on every try of the same mail. */
  outboxId: string;
  to: string;
  toName: string | null;
}

/** The SMTP server answered with a permanent rejection (5xx): trying again would not help. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Hands rendered mail to the SMTP server at SMTP_URL, or, without one, to the development mailbox:
 * nothing goes over the network and the outbox row (which keeps the rendered parts) is the mail.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter: Transporter<SMTPTransport.SentMessageInfo> | null = null;

  constructor(@Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig) {}

  get devMailbox(): boolean {
    return this.config.smtpUrl === null;
  }

  /** Sends the message; returns the provider's message id (`dev-mailbox` for the development mailbox). */
  async send(message: MailMessage): Promise<string> {
    if (this.config.smtpUrl === null) return DEV_MAILBOX_PROVIDER_ID;
    const info = await this.smtp(this.config.smtpUrl).sendMail({
      from: this.config.mailFrom,
      to: message.toName
        ? { name: oneLineHeader(message.toName), address: message.to }
        : message.to,
      // The renderer already made the subject one line; this is where it becomes a header.
      subject: oneLineHeader(message.subject),
      text: message.text,
      html: message.html,
      // Deterministic: a mail sent twice in the at-least-once window carries the same Message-ID,
      // so receiving servers and clients can drop the copy.
      messageId: `<${message.outboxId}@${new URL(this.config.publicUrl).hostname}>`,
    });
    // Typed as always set, but a transport may leave it out.
    return (info.messageId as string | undefined) ?? '';
  }

  private smtp(url: string): Transporter<SMTPTransport.SentMessageInfo> {
    // Timeouts well under BullMQ's 30 s job lock, so a hanging server fails the try instead of
    // stalling the job (which would run it a second time while this one still waits).
    this.transporter ??= createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return this.transporter;
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}
