import type { Locale } from './auth.js';
import type { SubjectType } from './timeline.js';
import type { Page } from './paging.js';

/**
 * An email's life in the outbox: written `pending` with the change that causes it, then `sent`
 * (over SMTP, or to the development mailbox) or, after the last retry, `failed`.
 */
export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** The provider message id of a mail "sent" to the development mailbox (no SMTP_URL set). */
export const DEV_MAILBOX_PROVIDER_ID = 'dev-mailbox';

/** One row of the mailbox list (`GET /api/v1/mailbox`, admins only). */
export interface MailboxItem {
  id: string;
  recipient: string;
  recipientName: string | null;
  locale: Locale;
  /** The template's name (`test-message`, …). */
  template: string;
  /** Rendered at send time; null while the mail is pending. */
  subject: string | null;
  status: MailStatus;
  attempts: number;
  subjectType: SubjectType | null;
  subjectId: string | null;
  createdAt: string;
  sentAt: string | null;
  /** True when it went to the development mailbox instead of an SMTP server. */
  devMailbox: boolean;
}

/** One mail with its rendered parts (`GET /api/v1/mailbox/:id`). */
export interface MailboxMessage extends MailboxItem {
  html: string | null;
  text: string | null;
  lastError: string | null;
  providerMessageId: string | null;
}

export interface MailboxQuery {
  page?: number;
  pageSize?: number;
  status?: MailStatus;
}

export interface MailboxPage extends Page<MailboxItem> {
  /** Whether mail leaves over SMTP (SMTP_URL set) or stays in the development mailbox. */
  transport: 'smtp' | 'dev-mailbox';
}
