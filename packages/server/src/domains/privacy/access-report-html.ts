import {
  ACCESS_REPORT_TEXTS,
  type Locale,
  type PersonRecord,
  PRIVACY_CATEGORY_TEXTS,
} from '@kohorte/contracts';
import { html, type SafeHtml } from '../mail/index';
import { PERSONAL_DATA_REGISTRY } from './personal-data-registry';
import type { SectionRow } from './registry-sql';

export interface AccessReportContent {
  generatedAt: string;
  records: PersonRecord[];
  /** Rows per registry section key (only sections with rows). */
  sections: Record<string, SectionRow[]>;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

function value(cell: unknown): string {
  if (cell === null || cell === undefined) return '–';
  return typeof cell === 'string' ? cell : JSON.stringify(cell, null, 1);
}

function rowTable(row: SectionRow): SafeHtml {
  return html`<table>
    ${Object.entries(row).map(
      ([column, cell]) =>
        html`<tr>
          <th>${column}</th>
          <td><pre>${value(cell)}</pre></td>
        </tr>`,
    )}
  </table>`;
}

/**
 * The readable access report: a self-contained HTML page in the person's language, one part per
 * category of data with its purpose and legal basis, every stored row with its fields. Everything
 * from the database is escaped (`html`).
 */
export function accessReportHtml(
  content: AccessReportContent,
  locale: Locale,
  incubatorName: string,
): string {
  const texts = ACCESS_REPORT_TEXTS[locale];
  const date = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(content.generatedAt));
  const categories = [...new Set(PERSONAL_DATA_REGISTRY.map((section) => section.category))];
  const parts = categories.map((category) => {
    const category_texts = PRIVACY_CATEGORY_TEXTS[category][locale];
    const sections = PERSONAL_DATA_REGISTRY.filter(
      (section) => section.category === category && content.sections[section.key]?.length,
    );
    const count = sections.reduce((sum, s) => sum + (content.sections[s.key]?.length ?? 0), 0);
    return html`<section>
      <h2>${category_texts.label} <small>${fill(texts.rows, { count: String(count) })}</small></h2>
      <p>
        <strong>${texts.purpose}:</strong> ${category_texts.purpose}<br />
        <strong>${texts.basis}:</strong> ${category_texts.basis}
      </p>
      ${
        count === 0
          ? html`<p>${texts.none}</p>`
          : sections.map(
              (section) =>
                html`<h3>${section.key}</h3>
                  ${(content.sections[section.key] ?? []).map(rowTable)}`,
            )
      }
    </section>`;
  });
  const title = fill(texts.title, { incubator: incubatorName });
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          body {
            font:
              15px/1.5 system-ui,
              sans-serif;
            max-width: 60rem;
            margin: 2rem auto;
            padding: 0 1rem;
            color: #1b1b1f;
          }
          table {
            border-collapse: collapse;
            width: 100%;
            margin: 0 0 1rem;
          }
          th,
          td {
            border: 1px solid #ccc;
            padding: 0.25rem 0.5rem;
            text-align: left;
            vertical-align: top;
          }
          th {
            width: 12rem;
            background: #f4f4f8;
            font-weight: 600;
          }
          pre {
            margin: 0;
            white-space: pre-wrap;
            word-break: break-word;
            font: inherit;
          }
          h2 small {
            font-weight: normal;
            color: #555;
          }
        </style>
      </head>
      <body>
        <h1>${title}</h1>
        <p>${fill(texts.intro, { incubator: incubatorName, date })}</p>
        <h2>${texts.records}</h2>
        <ul>
          ${content.records.map(
            (record) =>
              html`<li>
                ${texts.kinds[record.kind]}:
                ${record.label}${record.email ? ` <${record.email}>` : ''}
              </li>`,
          )}
        </ul>
        ${parts}
      </body>
    </html> `.value;
}
