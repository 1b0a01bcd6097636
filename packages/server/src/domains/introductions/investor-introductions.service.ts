import { Injectable } from '@nestjs/common';
import type { MatchingKind, SendOffersResult } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import { MailOutbox } from '../mail/index';
import { runNotFound } from '../matching/index';
import { mailConsentRequests } from './introduction-mails';
import { foundersOf, readIntroductions } from './introduction-rows';
import { introductionMatchEntries } from './introduction-timeline';
import { moveProposals } from '../proposals/index';
import { ProposalFollowUps } from '../proposals/index';
import { introductionsWithdrawnSql } from '../privacy/index';
import { lockedRunToIntroduce, runKind, skippedIntroductions } from './introduction-rows';

/**
 * Investor introductions by email, a double opt-in: sending a finished investor run asks each
 * startup's founders first (`startup-asked`); the investor hears of the startup only once they
 * agree (IntroConsentService), and learns its name only by accepting (InvestorOfferService).
 */
@Injectable()
export class InvestorIntroductionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailOutbox,
    private readonly activity: TimelineRecorder,
    private readonly followUps: ProposalFollowUps,
  ) {}

  /** The run's kind, so that a request can go to the right kind of offers; 404 for an unknown run. */
  async runKind(runId: string): Promise<MatchingKind> {
    const [run] = await runKind.all(this.dataSource, [runId]);
    if (!run) throw runNotFound(runId);
    return run.kind;
  }

  /**
   * Asks the founders of every approved pair of a finished investor run: the pair becomes
   * `startup-asked` and each founder (`startup_contacts.is_founder`) gets a consent email with
   * their own single-use link, working until the request expires (OFFER_EXPIRY_DAYS). A startup
   * without founders on record cannot be asked: its pairs stay `approved` and it is listed in
   * `skipped`, so the manager sees why and can send again once a founder is added. `offered`
   * counts the pairs asked; `emails` the consent emails. After the commit the mails are queued
   * with each pair's reminder and expiry. 404 for an unknown run; 409 when it is not done or not
   * an investor run.
   */
  async send(runId: string, actorId: string | null): Promise<SendOffersResult> {
    const { result, outboxIds, ids } = await this.dataSource.transaction(async (manager) => {
      const [run] = await lockedRunToIntroduce.all(manager, [runId]);
      if (!run) throw runNotFound(runId);
      if (run.status !== 'done') {
        throw fieldConflict(
          'status',
          `The run is ${run.status}: only a finished run's proposals are offered`,
        );
      }
      if (run.kind !== 'investors') {
        throw fieldConflict('kind', 'Only an investor run’s proposals are introduced this way');
      }
      // Only pairs whose startup has a founder to ask and has not withdrawn its consent to
      // introductions; the others stay approved.
      const ids = await moveProposals(
        manager,
        'askFounders',
        {
          runId,
          partner: 'investor',
          withFounders: true,
          condition: `NOT ${introductionsWithdrawnSql('p.startup_id')}`,
        },
        'manager',
      );
      const skipped = await skippedIntroductions.all(manager, [runId]);
      if (ids.length === 0) {
        return { result: { offered: 0, emails: 0, skipped }, outboxIds: [], ids: [] };
      }
      const rows = await readIntroductions(manager, ids);
      const outboxIds: string[] = [];
      for (const row of rows) {
        outboxIds.push(
          ...(await mailConsentRequests(
            this.mail,
            manager,
            row,
            await foundersOf(manager, row.startupId),
            { ttlSeconds: this.followUps.offerLinkSeconds, actorId },
          )),
        );
      }
      await this.activity.record(
        manager,
        ...rows.flatMap((row) => introductionMatchEntries(row, 'startup-asked', actorId)),
      );
      return {
        result: { offered: rows.length, emails: outboxIds.length, skipped },
        outboxIds,
        ids,
      };
    });
    await this.mail.dispatch(outboxIds);
    await this.followUps.schedule(ids);
    return result;
  }
}
