import { Injectable } from '@nestjs/common';
import type { SendOffersPreview } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { MailPreview } from '../mail/index';
import { runNotFound } from '../matching/index';
import { ProposalFollowUps } from '../proposals/index';
import { groupByMentor, mentorLocale, offerMail } from './offer-rows';
import { approvedCount, approvedMentorOffers, runKind } from './offer-queries';

/**
 * What "Send offers" would send, for the manager to confirm: how many offers and emails, to
 * whom, and the first email as its mentor would read it. Reads only; no token is issued.
 */
@Injectable()
export class OfferSendPreview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailPreview,
    private readonly followUps: ProposalFollowUps,
  ) {}

  async preview(runId: string): Promise<SendOffersPreview> {
    const manager = this.dataSource.manager;
    const [run] = await runKind.all(manager, [runId]);
    if (!run) throw runNotFound(runId);
    if (run.kind !== 'mentors') {
      // The founders are asked first; who they are is decided when it is sent.
      const { n } = await approvedCount.one(manager, [runId]);
      return { offers: n, emails: null, recipients: [], example: null };
    }
    // The offers as sending would read them, their deadline counted from now.
    const offers = (await approvedMentorOffers.all(manager, [runId])).map((offer) => ({
      ...offer,
      expiresAt: new Date(Date.now() + this.followUps.offerLinkSeconds * 1000),
    }));
    const mails = groupByMentor(offers);
    const first = mails[0]
      ? offerMail(mails[0], { ttlSeconds: this.followUps.offerLinkSeconds, actorId: null })
      : null;
    return {
      offers: offers.length,
      emails: mails.length,
      recipients: mails.map((group) => ({
        name: group[0].mentorName,
        startups: group.length,
        locale: mentorLocale(group[0].mentorLanguages),
      })),
      example: first ? { to: first.to, ...this.mail.render(first) } : null,
    };
  }
}
