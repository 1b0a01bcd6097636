import { Injectable, Logger } from '@nestjs/common';
import type { Locale, SubjectType } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { JobProducer } from '../../infra/queue/job-producer';
import { type MailLinkRequest, mailLinkRequests } from './mail-link';
import { MailOutboxEntity } from './mail-outbox.entity';
import type { MailDataInput, MailTemplateName } from './mail-data';
import { insertMail } from './mail-queries';

interface OutgoingMailBase {
  to: string;
  toName?: string | null;
  /** The recipient's language: the subject and body are rendered in it. */
  locale: Locale;
  /**
   * A link with a token to issue when the mail is sent (never store a token in `data`): kept as
   * `data.link`; the template reads the issued link with `mailLink(data)`. See `MailLinkRequest`.
   */
  link?: MailLinkRequest | null;
  /**
   * Several links by name, each issued when the mail is sent (a mentor's offers, one link per
   * startup): kept as `data.links`; the template reads them with `mailLinks(data)[name]`.
   */
  links?: Record<string, MailLinkRequest> | null;
  /** The record the mail is about: its timeline gets an `email` entry when the mail is sent. */
  subjectType?: SubjectType | null;
  subjectId?: string | null;
  /** Optional dedup key: a second add() with the same key returns the existing row's id. */
  key?: string | null;
}

/**
 * One email to write: the template and the data it needs (`MAIL_DATA`: names and link paths,
 * never a token), stored as JSON and rendered at send time.
 */
export type OutgoingMail = {
  [N in MailTemplateName]: OutgoingMailBase & { template: N; data: MailDataInput<N> };
}[MailTemplateName];

/** The BullMQ job id of an outbox row's send: one job per row, however often it is dispatched. */
export function mailJobId(outboxId: string): string {
  return `mail.send.${outboxId}`;
}

/**
 * How the rest of Kohorte sends email: `add()` writes the outbox row in the caller's transaction,
 * and after the commit `dispatch()` queues the send. A dispatch that is lost (Redis down, process
 * killed right after the commit) is made up for by the worker's sweep within about two minutes.
 *
 * ```ts
 * const ids = await this.dataSource.transaction(async (manager) => {
 *   // … the change …
 *   return [await this.mail.add(manager, { to, locale, template: 'test-message', data })];
 * });
 * await this.mail.dispatch(ids);
 * ```
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(private readonly jobs: JobProducer) {}

  /** Writes the outbox row in the caller's transaction; returns its id. */
  async add(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const key = mail.key ?? null;
    const data = {
      ...mail.data,
      ...(mail.link ? { link: mail.link } : {}),
      ...(mail.links ? { links: mail.links } : {}),
    };
    // A bad request fails the caller now, not the send later.
    mailLinkRequests(data);
    const rows = await insertMail.all(manager, [
      key,
      mail.to.trim(),
      mail.toName ?? null,
      mail.locale,
      mail.template,
      JSON.stringify(data),
      mail.subjectType ?? null,
      mail.subjectId ?? null,
    ]);
    const [written] = rows;
    if (written) return written.id;
    // The key exists: the row was written before (or by a transaction that committed meanwhile).
    const existing = await manager.findOneOrFail(MailOutboxEntity, {
      where: { key: key as string },
      select: { id: true },
    });
    return existing.id;
  }

  /** After the commit: enqueues `mail.send` for these rows (job id `mail.send.<outboxId>`); never throws. */
  async dispatch(ids: string[]): Promise<void> {
    for (const outboxId of ids) {
      try {
        await this.jobs.enqueue('mail.send', { outboxId }, mailJobId(outboxId));
      } catch (error) {
        // The change is committed; the sweep sends the row later.
        this.logger.warn(`Mail ${outboxId} not queued, the sweep will send it: ${String(error)}`);
      }
    }
  }
}
