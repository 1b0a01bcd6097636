import type { EntityManager } from 'typeorm';
import type { TimelineRecorder } from '../timeline/index';
import type { LinkTokens } from '../../infra/links/link-tokens';
import type { MailOutbox } from '../mail/index';
import type { VocabulariesService } from '../vocabularies/index';
import { revokeIntroductionLinks } from './introduction-closing';
import { mailConsentRequests, mailTeaser } from './introduction-mails';
import { foundersOf, type IntroductionRow, markIntroductionReminded } from './introduction-rows';
import { introductionMatchEntries } from './introduction-timeline';
import { moveProposals } from '../proposals/index';
import { introductionDue } from './introduction-rows';

/** What the investor pairs' follow-ups use (`offers/offer-follow-ups` passes its own). */
export interface IntroductionFollowUpContext {
  mail: MailOutbox;
  links: LinkTokens;
  activity: TimelineRecorder;
  vocabularies: VocabulariesService;
  reminderDays: number;
  expiryDays: number;
  /** How long a reminder's link works. */
  reminderLinkSeconds: number;
}

/** The statuses in which an investor pair waits for an answer (the founders', then the investor's). */
export const OPEN_INTRODUCTION = ['startup-asked', 'offered'];

/**
 * Whether `days` have passed since the pair entered its current status (`offered_at`). An
 * investor pair has two waits and a follow-up job of the first can run during the second, so
 * every job checks the clock; a minute's slack absorbs clock differences between machines.
 */
async function due(manager: EntityManager, proposalId: string, days: number): Promise<boolean> {
  const [row] = await introductionDue.all(manager, [proposalId, days]);
  return row?.due ?? false;
}

/**
 * The one reminder of the current wait, in the caller's transaction with the pair locked: while
 * the founders are asked, a new consent email to each founder; once the investor has the teaser,
 * a new teaser. Each new link replaces the one it reminds of. Returns the outbox ids (none when
 * the pair is answered, already reminded in this wait, or not due yet).
 */
export async function remindIntroduction(
  context: IntroductionFollowUpContext,
  manager: EntityManager,
  row: IntroductionRow,
): Promise<string[]> {
  if (!OPEN_INTRODUCTION.includes(row.status) || row.remindedAt !== null) return [];
  if (!(await due(manager, row.proposalId, context.reminderDays))) return [];
  const options = { ttlSeconds: context.reminderLinkSeconds, actorId: null, reminder: true };
  const ids =
    row.status === 'startup-asked'
      ? await mailConsentRequests(
          context.mail,
          manager,
          row,
          await foundersOf(manager, row.startupId),
          options,
        )
      : [await mailTeaser(context.mail, manager, row, await context.vocabularies.list(), options)];
  if (ids.length === 0) return [];
  await markIntroductionReminded.run(manager, [row.proposalId]);
  await context.activity.record(manager, ...introductionMatchEntries(row, 'reminded'));
  return ids;
}

/**
 * An unanswered pair whose wait is over becomes `expired`, and every live link of it (the
 * founders' and the investor's) is revoked. False when answered or not due yet.
 */
export async function expireIntroduction(
  context: IntroductionFollowUpContext,
  manager: EntityManager,
  row: IntroductionRow,
): Promise<boolean> {
  if (!OPEN_INTRODUCTION.includes(row.status)) return false;
  if (!(await due(manager, row.proposalId, context.expiryDays))) return false;
  await moveProposals(manager, 'expire', { ids: [row.proposalId] }, 'system');
  await revokeIntroductionLinks(context.links, manager, row);
  await context.activity.record(manager, ...introductionMatchEntries(row, 'expired'));
  return true;
}
