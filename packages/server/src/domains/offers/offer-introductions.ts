import type { EntityManager } from 'typeorm';
import { founderLocale } from '../founder-profile/index';
import type { MailOutbox } from '../mail/index';
import { mentorLocale, type OfferRow } from './offer-rows';
import { foundersOfStartup, mentorPerson, startupLanguages } from './offer-queries';

/**
 * The introduction emails after an accepted offer, written in the accepting transaction: to the
 * mentor with the founders' names and emails, and to each founder of the startup
 * (`startup_contacts.is_founder`) with the mentor's name, email and company. A startup without
 * founders on record gets none, and the mentor none either (nobody to introduce). Returns the
 * outbox ids to dispatch after the commit.
 */
export async function mailIntroductions(
  mail: MailOutbox,
  manager: EntityManager,
  offer: OfferRow,
): Promise<string[]> {
  const founders = await foundersOfStartup.all(manager, [offer.startupId]);
  if (founders.length === 0) return [];
  const mentor = await mentorPerson.one(manager, [offer.mentorId]);
  const { languages } = await startupLanguages.one(manager, [offer.startupId]);
  const common = { startupName: offer.startupName, cohortName: offer.cohortName };
  const ids = [
    await mail.add(manager, {
      to: mentor.email,
      toName: mentor.name,
      locale: mentorLocale(offer.mentorLanguages),
      template: 'mentor-introduction',
      data: {
        ...common,
        audience: 'mentor',
        recipientName: mentor.name,
        people: founders.map(({ name, email }) => ({ name, email })),
      },
      subjectType: 'mentor',
      subjectId: offer.mentorId,
      key: `mentor-introduction.${offer.proposalId}.mentor`,
    }),
  ];
  const founderLanguage = founderLocale(languages);
  for (const founder of founders) {
    ids.push(
      await mail.add(manager, {
        to: founder.email,
        toName: founder.name,
        locale: founderLanguage,
        template: 'mentor-introduction',
        data: { ...common, audience: 'founder', recipientName: founder.name, people: [mentor] },
        subjectType: 'startup',
        subjectId: offer.startupId,
        key: `mentor-introduction.${offer.proposalId}.founder.${founder.id}`,
      }),
    );
  }
  return ids;
}
