import { Injectable } from '@nestjs/common';
import type {
  DeclineIntroductionRequest,
  InvestorOfferAnswer,
  InvestorTeaserView,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import type { LinkGrant } from '../../infra/links/link-tokens';
import { MailOutbox } from '../mail/index';
import { VocabulariesService } from '../vocabularies/index';
import { rejectPair } from './introduction-closing';
import { mailInvestorIntroductions } from './introduction-mails';
import { foundersOf, type IntroductionRow, readIntroduction } from './introduction-rows';
import { anonymousReasons, teaserOf } from './introduction-teaser';
import { INVESTOR_ACTOR_LABEL, introductionAnswerEntries } from './introduction-timeline';
import { moveProposals } from '../proposals/index';
import { acceptedIntroductions, lockedIntrosPerRound } from './introduction-rows';

/**
 * An investor's answer to an introduction, through the teaser's single-use link and without an
 * account. Until they accept, nothing they are shown names the startup; accepting reveals it
 * and introduces both sides by email. Accepting locks the investor's row and re-counts their
 * accepted introductions of the run, so racing accepts never exceed `intros_per_round`.
 */
@Injectable()
export class InvestorOfferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly mail: MailOutbox,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /** The anonymised teaser. Changes nothing: mail scanners and previews open links. */
  async view(caller: LinkCaller): Promise<InvestorTeaserView> {
    const grant = await this.gate.open(caller.token, 'investor-offer', caller.ip);
    const row = await this.offeredPair(this.dataSource.manager, grant, false);
    return {
      locale: row.investorLocale,
      // The page greets the person at a fund, as the email does.
      investor: { name: row.contactName ?? row.investorName },
      teaser: teaserOf(row, await this.vocabularies.list()),
      cohort: { name: row.cohortName },
      reasons: anonymousReasons(row),
      linkExpiresAt: grant.expiresAt.toISOString(),
    };
  }

  /**
   * Accepts: spends the link, and with an introduction left this round the pair is `accepted`,
   * the startup is revealed, and the investor and each founder get introduction emails (queued
   * after the commit). With none left: 409 naming `introsPerRound`, and nothing changes (the link
   * still works).
   */
  async accept(caller: LinkCaller): Promise<InvestorOfferAnswer> {
    const { answer, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'investor-offer', caller.ip);
      const row = await this.offeredPair(manager, grant, true);
      const investor = await lockedIntrosPerRound.one(manager, [row.investorId]);
      // Read after the lock: READ COMMITTED gives this statement the latest committed answers.
      const { accepted } = await acceptedIntroductions.one(manager, [row.runId, row.investorId]);
      if (accepted >= investor.introsPerRound) {
        // Thrown inside the transaction: the link is not spent and the introduction stays open.
        throw fieldConflict(
          'introsPerRound',
          `All ${investor.introsPerRound} introductions of this round are taken, so this one cannot be accepted now`,
        );
      }
      await moveProposals(manager, 'accept', { ids: [row.proposalId] }, 'investor');
      await this.activity.record(
        manager,
        ...introductionAnswerEntries(row, INVESTOR_ACTOR_LABEL, 'accepted'),
      );
      const founders = await foundersOf(manager, row.startupId);
      const outboxIds = await mailInvestorIntroductions(this.mail, manager, row, founders);
      const answer: InvestorOfferAnswer = {
        status: 'accepted',
        startup: {
          name: row.startupName,
          oneLiner: row.oneLiner,
          website: row.website,
          city: row.city,
          founders: founders.map(({ name, email }) => ({ name, email })),
        },
      };
      return { answer, outboxIds };
    });
    await this.mail.dispatch(outboxIds);
    return answer;
  }

  /** Declines (optionally saying why): `declined`, and a reject rule keeps the pair out of later runs. */
  async decline(
    caller: LinkCaller,
    request: DeclineIntroductionRequest,
  ): Promise<InvestorOfferAnswer> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'investor-offer', caller.ip);
      const row = await this.offeredPair(manager, grant, true);
      await moveProposals(manager, 'decline', { ids: [row.proposalId] }, 'investor');
      await rejectPair(manager, row);
      await this.activity.record(
        manager,
        ...introductionAnswerEntries(
          row,
          INVESTOR_ACTOR_LABEL,
          'declined',
          request.reason ?? null,
          request.note?.trim() || null,
        ),
      );
      return { status: 'declined' };
    });
  }

  /** The pair the link is for, while it is offered to the investor; otherwise the link no longer works. */
  private async offeredPair(
    manager: EntityManager,
    grant: LinkGrant,
    lock: boolean,
  ): Promise<IntroductionRow> {
    const proposalId = grant.extra.proposalId;
    if (typeof proposalId !== 'string') throw new LinkFailedError('unknown');
    const row = await readIntroduction(manager, proposalId, lock);
    if (!row || row.investorId !== grant.subjectId) throw new LinkFailedError('unknown');
    // Expired or withdrawn since the email.
    if (row.status !== 'offered') throw new LinkFailedError('revoked');
    return row;
  }
}
