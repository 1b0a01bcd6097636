import type { Locale } from './auth.js';
import type { LocalizedText, ReasonParam } from './errors.js';

/**
 * Why an import rejects a cell or a row, as codes with parameters. The server stores the code and
 * its parameters on each verdict; the web app and the API's `Accept-Language` render them with
 * the texts below, so a manager reads every reason in the language of the page.
 */
export const IMPORT_REASONS = {
  required: { en: 'is required', de: 'fehlt (Pflichtfeld)' },
  tooLong: {
    en: 'is too long: {length} characters, at most {max}',
    de: 'ist zu lang: {length} Zeichen, höchstens {max}',
  },
  notEmail: {
    en: '"{value}" is not an email address',
    de: '„{value}“ ist keine E-Mail-Adresse',
  },
  notPhone: {
    en: '"{value}" is not a phone number (digits, spaces and + ( ) - / .)',
    de: '„{value}“ ist keine Telefonnummer (Ziffern, Leerzeichen und + ( ) - / .)',
  },
  notUrl: {
    en: '"{value}" is not a web address (e.g. www.example.com)',
    de: '„{value}“ ist keine Webadresse (z. B. www.beispiel.de)',
  },
  notDate: {
    en: '"{value}" is not a date that exists ({format})',
    de: '„{value}“ ist kein existierendes Datum ({format})',
  },
  future: { en: '{value} is in the future', de: '{value} liegt in der Zukunft' },
  notNumber: {
    en: '"{value}" is not a number ({format})',
    de: '„{value}“ ist keine Zahl ({format})',
  },
  notWhole: { en: '"{value}" is not a whole number', de: '„{value}“ ist keine ganze Zahl' },
  tooSmall: { en: '{value} is less than {min}', de: '{value} ist kleiner als {min}' },
  tooLarge: { en: '{value} is more than {max}', de: '{value} ist größer als {max}' },
  unknownValue: {
    en: '"{value}" is not a known value; map it, or its rows are rejected',
    de: '„{value}“ ist kein bekannter Wert; ordnen Sie ihn zu, sonst werden seine Zeilen abgewiesen',
  },
  unknownValueSuggestion: {
    en: '"{value}" is not a known value; did you mean "{suggestion}"?',
    de: '„{value}“ ist kein bekannter Wert; meinten Sie „{suggestion}“?',
  },
  notTag: {
    en: '"{value}" is not a tag (1–40 letters, digits, spaces and -_.&+/#)',
    de: '„{value}“ ist kein Schlagwort (1–40 Buchstaben, Ziffern, Leerzeichen und -_.&+/#)',
  },
  tooMany: {
    en: 'has {count} values, at most {max}',
    de: 'hat {count} Werte, höchstens {max}',
  },
  duplicateRow: {
    en: 'duplicate of row {row} (same {key})',
    de: 'Duplikat von Zeile {row} (gleiche {key})',
  },
  sameRecord: {
    en: 'updates the same record as row {row}',
    de: 'ändert denselben Datensatz wie Zeile {row}',
  },
  notAfter: {
    en: '{value} is after {other} ({otherValue})',
    de: '{value} liegt nach {other} ({otherValue})',
  },
  notMore: {
    en: '{value} is more than {other} ({otherValue})',
    de: '{value} ist größer als {other} ({otherValue})',
  },
  contactWithoutEmail: {
    en: 'the contact "{value}" has no email address',
    de: 'die Kontaktperson „{value}“ hat keine E-Mail-Adresse',
  },
  contactWithoutName: {
    en: 'the email {value} has no contact name',
    de: 'zur E-Mail {value} fehlt der Name der Kontaktperson',
  },
} as const satisfies Record<string, LocalizedText>;

export type ImportReasonCode = keyof typeof IMPORT_REASONS;

/** Words used inside reasons, as parameters. */
export const IMPORT_REASON_WORDS = {
  nameAndWebsite: { en: 'name and website', de: 'Name und Webseite' },
  email: { en: 'email', de: 'E-Mail' },
  contactEmail: { en: 'contact email', de: 'E-Mail der Kontaktperson' },
  dateFormatDe: { en: 'DD.MM.YYYY or YYYY-MM-DD', de: 'TT.MM.JJJJ oder JJJJ-MM-TT' },
  dateFormatEn: { en: 'YYYY-MM-DD or MM/DD/YYYY', de: 'JJJJ-MM-TT oder MM/TT/JJJJ' },
  numberFormatDe: { en: 'e.g. 2.638.000 or 2,5 Mio.', de: 'z. B. 2.638.000 oder 2,5 Mio.' },
  numberFormatEn: { en: 'e.g. 2,638,000 or 2.5M', de: 'z. B. 2,638,000 oder 2.5M' },
} as const satisfies Record<string, LocalizedText>;

function paramText(param: ReasonParam, locale: Locale): string {
  if (typeof param === 'object') return param[locale];
  // Numbers as the reader writes them: 1.000.000 in German, 1,000,000 in English.
  if (typeof param === 'number') return param.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB');
  return param;
}

/** A reason in the reader's language; an unknown code (a newer server) shows as the code. */
export function formatImportReason(
  code: string,
  params: Readonly<Record<string, ReasonParam>> | undefined,
  locale: Locale,
): string {
  return renderReason(
    (IMPORT_REASONS as Record<string, LocalizedText>)[code],
    code,
    params,
    locale,
  );
}

/** Fills a reason's text in `locale` with its parameters; without texts, the code stands for it. */
export function renderReason(
  texts: LocalizedText | undefined,
  code: string,
  params: Readonly<Record<string, ReasonParam>> | undefined,
  locale: Locale,
): string {
  if (!texts) return code;
  return texts[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const param = params?.[name];
    return param === undefined ? whole : paramText(param, locale);
  });
}
