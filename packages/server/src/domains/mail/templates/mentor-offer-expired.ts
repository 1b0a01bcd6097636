import { html } from '../html';
import type { MailTemplate } from '../mail-template';

const TEXTS = {
  de: {
    greeting: (name: string) => `Hallo ${name},`,
    subject: (mentor: string, startup: string) =>
      `Keine Antwort: ${mentor} zu ${startup} – Anfrage abgelaufen`,
    expired: (mentor: string, startup: string, cohort: string) =>
      `${mentor} hat auf die Mentoring-Anfrage für ${startup} (${cohort}) nicht geantwortet; die Anfrage ist abgelaufen und der Platz wieder frei.`,
    next: (next: string) =>
      `Wie für diesen Matching-Lauf eingestellt, ist ${next} als Nächstbeste:r angefragt worden.`,
    none: 'Es gibt keine weitere passende Mentor:in mit freiem Platz. Bitte weisen Sie selbst eine Mentor:in zu.',
    button: 'Kohorte öffnen',
    reason: (cohort: string) => `Sie das Matching für ${cohort} gestartet haben.`,
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    subject: (mentor: string, startup: string) =>
      `No answer: ${mentor} for ${startup} – offer expired`,
    expired: (mentor: string, startup: string, cohort: string) =>
      `${mentor} did not answer the mentoring offer for ${startup} (${cohort}); the offer has expired and the place is free again.`,
    next: (next: string) =>
      `As this run asks, ${next} has been offered the startup as the next best.`,
    none: 'No other fitting mentor has a free place. Please assign one yourself.',
    button: 'Open the cohort',
    reason: (cohort: string) => `you started the matching for ${cohort}.`,
  },
} as const;

/**
 * To the manager who started a mentor run: one of its offers expired unanswered, and whether the
 * startup went to the next-best mentor. Data: `managerName`, `mentorName`, `startupName`,
 * `cohortName`, `cohortId`, optional `nextMentorName`.
 */
export const mentorOfferExpired: MailTemplate<'mentor-offer-expired'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.mentorName, data.startupName),

  html(data, locale, { link }) {
    const t = TEXTS[locale];
    const next = data.nextMentorName;
    const url = link(`/cohorts/${data.cohortId}`);
    return html`<p>${t.greeting(data.managerName)}</p>
      <p>${t.expired(data.mentorName, data.startupName, data.cohortName)}</p>
      <p>${next ? t.next(next) : t.none}</p>
      <p>
        <a
          href="${url}"
          style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none"
          >${t.button}</a
        >
      </p>`;
  },

  text(data, locale, { link }) {
    const t = TEXTS[locale];
    const next = data.nextMentorName;
    return [
      t.greeting(data.managerName),
      '',
      t.expired(data.mentorName, data.startupName, data.cohortName),
      '',
      next ? t.next(next) : t.none,
      '',
      `${t.button}: ${link(`/cohorts/${data.cohortId}`)}`,
    ].join('\n');
  },

  reason: (data, locale) => TEXTS[locale].reason(data.cohortName),
};
