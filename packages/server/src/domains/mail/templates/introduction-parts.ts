import type { InvestorType, Locale } from '@kohorte/contracts';
import { html, type SafeHtml } from '../html';
import { berlinDateTime } from '../berlin-time';
import { mailLink, type MailLinkFields } from '../mail-link';

/** The parts the investor introduction emails share (consent request, teaser, introduction). */

/** When the mail's link stops working, in the reader's language and German time. */
export function linkExpiry(data: MailLinkFields, locale: Locale): string {
  return berlinDateTime(mailLink(data).expiresAt, locale);
}

/** Whole euros as the reader writes them: "250.000 €" or "€250,000". */
export function euros(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** An investor's ticket range, or null when neither end is known. */
export function ticketRange(min: number | null, max: number | null, locale: Locale): string | null {
  if (min !== null && max !== null) return `${euros(min, locale)} – ${euros(max, locale)}`;
  if (min !== null) return `${locale === 'de' ? 'ab' : 'from'} ${euros(min, locale)}`;
  if (max !== null) return `${locale === 'de' ? 'bis' : 'up to'} ${euros(max, locale)}`;
  return null;
}

export const INVESTOR_TYPE_LABELS: Record<InvestorType, Record<Locale, string>> = {
  angel: { de: 'Business Angel', en: 'Business angel' },
  vc: { de: 'Risikokapitalfonds (VC)', en: 'Venture capital fund' },
  corporate: { de: 'Corporate Investor', en: 'Corporate investor' },
  public: { de: 'Öffentlicher Förderer', en: 'Public funder' },
};

/** Whether the mail is the one reminder of an unanswered request (`data.reminder`). */
export function isReminder(data: { reminder?: boolean }): boolean {
  return data.reminder === true;
}

/** The call to action: a button and, below it, the address to copy. */
export function linkButton(url: string, label: string, validity: string): SafeHtml {
  return html`<p>
      <a
        href="${url}"
        style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none"
        >${label}</a
      >
    </p>
    <p style="font-size:14px;color:#4b5563">${validity}</p>
    <p style="font-size:13px;color:#4b5563;word-break:break-all">${url}</p>`;
}

/** A boxed list of "label: value" facts with the reasons why it fits. */
export function factsBox(
  heading: string,
  facts: [string, string][],
  whyLabel: string,
  reasons: string[],
): SafeHtml {
  return html`<div
    style="border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin:12px 0"
  >
    <h2 style="font-size:17px;margin:0 0 4px">${heading}</h2>
    ${facts.map(([label, value]) => html`<p style="margin:0 0 4px;color:#374151">${label}: ${value}</p>`)}
    ${
      reasons.length > 0
        ? html`<p style="margin:8px 0 0;font-weight:600">${whyLabel}</p>
            <ul style="margin:4px 0 8px">
              ${reasons.map((reason) => html`<li>${reason}</li>`)}
            </ul>`
        : ''
    }
  </div>`;
}

/** The same facts and reasons as plain text lines. */
export function factsText(
  heading: string,
  facts: [string, string][],
  whyLabel: string,
  reasons: string[],
): string[] {
  const lines = [`* ${heading}`, ...facts.map(([label, value]) => `  ${label}: ${value}`)];
  if (reasons.length > 0) lines.push('', `${whyLabel}:`, ...reasons.map((reason) => `- ${reason}`));
  return lines;
}
