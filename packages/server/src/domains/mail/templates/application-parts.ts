import type { Locale } from '@kohorte/contracts';
import { html, type SafeHtml } from '../html';

/** What the applicant emails share: the greeting, the button, paragraphs of a multi-line text. */

export function applicantGreeting(data: { founderName: string | null }, locale: Locale): string {
  const name = data.founderName;
  const hello = locale === 'de' ? 'Hallo' : 'Hello';
  return `${hello}${name ? ` ${name}` : ''},`;
}

export function button(url: string, label: string): SafeHtml {
  return html`<p>
    <a
      href="${url}"
      style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none"
      >${label}</a
    >
  </p>`;
}

/** A text the manager wrote (several lines) as paragraphs, escaped. */
export function paragraphs(text: string): SafeHtml[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => html`<p style="white-space:pre-line">${part}</p>`);
}
