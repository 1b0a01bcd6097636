import { Injectable } from '@nestjs/common';
import type {
  DeclineIntroductionRequest,
  IntroConsentAnswer,
  IntroConsentView,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { founderLocale } from '../founder-profile/index';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import type { LinkGrant } from '../../infra/links/link-tokens';
import { LinkTokens } from '../../infra/links/link-tokens';
import { MailOutbox } from '../mail/index';
import { recordConsent } from '../privacy/index';
import { VocabulariesService } from '../vocabularies/index';
import { rejectPair, revokeConsentLinks } from './introduction-closing';
import { mailTeaser } from './introduction-mails';
import { type IntroductionRow, readIntroduction } from './introduction-rows';
import { fitReasons, termLabel } from './introduction-teaser';
import {
  FOUNDER_ACTOR_LABEL,
  introductionAnswerEntries,
  introductionMatchEntries,
} from './introduction-timeline';
import { moveProposals } from '../proposals/index';
import { ProposalFollowUps } from '../proposals/index';

/**
 * A founder's answer to "may we introduce your startup to this investor?", through their consent
 * link and without an account. The first answer of the founding team counts: it spends the link
 * and revokes the other founders' links. Agreeing sends the investor the anonymised teaser.
 */
@Injectable()
export class IntroConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly links: LinkTokens,
    private readonly mail: MailOutbox,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
    private readonly followUps: ProposalFollowUps,
  ) {}

  /** The investor and why it fits. Changes nothing: mail scanners and previews open links. */
  async view(caller: LinkCaller): Promise<IntroConsentView> {
    const grant = await this.gate.open(caller.token, 'intro-consent', caller.ip);
    const row = await this.askedPair(this.dataSource.manager, grant, false);
    const vocabularies = await this.vocabularies.list();
    return {
      locale: founderLocale(row.startupLanguages),
      startup: { name: row.startupName },
      investor: {
        name: row.investorName,
        contactName: row.contactName,
        type: row.investorType,
        ticketMinEur: row.ticketMinEur,
        ticketMaxEur: row.ticketMaxEur,
        regions: row.regions.map((key) => termLabel(vocabularies, 'regions', key)),
        sectors: row.investorSectors.map((key) => termLabel(vocabularies, 'sectors', key)),
        stages: row.investorStages.map((key) => termLabel(vocabularies, 'stages', key)),
      },
      cohort: { name: row.cohortName },
      reasons: fitReasons(row.parts),
      linkExpiresAt: grant.expiresAt.toISOString(),
    };
  }

  /**
   * Agrees: spends the link, the pair becomes `offered` (its follow-up clock restarts for the
   * investor), the other founders' consent links are revoked, and the investor's teaser email
   * (single-use `investor-offer` link) is queued after the commit with its reminder and expiry.
   */
  async agree(caller: LinkCaller): Promise<IntroConsentAnswer> {
    const { row, outboxId } = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'intro-consent', caller.ip);
      const row = await this.askedPair(manager, grant, true);
      // The founder's agreement is a consent: recorded with its text version and time.
      await recordConsent(manager, {
        startupId: row.startupId,
        contactId: typeof grant.extra.contactId === 'string' ? grant.extra.contactId : null,
        purpose: 'investor-introductions',
        given: true,
      });
      await moveProposals(manager, 'foundersAgree', { ids: [row.proposalId] }, 'founders');
      await revokeConsentLinks(this.links, manager, row);
      const outboxId = await mailTeaser(this.mail, manager, row, await this.vocabularies.list(), {
        ttlSeconds: this.followUps.offerLinkSeconds,
        actorId: null,
      });
      await this.activity.record(
        manager,
        ...introductionAnswerEntries(row, FOUNDER_ACTOR_LABEL, 'agreed'),
        ...introductionMatchEntries(row, 'offered'),
      );
      return { row, outboxId };
    });
    await this.mail.dispatch([outboxId]);
    await this.followUps.schedule([row.proposalId], 'teaser');
    return { status: 'agreed', investorName: row.investorName };
  }

  /**
   * Declines (optionally saying why): the pair is `declined`, a reject rule keeps it out of the
   * cohort's later runs, the other founders' links are revoked; the investor never hears of it.
   */
  async decline(
    caller: LinkCaller,
    request: DeclineIntroductionRequest,
  ): Promise<IntroConsentAnswer> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'intro-consent', caller.ip);
      const row = await this.askedPair(manager, grant, true);
      await moveProposals(manager, 'foundersDecline', { ids: [row.proposalId] }, 'founders');
      await rejectPair(manager, row);
      await revokeConsentLinks(this.links, manager, row);
      await this.activity.record(
        manager,
        ...introductionAnswerEntries(
          row,
          FOUNDER_ACTOR_LABEL,
          'declined',
          request.reason ?? null,
          request.note?.trim() || null,
        ),
      );
      return { status: 'declined', investorName: row.investorName };
    });
  }

  /** The pair the link is for, while its founders are asked; otherwise the link no longer works. */
  private async askedPair(
    manager: EntityManager,
    grant: LinkGrant,
    lock: boolean,
  ): Promise<IntroductionRow> {
    const proposalId = grant.extra.proposalId;
    if (typeof proposalId !== 'string') throw new LinkFailedError('unknown');
    const row = await readIntroduction(manager, proposalId, lock);
    if (!row || row.startupId !== grant.subjectId) throw new LinkFailedError('unknown');
    // Answered by another founder, expired or withdrawn since the email.
    if (row.status !== 'startup-asked') throw new LinkFailedError('revoked');
    return row;
  }
}
