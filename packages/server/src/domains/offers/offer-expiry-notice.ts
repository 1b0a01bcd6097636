import type { EntityManager } from 'typeorm';
import { MailOutbox } from '../mail/index';
import type { NextOffer } from './offer-next-best';
import type { OfferRow } from './offer-rows';
import { runStarter } from './offer-queries';

/**
 * Tells the manager who started the run that an offer expired unanswered, and to whom the startup
 * went instead (if anyone): an expiry happens while nobody looks, unlike a decline on the cohort
 * page. Nobody to tell (the run's starter was deleted or disabled): null.
 */
export async function mailExpiryNotice(
  mail: MailOutbox,
  manager: EntityManager,
  offer: OfferRow,
  next: NextOffer | null,
): Promise<string | null> {
  const [starter] = await runStarter.all(manager, [offer.runId]);
  if (!starter) return null;
  return mail.add(manager, {
    to: starter.email,
    toName: starter.name,
    locale: starter.locale,
    template: 'mentor-offer-expired',
    data: {
      managerName: starter.name,
      mentorName: offer.mentorName,
      startupName: offer.startupName,
      cohortName: offer.cohortName,
      cohortId: offer.cohortId,
      ...(next ? { nextMentorName: next.mentorName } : {}),
    },
    subjectType: 'cohort',
    subjectId: offer.cohortId,
    key: `mentor-offer-expired.${offer.proposalId}`,
  });
}
