import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import {
  PROFILE_LINK_PATH,
  PROFILE_LINK_TTL_DAYS,
  type ProfileRequestResult,
  type ProfileRequestSkip,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldConflict } from '../../infra/errors/conflict';
import { LinkLimiter } from '../../infra/links/link-limiter';
import { MailOutbox } from '../mail/index';
import { founderLocale } from './founder-profile-mapper';
import {
  cohortKept,
  startupsToLink,
  foundersToLink,
  startupsOfFounderEmail,
} from './founder-profile-queries';
import { NotFoundError } from '../../infra/errors/domain-errors';

const TTL_SECONDS = PROFILE_LINK_TTL_DAYS * 24 * 3600;

interface StartupRow {
  id: string;
  name: string;
  status: string;
  languages: string[];
}

interface FounderRow {
  id: string;
  startupId: string;
  fullName: string;
  email: string;
}

/**
 * Sends founders their profile links: staff ask for one startup or a whole cohort, and a founder
 * may ask for a new link by email. Each founder gets a link of their own (7 days, any number of
 * saves); a new one revokes the founder's earlier links for that startup. The outbox rows carry a
 * link request, written in one transaction and queued after the commit; the worker issues each
 * token when it sends the mail (see `MailLinkRequest`), so no raw token is stored.
 */
@Injectable()
export class ProfileRequestsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ProfileRequestsService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: LinkLimiter,
    private readonly mail: MailOutbox,
  ) {}

  /** 404 when there is no such startup; 409 when it is archived or has no founder to write to. */
  async sendToStartup(startupId: string, actorId: string): Promise<ProfileRequestResult> {
    const { result, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const startups = await this.startupRows(manager, `s.id = $1`, [startupId]);
      if (startups.length === 0) throw new NotFoundError(`No startup has the id ${startupId}`);
      const sent = await this.sendLinks(manager, startups, actorId);
      const [skip] = sent.result.skipped;
      if (skip?.reason === 'archived') {
        throw fieldConflict('status', 'The startup is archived; restore it to send links');
      }
      if (skip?.reason === 'no-founder') {
        throw fieldConflict(
          'founders',
          'The startup has no founder to send the link to; add one under "Founders & contacts"',
        );
      }
      return sent;
    });
    await this.mail.dispatch(outboxIds);
    return result;
  }

  /**
   * Every startup of the cohort but the dropped ones. Archived startups and those without a
   * founder are skipped and listed; 409 when that leaves none.
   */
  async sendToCohort(cohortId: string, actorId: string): Promise<ProfileRequestResult> {
    const { result, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const cohort = await cohortKept.all(manager, [cohortId]);
      if (cohort.length === 0) throw new NotFoundError(`No cohort has the id ${cohortId}`);
      const startups = await this.startupRows(
        manager,
        `s.id IN (SELECT startup_id FROM cohort_startups WHERE cohort_id = $1 AND status <> 'dropped')`,
        [cohortId],
      );
      const sent = await this.sendLinks(manager, startups, actorId);
      if (sent.result.startups === 0) {
        const message =
          startups.length === 0
            ? 'The cohort has no startups to ask (dropped ones are left out)'
            : 'No startup of the cohort has a founder to send a link to (archived ones are left out)';
        throw fieldConflict('startups', message);
      }
      return sent;
    });
    await this.mail.dispatch(outboxIds);
    return result;
  }

  /**
   * A founder asks for a new link. The caller answers the same whatever happens here: 429 only
   * for too many requests from one address; whether the email is known is never told. The work
   * runs after the answer, so that its duration does not tell either.
   */
  async requestByEmail(email: string, ip: string): Promise<void> {
    await this.limiter.request(ip);
    const work = this.mailFounder(email)
      .catch((error: unknown) =>
        this.logger.error(`A requested profile link was not sent: ${String(error)}`),
      )
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async mailFounder(email: string): Promise<void> {
    const known = await startupsOfFounderEmail.all(this.dataSource, [email.trim()]);
    if (known.length === 0 || !(await this.limiter.mayMail(email))) return;
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      const startups = await this.startupRows(manager, `s.id = ANY($1)`, [
        known.map((row) => row.startupId),
      ]);
      const sent = await this.sendLinks(manager, startups, null, email.trim());
      return sent.outboxIds;
    });
    await this.mail.dispatch(outboxIds);
  }

  /** The startups, share-locked so that an erasure waits until the links are written. */
  private async startupRows(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<StartupRow[]> {
    return startupsToLink.all(
      manager,
      `SELECT s.id, s.name, s.status, s.languages FROM startups s WHERE ${where}
ORDER BY lower(s.name), s.id FOR SHARE`,
      params,
    );
  }

  /** One link and one email per founder (only `onlyEmail`'s when given) of each active startup. */
  private async sendLinks(
    manager: EntityManager,
    startups: StartupRow[],
    actorId: string | null,
    onlyEmail?: string,
  ): Promise<{ result: ProfileRequestResult; outboxIds: string[] }> {
    const skipped: ProfileRequestSkip[] = [];
    const active = startups.filter((startup) => {
      if (startup.status === 'active') return true;
      skipped.push({ startupId: startup.id, name: startup.name, reason: 'archived' });
      return false;
    });
    const founders = await foundersToLink.all(manager, [
      active.map((startup) => startup.id),
      onlyEmail ?? null,
    ]);
    const outboxIds: string[] = [];
    let reached = 0;
    for (const startup of active) {
      const own = founders.filter((founder) => founder.startupId === startup.id);
      if (own.length === 0) {
        skipped.push({ startupId: startup.id, name: startup.name, reason: 'no-founder' });
        continue;
      }
      reached += 1;
      for (const founder of own) {
        outboxIds.push(await this.sendLink(manager, startup, founder, actorId));
      }
    }
    return { result: { startups: reached, emails: outboxIds.length, skipped }, outboxIds };
  }

  private async sendLink(
    manager: EntityManager,
    startup: StartupRow,
    founder: FounderRow,
    actorId: string | null,
  ): Promise<string> {
    // The token is issued when the mail is sent (no raw token is ever stored); sending it
    // revokes the founder's earlier links for this startup: the newest email is the one that works.
    return this.mail.add(manager, {
      to: founder.email,
      toName: founder.fullName,
      locale: founderLocale(startup.languages),
      template: 'startup-profile-link',
      data: {
        startupName: startup.name,
        founderName: founder.fullName,
        // Nobody on the team sent it: the founder asked for it on the profile page.
        requestedByFounder: actorId === null,
      },
      link: {
        path: PROFILE_LINK_PATH,
        purpose: 'startup-profile',
        subjectType: 'startup',
        subjectId: startup.id,
        ttlSeconds: TTL_SECONDS,
        singleUse: false,
        extra: { contactId: founder.id },
        revokeEarlier: true,
        createdBy: actorId,
      },
      subjectType: 'startup',
      subjectId: startup.id,
    });
  }
}
