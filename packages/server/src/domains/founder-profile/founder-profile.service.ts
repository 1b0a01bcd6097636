import { Injectable } from '@nestjs/common';
import type {
  ConsentPurpose,
  FounderProfileView,
  StartupFigures,
  StartupFiguresInput,
  UpdateFounderProfileRequest,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { subjectExists } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import { type LinkGrant, LinkTokens } from '../../infra/links/link-tokens';
import { consentsOf, recordConsent } from '../privacy/index';
import { StartupEntity } from '../startups/index';
import { StartupsService } from '../startups/index';
import {
  FIGURE_FIELDS,
  founderFields,
  toFigures,
  toFounderProfile,
} from './founder-profile-mapper';
import { StartupFiguresEntity } from './startup-figures.entity';
import { insertFiguresMonth } from './founder-profile-queries';
import { NotFoundError } from '../../infra/errors/domain-errors';

/** Who the timeline names for changes made through a profile link. */
export const FOUNDER_ACTOR_LABEL = 'founder';

/** Where a request through a link comes from: its token and the caller's address (rate limits). */
export interface LinkCaller {
  token: string | undefined;
  ip: string;
}

/**
 * What a founder does through a profile link: read the startup's own profile and figures, change
 * the profile, report a month's figures. The link's record is the only startup reached: no id
 * from the request is ever used to find one.
 */
@Injectable()
export class FounderProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly startups: StartupsService,
    private readonly activity: TimelineRecorder,
    private readonly links: LinkTokens,
  ) {}

  /** Changes nothing: mail scanners open links. */
  async view(caller: LinkCaller): Promise<FounderProfileView> {
    const grant = await this.gate.open(caller.token, 'startup-profile', caller.ip);
    return this.viewOf(grant);
  }

  /**
   * Validated and saved by the staff service (the same vocabulary checks, revision and score job);
   * the timeline names the founder.
   */
  async update(
    caller: LinkCaller,
    patch: UpdateFounderProfileRequest,
  ): Promise<FounderProfileView> {
    const grant = await this.dataSource.transaction((manager) =>
      this.gate.use(manager, caller.token, 'startup-profile', caller.ip),
    );
    try {
      await this.startups.update(grant.subjectId, founderFields(patch), null, FOUNDER_ACTOR_LABEL);
    } catch (error) {
      // The startup was erased since the link was sent: the link reaches nothing.
      if (error instanceof NotFoundError) throw new LinkFailedError('unknown');
      throw error;
    }
    return this.viewOf(grant);
  }

  /** Creates or replaces one month's figures (`YYYY-MM`); the changes go on the timeline. */
  async putFigures(
    caller: LinkCaller,
    month: string,
    input: StartupFiguresInput,
  ): Promise<StartupFigures> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'startup-profile', caller.ip);
      const startupId = grant.subjectId;
      // Share lock: an erasure cannot run in between and leave figures or an entry behind.
      if (!(await subjectExists(manager, 'startup', startupId, true))) {
        throw new LinkFailedError('unknown');
      }
      // Insert-if-missing, then lock: two saves of one month at one moment take turns.
      const inserted = await insertFiguresMonth.all(manager, [startupId, month]);
      const current = await manager.findOneOrFail(StartupFiguresEntity, {
        where: { startupId, month },
        lock: { mode: 'pessimistic_write' },
      });
      // PUT: a field left out is cleared.
      const next = Object.fromEntries(
        FIGURE_FIELDS.map((field) => [field, input[field] ?? null]),
      ) as Pick<StartupFiguresEntity, (typeof FIGURE_FIELDS)[number]>;
      const changes = fieldChanges(current, next, FIGURE_FIELDS);
      if (changes.length === 0 && inserted.length === 0) return toFigures(current);
      Object.assign(current, next);
      const saved = await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'startup',
        subjectId: startupId,
        kind: 'updated',
        actorId: null,
        actorLabel: FOUNDER_ACTOR_LABEL,
        changes,
        data: { figuresMonth: month },
      });
      return toFigures(saved);
    });
  }

  /**
   * Gives or withdraws the startup's consent for a purpose (text version and time recorded). A
   * withdrawal of investor introductions also revokes the consent links still out: no founder
   * can agree to a pending introduction any more, and new ones are refused.
   */
  async setConsent(
    caller: LinkCaller,
    purpose: ConsentPurpose,
    given: boolean,
  ): Promise<FounderProfileView> {
    const grant = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'startup-profile', caller.ip);
      // Share lock: an erasure cannot run in between and leave an orphan answer.
      if (!(await subjectExists(manager, 'startup', grant.subjectId, true))) {
        throw new LinkFailedError('unknown');
      }
      const contactId = typeof grant.extra.contactId === 'string' ? grant.extra.contactId : null;
      await recordConsent(manager, { startupId: grant.subjectId, contactId, purpose, given });
      if (!given && purpose === 'investor-introductions') {
        await this.links.revoke(manager, {
          purpose: 'intro-consent',
          subjectType: 'startup',
          subjectId: grant.subjectId,
        });
      }
      return grant;
    });
    return this.viewOf(grant);
  }

  /** Staff: a startup's figures, oldest month first. */
  async figuresOf(startupId: string): Promise<StartupFigures[]> {
    if (!(await subjectExists(this.dataSource.manager, 'startup', startupId))) {
      throw new NotFoundError(`No startup has the id ${startupId}`);
    }
    return this.figures(this.dataSource.manager, startupId);
  }

  private async viewOf(grant: LinkGrant): Promise<FounderProfileView> {
    const manager = this.dataSource.manager;
    const startup = await manager.findOneBy(StartupEntity, { id: grant.subjectId });
    if (!startup) throw new LinkFailedError('unknown');
    return {
      profile: toFounderProfile(startup),
      figures: await this.figures(manager, startup.id),
      consents: await consentsOf(manager, startup.id),
      linkExpiresAt: grant.expiresAt.toISOString(),
    };
  }

  private async figures(manager: EntityManager, startupId: string): Promise<StartupFigures[]> {
    const rows = await manager.find(StartupFiguresEntity, {
      where: { startupId },
      order: { month: 'ASC' },
    });
    return rows.map(toFigures);
  }
}
