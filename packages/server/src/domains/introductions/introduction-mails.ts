import { INTRO_CONSENT_PATH, INVESTOR_OFFER_PATH, type Vocabularies } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { founderLocale } from '../founder-profile/index';
import type { MailOutbox } from '../mail/index';
import type { Founder, IntroductionRow } from './introduction-rows';
import { anonymousReasons, fitReasons, labelIn, reasonsIn, teaserOf } from './introduction-teaser';

export interface IntroductionMailOptions {
  /** How long the mail's link works. */
  ttlSeconds: number;
  /** The staff member who had it sent; null for the system. */
  actorId: string | null;
  /** The one reminder: a new link that replaces the first once it is sent (`revokeEarlier`). */
  reminder?: boolean;
}

/**
 * The consent request to each founder, each mail with the founder's own single-use
 * `intro-consent` link (the link's `extra` names the proposal and the founder, so that a
 * reminder's link replaces only that founder's earlier one). Returns the outbox ids.
 */
export async function mailConsentRequests(
  mail: MailOutbox,
  manager: EntityManager,
  row: IntroductionRow,
  founders: Founder[],
  options: IntroductionMailOptions,
): Promise<string[]> {
  const locale = founderLocale(row.startupLanguages);
  const reminder = options.reminder ?? false;
  const template = 'intro-consent-request';
  const ids: string[] = [];
  for (const founder of founders) {
    ids.push(
      await mail.add(manager, {
        to: founder.email,
        toName: founder.name,
        locale,
        template,
        data: {
          recipientName: founder.name,
          startupName: row.startupName,
          cohortName: row.cohortName,
          investorName: row.investorName,
          contactName: row.contactName,
          investorType: row.investorType,
          ticketMinEur: row.ticketMinEur,
          ticketMaxEur: row.ticketMaxEur,
          reasons: reasonsIn(fitReasons(row.parts), locale),
          ...(reminder ? { reminder: true } : {}),
        },
        link: {
          path: INTRO_CONSENT_PATH,
          purpose: 'intro-consent',
          subjectType: 'startup',
          subjectId: row.startupId,
          ttlSeconds: options.ttlSeconds,
          singleUse: true,
          extra: { proposalId: row.proposalId, contactId: founder.id },
          ...(reminder ? { revokeEarlier: true } : {}),
          createdBy: options.actorId,
        },
        subjectType: 'startup',
        subjectId: row.startupId,
        key: `${template}${reminder ? '.reminder' : ''}.${row.proposalId}.${founder.id}`,
      }),
    );
  }
  return ids;
}

/**
 * The anonymised teaser to the investor with a single-use `investor-offer` link. Its data holds
 * nothing that names the startup (no name, one-liner, website, city or founders).
 */
export function mailTeaser(
  mail: MailOutbox,
  manager: EntityManager,
  row: IntroductionRow,
  vocabularies: Vocabularies,
  options: IntroductionMailOptions,
): Promise<string> {
  const locale = row.investorLocale;
  const reminder = options.reminder ?? false;
  const teaser = teaserOf(row, vocabularies);
  return mail.add(manager, {
    to: row.investorEmail,
    toName: row.contactName ?? row.investorName,
    locale,
    template: 'investor-teaser',
    data: {
      recipientName: row.contactName ?? row.investorName,
      cohortName: row.cohortName,
      stage: teaser.stage ? labelIn(teaser.stage, locale) : null,
      sectors: teaser.sectors.map((term) => labelIn(term, locale)),
      fundingSoughtEur: teaser.fundingSoughtEur,
      teamSize: teaser.teamSize,
      foundedYear: teaser.foundedYear,
      reasons: reasonsIn(anonymousReasons(row), locale),
      ...(reminder ? { reminder: true } : {}),
    },
    link: {
      path: INVESTOR_OFFER_PATH,
      purpose: 'investor-offer',
      subjectType: 'investor',
      subjectId: row.investorId,
      ttlSeconds: options.ttlSeconds,
      singleUse: true,
      extra: { proposalId: row.proposalId },
      ...(reminder ? { revokeEarlier: true } : {}),
      createdBy: options.actorId,
    },
    subjectType: 'investor',
    subjectId: row.investorId,
    key: `investor-teaser${reminder ? '.reminder' : ''}.${row.proposalId}`,
  });
}

/**
 * The introductions after the investor accepted: to the investor with the startup and its
 * founders' names and emails, and to each founder with the investor's contact.
 */
export async function mailInvestorIntroductions(
  mail: MailOutbox,
  manager: EntityManager,
  row: IntroductionRow,
  founders: Founder[],
): Promise<string[]> {
  if (founders.length === 0) return [];
  const common = {
    startupName: row.startupName,
    cohortName: row.cohortName,
    investorName: row.investorName,
  };
  const ids = [
    await mail.add(manager, {
      to: row.investorEmail,
      toName: row.contactName ?? row.investorName,
      locale: row.investorLocale,
      template: 'investor-introduction',
      data: {
        ...common,
        audience: 'investor',
        recipientName: row.contactName ?? row.investorName,
        oneLiner: row.oneLiner,
        website: row.website,
        people: founders.map(({ name, email }) => ({ name, email })),
      },
      subjectType: 'investor',
      subjectId: row.investorId,
      key: `investor-introduction.${row.proposalId}.investor`,
    }),
  ];
  // A fund is introduced through its contact person, named with the fund.
  const investor = row.contactName
    ? { name: row.contactName, email: row.investorEmail, company: row.investorName }
    : { name: row.investorName, email: row.investorEmail };
  const locale = founderLocale(row.startupLanguages);
  for (const founder of founders) {
    ids.push(
      await mail.add(manager, {
        to: founder.email,
        toName: founder.name,
        locale,
        template: 'investor-introduction',
        data: { ...common, audience: 'founder', recipientName: founder.name, people: [investor] },
        subjectType: 'startup',
        subjectId: row.startupId,
        key: `investor-introduction.${row.proposalId}.founder.${founder.id}`,
      }),
    );
  }
  return ids;
}
