import type { MailTemplateName } from '../mail-data';
import type { MailTemplate } from '../mail-template';
import { applicationDecision } from './application-decision';
import { applicationLink } from './application-link';
import { applicationReceived } from './application-received';
import { introConsentRequest } from './intro-consent-request';
import { investorIntroduction } from './investor-introduction';
import { investorTeaser } from './investor-teaser';
import { mentorIntroduction } from './mentor-introduction';
import { mentorOffer } from './mentor-offer';
import { mentorOfferExpired } from './mentor-offer-expired';
import { mentorOfferReminder } from './mentor-offer-reminder';
import { reviewInvitation } from './review-invitation';
import { reviewReminder } from './review-reminder';
import { startupProfileLink } from './startup-profile-link';
import { testMessage } from './test-message';

/**
 * Every email Kohorte sends, by name. The outbox stores the name and the data; the worker renders
 * at send time. Add a template: its data in `MAIL_DATA` (../mail-data.ts), one file in this
 * folder, one line here.
 */
export const MAIL_TEMPLATES: { [N in MailTemplateName]: MailTemplate<N> } = {
  'test-message': testMessage,
  'startup-profile-link': startupProfileLink,
  'mentor-offer': mentorOffer,
  'mentor-offer-reminder': mentorOfferReminder,
  'mentor-offer-expired': mentorOfferExpired,
  'mentor-introduction': mentorIntroduction,
  'intro-consent-request': introConsentRequest,
  'investor-teaser': investorTeaser,
  'investor-introduction': investorIntroduction,
  'application-link': applicationLink,
  'application-received': applicationReceived,
  'application-decision': applicationDecision,
  'review-invitation': reviewInvitation,
  'review-reminder': reviewReminder,
};

export { isMailTemplateName, type MailTemplateName } from '../mail-data';
