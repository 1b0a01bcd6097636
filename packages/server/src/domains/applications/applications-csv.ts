import type { ApplicationListItem, CallProfileField, CallQuestion } from '@kohorte/contracts';
import { stringify } from 'csv-stringify/sync';
import type { ApplicationRow } from './application-rows';

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** An answer's value as text; a structured one (not expected from the form) as JSON. */
function scalar(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe (answers are free text
// from outside).
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map(scalar).join('; ') : scalar(value);
  return /^[=@+\-\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A call's applications as CSV: the screening columns, then the profile fields and the custom
 * questions the call asks (headed by their keys; a deck by its file name).
 */
export function applicationsCsv(
  items: readonly { item: ApplicationListItem; row: ApplicationRow; files: Map<string, string> }[],
  profileFields: readonly CallProfileField[],
  questions: readonly CallQuestion[],
): string {
  const header = [
    'email',
    'founderName',
    'startupName',
    'status',
    'eligibility',
    'eligibilityReason',
    'submittedAt',
    'decidedAt',
    'duplicates',
    ...profileFields,
    ...questions.map((question) => question.key),
  ];
  const rows = items.map(({ item, row, files }) =>
    [
      item.email,
      item.founderName,
      item.startupName,
      item.status,
      item.eligibility,
      item.eligibilityReason,
      item.submittedAt,
      item.decidedAt,
      item.duplicates.map((duplicate) => duplicate.name),
      ...profileFields.map((field) => row.profile[field]),
      ...questions.map((question) =>
        question.kind === 'pitchDeck' ? files.get(question.key) : row.answers[question.key],
      ),
    ].map(cell),
  );
  return BOM + stringify([header, ...rows], { record_delimiter: 'windows' });
}
