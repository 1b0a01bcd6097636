import {
  ACCESS_REPORT_KEEP_DAYS,
  type Locale,
  PRIVACY_CATEGORY_TEXTS,
  PROCESSING_RETENTION_TEXTS,
  type ProcessingRecord,
  type RetentionSetting,
} from '@kohorte/contracts';
import { stringify } from 'csv-stringify/sync';
import { PERSONAL_DATA_REGISTRY } from './personal-data-registry';
import { RETENTION_RULES } from './retention-rules';

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/**
 * The records of processing (Art. 30 GDPR): one row per category of personal data, with the
 * tables and columns the registry lists, the purpose and legal basis of the catalogue, and the
 * retention the admins set. Generated from the same definitions the code erases by.
 */
export function recordsOfProcessing(
  settings: readonly RetentionSetting[],
  locale: Locale,
): ProcessingRecord[] {
  const words = PROCESSING_RETENTION_TEXTS[locale];
  const categories = [...new Set(PERSONAL_DATA_REGISTRY.map((section) => section.category))];
  return categories.map((category) => {
    const sections = PERSONAL_DATA_REGISTRY.filter((section) => section.category === category);
    const periods = settings
      .filter((setting) => RETENTION_RULES[setting.kind].category === category)
      .map((setting) => ({
        kind: words.kinds[setting.kind],
        days: setting.days,
      }));
    if (category === 'privacy-requests') {
      periods.push({ kind: words.kinds['access-reports'], days: ACCESS_REPORT_KEEP_DAYS });
    }
    const limited = periods
      .filter((period) => period.days !== null)
      .map((period) => `${period.kind}: ${fill(words.days, { days: String(period.days) })}`);
    const texts = PRIVACY_CATEGORY_TEXTS[category][locale];
    return {
      category,
      label: texts.label,
      purpose: texts.purpose,
      basis: texts.basis,
      tables: [...new Set(sections.map((section) => section.table))],
      personalColumns: [
        ...new Set(
          sections.flatMap((section) =>
            section.personalColumns.map((column) => `${section.table}.${column}`),
          ),
        ),
      ],
      // The periods set, then what holds for everything else of the category.
      retention: [...limited, words.untilErased].join('; '),
    };
  });
}

/** The same as CSV (UTF-8 with BOM, for spreadsheet programs), headings in the reader's language. */
export function recordsOfProcessingCsv(
  records: readonly ProcessingRecord[],
  locale: Locale,
): string {
  const headings =
    locale === 'de'
      ? [
          'Kategorie',
          'Zweck',
          'Rechtsgrundlage',
          'Tabellen',
          'Personenbezogene Spalten',
          'Aufbewahrung',
        ]
      : ['Category', 'Purpose', 'Legal basis', 'Tables', 'Personal columns', 'Retention'];
  return (
    '\uFEFF' +
    stringify([
      headings,
      ...records.map((record) => [
        record.label,
        record.purpose,
        record.basis,
        record.tables.join(', '),
        record.personalColumns.join(', '),
        record.retention,
      ]),
    ])
  );
}
