import type { EntityManager } from 'typeorm';
import type { LinkTokens } from '../../infra/links/link-tokens';
import type { IntroductionRow } from './introduction-rows';
import { upsertPairRule } from '../matching/index';

/** Revokes the founders' live consent links of this proposal (the answered one is spent already). */
export function revokeConsentLinks(
  links: LinkTokens,
  manager: EntityManager,
  row: IntroductionRow,
): Promise<number> {
  return links.revoke(manager, {
    purpose: 'intro-consent',
    subjectType: 'startup',
    subjectId: row.startupId,
    extraMatch: { proposalId: row.proposalId },
  });
}

/** Revokes every live link of this proposal, the founders' and the investor's. */
export async function revokeIntroductionLinks(
  links: LinkTokens,
  manager: EntityManager,
  row: IntroductionRow,
): Promise<void> {
  await revokeConsentLinks(links, manager, row);
  await links.revoke(manager, {
    purpose: 'investor-offer',
    subjectType: 'investor',
    subjectId: row.investorId,
    extraMatch: { proposalId: row.proposalId },
  });
}

/** A decline's reject rule: the cohort's later runs never propose this pair again. */
export async function rejectPair(manager: EntityManager, row: IntroductionRow): Promise<void> {
  await upsertPairRule.investors.run(manager, [
    row.cohortId,
    row.startupId,
    row.investorId,
    'reject',
    null,
  ]);
}
