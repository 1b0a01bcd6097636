import { html } from '../html';
import type { MailTemplate } from '../mail-template';

/**
 * A plain message with one link, sent by tests and useful to check a new installation's mail
 * setup. Data: `message` (text), `path` (where the link goes, e.g. `/mailbox`), optional `name`.
 */
export const testMessage: MailTemplate<'test-message'> = {
  subject: (_data, locale, { incubatorName }) =>
    locale === 'de' ? `Testnachricht von ${incubatorName}` : `Test message from ${incubatorName}`,

  html(data, locale, { link }) {
    const name = data.name;
    const url = link(data.path);
    const greeting =
      locale === 'de' ? `Hallo${name ? ` ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`;
    return html`<p>${greeting}</p>
      <p>${data.message}</p>
      <p><a href="${url}">${locale === 'de' ? 'Link öffnen' : 'Open the link'}</a></p>`;
  },

  text(data, locale, { link }) {
    const name = data.name;
    const greeting =
      locale === 'de' ? `Hallo${name ? ` ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`;
    const open = locale === 'de' ? 'Link öffnen' : 'Open the link';
    return `${greeting}\n\n${data.message}\n\n${open}: ${link(data.path)}`;
  },

  reason: (_data, locale) =>
    locale === 'de'
      ? 'jemand die E-Mail-Einstellungen dieser Kohorte-Installation testet.'
      : 'someone is testing the email setup of this Kohorte installation.',
};
