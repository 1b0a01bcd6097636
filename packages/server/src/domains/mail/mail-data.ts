import { DECISIONS, INVESTOR_TYPES } from '@kohorte/contracts';
import { z } from 'zod';

/** A required text: present and not blank. */
const text = z.string().regex(/\S/, 'must be a non-empty text');
/** An optional text: absent, null and '' all read as null. */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value || null);
const optionalNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? null);
/** Texts in the reader's language (reasons, labels); absent reads as none. */
const texts = z.array(z.string()).default([]);
/** The one reminder of an unanswered request (a new link that replaces the first). */
const reminder = z.boolean().optional();

/** A person an introduction email names: name, email and (for a mentor or a fund) the company. */
const introducedPerson = z.object({ name: z.string(), email: z.string(), company: optionalText });
const people = z.array(introducedPerson).min(1);

/** One startup a mentor's offer email lists; its link is named by the proposal id. */
const offeredStartup = z.object({
  proposalId: text,
  startupName: text,
  oneLiner: optionalText,
  reasons: texts,
});

const mentorOffer = z.union([
  z.object({
    mentorName: optionalText,
    cohortName: text,
    startups: z.array(offeredStartup).min(1),
  }),
  // A mail written before offers were grouped per mentor: one startup at the top level and one
  // `link`. Rows still pending from then render as they were written.
  z.object({
    mentorName: optionalText,
    cohortName: text,
    startupName: text,
    oneLiner: optionalText,
    reasons: texts,
  }),
]);

/**
 * What each email's data holds, by template (as `JobPayloads` does for jobs): `OutgoingMail`
 * types what a sender writes from it, and the renderer checks a stored row against it before the
 * template reads it, so a row that lacks a field (written by an older version, or by hand) fails
 * its send with a `MailDataError` instead of sending a broken mail. The links a mail carries are
 * not part of it: `OutgoingMail.link`/`links` ask for them, `mailLink`/`mailLinks` read them.
 */
export const MAIL_DATA = {
  'test-message': z.object({ message: text, path: text, name: optionalText }),
  'startup-profile-link': z.object({
    startupName: text,
    founderName: optionalText,
    /** The founder asked for the link on the profile page, rather than the team sending it. */
    requestedByFounder: z.boolean().optional(),
  }),
  'mentor-offer': mentorOffer,
  'mentor-offer-reminder': mentorOffer,
  'mentor-offer-expired': z.object({
    managerName: text,
    mentorName: text,
    startupName: text,
    cohortName: text,
    cohortId: text,
    nextMentorName: optionalText,
  }),
  'mentor-introduction': z.object({
    audience: z.enum(['mentor', 'founder']),
    recipientName: optionalText,
    startupName: text,
    cohortName: text,
    people,
  }),
  'intro-consent-request': z.object({
    recipientName: optionalText,
    startupName: text,
    cohortName: text,
    investorName: text,
    contactName: optionalText,
    investorType: z.enum(INVESTOR_TYPES),
    ticketMinEur: optionalNumber,
    ticketMaxEur: optionalNumber,
    reasons: texts,
    reminder,
  }),
  'investor-teaser': z.object({
    recipientName: optionalText,
    cohortName: text,
    stage: optionalText,
    sectors: texts,
    fundingSoughtEur: optionalNumber,
    teamSize: optionalNumber,
    foundedYear: optionalNumber,
    reasons: texts,
    reminder,
  }),
  'investor-introduction': z.object({
    audience: z.enum(['investor', 'founder']),
    recipientName: optionalText,
    startupName: text,
    cohortName: text,
    investorName: text,
    oneLiner: optionalText,
    website: optionalText,
    people,
  }),
  'application-link': z.object({ callTitle: text, closesAt: text, founderName: optionalText }),
  'application-received': z.object({
    callTitle: text,
    confirmation: text,
    founderName: optionalText,
  }),
  'application-decision': z.object({
    decision: z.enum(DECISIONS),
    callTitle: text,
    startupName: text,
    founderName: optionalText,
  }),
  'review-invitation': z.object({
    reviewerName: text,
    callTitle: text,
    count: z.number().int().min(0),
    deadline: optionalText,
  }),
  'review-reminder': z.object({
    reviewerName: text,
    callTitle: text,
    open: z.number().int().min(0),
    deadline: text,
  }),
};

export type MailTemplateName = keyof typeof MAIL_DATA;

/** The data a template reads (checked, optional texts as null). */
export type MailData<N extends MailTemplateName> = z.output<(typeof MAIL_DATA)[N]>;

/** The data a sender writes. */
export type MailDataInput<N extends MailTemplateName> = z.input<(typeof MAIL_DATA)[N]>;

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.prototype.hasOwnProperty.call(MAIL_DATA, name);
}
