import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PAGE_SIZE,
  DEV_MAILBOX_PROVIDER_ID,
  MAX_PAGE_SIZE,
  type MailboxItem,
  type MailboxMessage,
  type MailboxPage,
  type MailboxQuery,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailTransport } from './mail-transport';
import { NotFoundError } from '../../infra/errors/domain-errors';

function toItem(row: MailOutboxEntity): MailboxItem {
  return {
    id: row.id,
    recipient: row.recipient,
    recipientName: row.recipientName,
    locale: row.locale,
    template: row.template,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    devMailbox: row.providerMessageId === DEV_MAILBOX_PROVIDER_ID,
  };
}

// Everything but the rendered parts and the data, which only the reader needs.
const LIST_COLUMNS = {
  id: true,
  recipient: true,
  recipientName: true,
  locale: true,
  template: true,
  subject: true,
  status: true,
  attempts: true,
  subjectType: true,
  subjectId: true,
  createdAt: true,
  sentAt: true,
  providerMessageId: true,
} as const;

/**
 * The mailbox page's reads: the outbox, newest first. Without SMTP_URL it is the development
 * mailbox (every mail, readable with its links); with SMTP it shows what went out or failed.
 */
@Injectable()
export class MailboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  async list(query: MailboxQuery): Promise<MailboxPage> {
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, query.pageSize ?? DEFAULT_PAGE_SIZE));
    const [rows, total] = await this.dataSource.getRepository(MailOutboxEntity).findAndCount({
      select: LIST_COLUMNS,
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      items: rows.map(toItem),
      total,
      page,
      pageSize,
      transport: this.transport.devMailbox ? 'dev-mailbox' : 'smtp',
    };
  }

  async get(id: string): Promise<MailboxMessage> {
    const row = await this.dataSource.getRepository(MailOutboxEntity).findOneBy({ id });
    if (!row) throw new NotFoundError(`There is no mail ${id}`);
    return {
      ...toItem(row),
      html: row.html,
      text: row.text,
      lastError: row.lastError,
      providerMessageId: row.providerMessageId,
    };
  }
}
