import { Injectable, Logger } from '@nestjs/common';
import type { JobPayloads } from '@kohorte/contracts';
import { UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { subjectExists } from '../timeline/index';
import { type IssuedLink, LinkTokens } from '../../infra/links/link-tokens';
import type { JobDelivery } from '../../infra/queue/job-handlers';
import {
  type MailLinkRequest,
  mailLinkRequests,
  type PlacedLinkRequest,
  redactTokens,
} from './mail-link';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailRenderer, type RenderedMail } from './mail-renderer';
import { MailDataError } from './mail-template';
import { isPermanentSmtpError, MailTransport } from './mail-transport';

/** `sent`: it went out now; `skipped`: it was sent (or failed) before; `missing`: no such row. */
export type MailSendOutcome = 'sent' | 'skipped' | 'missing';

/** Another worker holds the row and is sending it right now: this job tries again later. */
export class MailBusyError extends Error {}

const ERROR_MAX_LENGTH = 2000;

type SendResult = { outcome: MailSendOutcome } | { failure: Error };

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, ERROR_MAX_LENGTH);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Handles `mail.send`. The outbox row is locked (`FOR UPDATE SKIP LOCKED`) for the whole send,
 * so two deliveries of the job never both send; a row found `sent` is left alone. The row becomes
 * `sent` with its rendered parts, the provider's id and the timeline entry in one commit.
 *
 * The at-least-once window: when the SMTP server has accepted the message but the process dies
 * (or the database fails) before that commit, the row is still `pending` and is sent again by the
 * retry or the sweep. The Message-ID is the row's id on every try, so servers and clients can
 * recognise the copy. No outbox can close this window without the SMTP server's help.
 *
 * Links (`data.link` and `data.links`, see `MailLinkRequest`) are issued here, in the send
 * transaction: a token lives only in the message that went out; a failed try revokes its tokens and
 * the retry issues fresh ones. In that window the first copy's token rolled back with its transaction, so only the
 * copy sent by the retry has a working link.
 */
/** The row's data as the template sees it: each link request replaced by the issued link. */
function withIssuedLinks(
  data: Record<string, unknown>,
  issued: readonly { placed: PlacedLinkRequest; link: IssuedLink }[],
): Record<string, unknown> {
  if (issued.length === 0) return data;
  const result: Record<string, unknown> = { ...data };
  const named: Record<string, unknown> = {};
  for (const { placed, link } of issued) {
    const path = `${placed.request.path}/${link.token}`;
    const value = { path, expiresAt: link.expiresAt.toISOString() };
    if (placed.name === null) result.link = value;
    else named[placed.name] = value;
  }
  if (Object.keys(named).length > 0) result.links = named;
  return result;
}

/** How long a link works from now: until its `until` (at least a second), else its ttl. */
function linkSeconds(request: MailLinkRequest): number {
  if (request.until === undefined) return request.ttlSeconds;
  return Math.max(1, Math.ceil((Date.parse(request.until) - Date.now()) / 1000));
}

@Injectable()
export class MailSendHandler {
  private readonly logger = new Logger(MailSendHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: MailRenderer,
    private readonly transport: MailTransport,
    private readonly activity: TimelineRecorder,
    private readonly links: LinkTokens,
  ) {}

  /** The `mail.send` job: its last attempt marks the row `failed` when it fails too. */
  handle(payload: JobPayloads['mail.send'], delivery: JobDelivery): Promise<MailSendOutcome> {
    return this.send(payload.outboxId, delivery.finalAttempt);
  }

  /**
   * Sends one outbox row unless it was sent already. On an SMTP failure the row keeps `pending`
   * with attempts + 1 and the error, and the error is rethrown so that BullMQ retries; on the
   * final attempt, a permanent rejection (5xx) or data the template cannot render, it becomes
   * `failed` (and the job is not retried).
   */
  async send(outboxId: string, finalAttempt = false): Promise<MailSendOutcome> {
    const result = await this.dataSource.transaction(async (manager): Promise<SendResult> => {
      const row = await manager.findOne(MailOutboxEntity, {
        where: { id: outboxId, status: 'pending' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!row) return { outcome: await this.notPending(manager, outboxId) };
      let rendered: RenderedMail;
      const issued: { placed: PlacedLinkRequest; link: IssuedLink }[] = [];
      try {
        const requests = mailLinkRequests(row.data);
        for (const placed of requests) {
          issued.push({ placed, link: await this.issue(manager, placed.request) });
        }
        rendered = this.renderer.render(
          row.template,
          withIssuedLinks(row.data, issued),
          row.locale,
        );
      } catch (error) {
        if (!(error instanceof MailDataError)) throw error;
        await this.revokeIssued(manager, issued);
        await this.markFailed(manager, row, error, true, null);
        return { failure: new UnrecoverableError(error.message) };
      }
      // The stored copy. With SMTP the tokens exist only in the message that went out (and as
      // hashes in link_tokens): the copy shows `…/respond/profile/[link]`. The development mailbox
      // (no SMTP_URL) keeps the working links, because the stored copy IS the mail there: it is
      // how someone running Kohorte locally follows them.
      const stored =
        issued.length > 0 && !this.transport.devMailbox
          ? redactTokens(
              rendered,
              issued.map(({ link }) => link.token),
            )
          : rendered;
      try {
        const providerMessageId = await this.transport.send({
          ...rendered,
          outboxId: row.id,
          to: row.recipient,
          toName: row.recipientName,
        });
        for (const { placed, link } of issued) {
          if (placed.request.revokeEarlier) await this.revokeEarlier(manager, placed.request, link);
        }
        await this.markSent(manager, row, stored, providerMessageId);
        return { outcome: 'sent' };
      } catch (error) {
        const permanent = isPermanentSmtpError(error);
        // The retry issues fresh tokens; these never reached anybody (as far as we know).
        await this.revokeIssued(manager, issued);
        await this.markFailed(manager, row, error, finalAttempt || permanent, stored);
        return {
          failure: permanent ? new UnrecoverableError(errorMessage(error)) : asError(error),
        };
      }
    });
    // Thrown after the commit, so the attempt and its error are kept for the retry and the mailbox.
    if ('failure' in result) throw result.failure;
    return result.outcome;
  }

  private issue(manager: EntityManager, request: MailLinkRequest): Promise<IssuedLink> {
    return this.links.issue(manager, {
      purpose: request.purpose,
      subjectType: request.subjectType,
      subjectId: request.subjectId,
      ttlSeconds: linkSeconds(request),
      singleUse: request.singleUse,
      extra: request.extra ?? {},
      createdBy: request.createdBy ?? null,
    });
  }

  private async revokeIssued(
    manager: EntityManager,
    issued: readonly { link: IssuedLink }[],
  ): Promise<void> {
    for (const { link } of issued) await this.links.revokeById(manager, link.id);
  }

  /**
   * Once the mail with the new link went out: the earlier live links of the same purpose, record
   * and `extra` stop working (the newest email sent is the one that works). Not before the send,
   * so that a mail that fails leaves the recipient's earlier link working.
   */
  private async revokeEarlier(
    manager: EntityManager,
    request: MailLinkRequest,
    issued: IssuedLink,
  ): Promise<void> {
    await this.links.revoke(manager, {
      purpose: request.purpose,
      subjectType: request.subjectType,
      subjectId: request.subjectId,
      extraMatch: request.extra ?? {},
      exceptId: issued.id,
    });
  }

  private async notPending(manager: EntityManager, outboxId: string): Promise<MailSendOutcome> {
    const current = await manager.findOne(MailOutboxEntity, {
      where: { id: outboxId },
      select: { id: true, status: true },
    });
    if (!current) return 'missing';
    if (current.status === 'pending') {
      throw new MailBusyError(`Mail ${outboxId} is being sent by another worker`);
    }
    return 'skipped';
  }

  private async markSent(
    manager: EntityManager,
    row: MailOutboxEntity,
    rendered: RenderedMail,
    providerMessageId: string,
  ): Promise<void> {
    await manager.update(
      MailOutboxEntity,
      { id: row.id },
      {
        status: 'sent',
        providerMessageId: providerMessageId.slice(0, 300),
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        sentAt: () => 'now()',
      },
    );
    // A record erased meanwhile gets no timeline entry (it would be an orphan); the mail still went.
    if (row.subjectType && row.subjectId) {
      if (await subjectExists(manager, row.subjectType, row.subjectId, true)) {
        await this.activity.record(manager, {
          subjectType: row.subjectType,
          subjectId: row.subjectId,
          kind: 'email',
          actorId: null,
          body: rendered.subject,
          data: { outboxId: row.id, template: row.template, recipient: row.recipient },
        });
      }
    }
  }

  private async markFailed(
    manager: EntityManager,
    row: MailOutboxEntity,
    error: unknown,
    final: boolean,
    rendered: RenderedMail | null,
  ): Promise<void> {
    const message = errorMessage(error);
    this.logger.warn(
      `Mail ${row.id} (${row.template}) not sent${final ? ', giving up' : ''}: ${message}`,
    );
    await manager.update(
      MailOutboxEntity,
      { id: row.id },
      {
        status: final ? 'failed' : 'pending',
        attempts: row.attempts + 1,
        lastError: message,
        ...(rendered
          ? { subject: rendered.subject, html: rendered.html, text: rendered.text }
          : {}),
      },
    );
  }
}
