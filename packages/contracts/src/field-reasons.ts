import type { Locale } from './auth.js';
import type { LocalizedText, ReasonParam } from './errors.js';
import { IMPORT_REASONS, renderReason } from './import-reasons.js';
import type { VocabularyKind } from './vocabularies.js';

/**
 * Why a value is refused, wherever it was entered: the import's reasons and those only a request
 * body or a form meets (a number sent as text, a field the record does not have). One catalogue
 * in both languages: the API renders it for `Accept-Language`, the web app for its current
 * language, the import for the page that shows the dry run.
 */
export const FIELD_REASONS = {
  ...IMPORT_REASONS,
  notText: { en: 'must be text', de: 'muss ein Text sein' },
  notSingleLine: {
    en: 'must be a single line (no line breaks or tabs)',
    de: 'muss eine einzelne Zeile sein (ohne Zeilenumbrüche oder Tabulatoren)',
  },
  controlCharacters: {
    en: 'must not contain control characters',
    de: 'darf keine Steuerzeichen enthalten',
  },
  notUnicode: {
    en: 'must be valid Unicode text (no lone surrogates)',
    de: 'muss gültiger Unicode-Text sein (keine einzelnen Ersatzzeichen)',
  },
  notList: { en: 'must be a list', de: 'muss eine Liste sein' },
  notKey: {
    en: '"{value}" is not a key (lower-case letters, digits and dashes, e.g. "fintech")',
    de: '„{value}“ ist kein Schlüssel (Kleinbuchstaben, Ziffern und Bindestriche, z. B. „fintech“)',
  },
  unknownTerm: {
    en: '"{value}" is not a known {noun}; known {kind}: {known}',
    de: '„{value}“ ist kein bekannter Wert ({noun}); bekannt: {known}',
  },
  unknownTermSuggestion: {
    en: '"{value}" is not a known {noun}; did you mean "{suggestion}"?',
    de: '„{value}“ ist kein bekannter Wert ({noun}); meinten Sie „{suggestion}“?',
  },
  repeated: { en: '"{value}" is given twice', de: '„{value}“ ist doppelt angegeben' },
  notChoice: {
    en: 'must be one of: {choices}',
    de: 'muss einer dieser Werte sein: {choices}',
  },
  notBoolean: { en: 'must be true or false', de: 'muss true oder false sein' },
  consentWithdrawn: {
    en: 'The founders of {startup} withdrew their consent to investor introductions',
    de: 'Die Gründer:innen von {startup} haben ihre Einwilligung in Vorstellungen bei Investor:innen widerrufen',
  },
  notId: { en: 'is not an id (UUID)', de: 'ist keine ID (UUID)' },
  unknownField: {
    en: 'is not a field of this record',
    de: 'ist kein Feld dieses Datensatzes',
  },
  // An import's uploaded file (the field `file` or `sheet`). `detail` is the reader library's
  // own words, which name the line or the part that broke.
  fileMissing: {
    en: 'choose a CSV file to upload',
    de: 'Wählen Sie eine CSV- oder xlsx-Datei zum Hochladen',
  },
  fileTooLarge: {
    en: 'must not be larger than {max} MB',
    de: 'darf nicht größer als {max} MB sein',
  },
  fileNotCsv: {
    en: 'The file is not valid CSV: {detail}',
    de: 'Die Datei ist kein gültiges CSV: {detail}',
  },
  fileNotXlsx: {
    en: 'The file is not a readable xlsx workbook: {detail}',
    de: 'Die Datei ist keine lesbare xlsx-Arbeitsmappe: {detail}',
  },
  fileEmpty: {
    en: 'The file is empty: it needs a header row and at least one data row',
    de: 'Die Datei ist leer: Sie braucht eine Kopfzeile und mindestens eine Datenzeile',
  },
  fileWithoutRows: {
    en: 'The file has a header row but no data rows',
    de: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen',
  },
  fileTooManyRows: {
    en: 'The file has {rows} data rows; one import takes at most {max}',
    de: 'Die Datei hat {rows} Datenzeilen; ein Import nimmt höchstens {max}',
  },
  sheetWithoutWorkbook: {
    en: 'only an xlsx file has worksheets',
    de: 'nur eine xlsx-Datei hat Arbeitsblätter',
  },
  unknownSheet: {
    en: 'the workbook has no worksheet "{value}"',
    de: 'die Arbeitsmappe hat kein Arbeitsblatt „{value}“',
  },
  /** A rule without a text of its own: `detail` carries the English words. */
  invalid: { en: 'is not valid: {detail}', de: 'ist ungültig: {detail}' },
  // An import's mapping and value choices, as an API caller sends them (the wizard checks first).
  notImportField: { en: 'is not a field of this import', de: 'ist kein Feld dieses Imports' },
  notFileColumn: {
    en: '"{value}" is not a column of the file',
    de: '„{value}“ ist keine Spalte der Datei',
  },
  columnRequired: {
    en: 'is required: choose the column that holds it',
    de: 'ist ein Pflichtfeld: Wählen Sie die Spalte, die es enthält',
  },
  notImportList: {
    en: '"{value}" is not a list this import uses',
    de: '„{value}“ ist keine Liste, die dieser Import verwendet',
  },
  notInImportList: {
    en: '"{value}" is not in the list {list}',
    de: '„{value}“ steht nicht in der Liste {list}',
  },
  blankValue: {
    en: 'needs at least one letter or digit',
    de: 'braucht mindestens einen Buchstaben oder eine Ziffer',
  },
  cohortOnlyForStartups: {
    en: 'only startups join a cohort',
    de: 'nur Startups können einer Kohorte beitreten',
  },
  unknownCohort: { en: 'no cohort has the id {value}', de: 'keine Kohorte hat die ID {value}' },
  // One field against another of the same record, named at the later end.
  untilBeforeFrom: {
    en: 'must not be before the start of availability ({from})',
    de: 'darf nicht vor dem Beginn der Verfügbarkeit ({from}) liegen',
  },
  maxBelowMin: {
    en: 'must not be less than the minimum ticket ({min})',
    de: 'darf nicht kleiner als das Mindestticket ({min}) sein',
  },
  endBeforeStart: {
    en: 'must not be before the start ({start})',
    de: 'darf nicht vor dem Beginn ({start}) liegen',
  },
  notDateTime: {
    en: '"{value}" is not a date and time with its zone (e.g. 2027-01-10T09:00:00+01:00)',
    de: '„{value}“ ist kein Zeitpunkt mit Zeitzone (z. B. 2027-01-10T09:00:00+01:00)',
  },
  closesBeforeOpens: {
    en: 'must be after the opening ({opens})',
    de: 'muss nach der Öffnung ({opens}) liegen',
  },
  minAboveMax: {
    en: 'must not be more than the maximum ({max})',
    de: 'darf nicht größer als das Maximum ({max}) sein',
  },
  optionsMissing: {
    en: 'a choice question needs at least two options',
    de: 'eine Auswahlfrage braucht mindestens zwei Optionen',
  },
  notExcludable: {
    en: 'only choice and yes/no questions can exclude applications',
    de: 'nur Auswahl- und Ja/Nein-Fragen können Bewerbungen ausschließen',
  },
  notFormField: {
    en: 'is not a field of this form',
    de: 'ist kein Feld dieses Formulars',
  },
  callNotOpen: {
    en: 'The call opens on {opens}; applications are taken from then on',
    de: 'Die Ausschreibung öffnet am {opens}; Bewerbungen sind ab dann möglich',
  },
  callClosed: {
    en: 'The call closed on {closes}; applications can no longer be changed or submitted',
    de: 'Die Ausschreibung endete am {closes}; Bewerbungen können nicht mehr geändert oder eingereicht werden',
  },
  alreadySubmitted: {
    en: 'The application was submitted on {submitted} and can no longer be changed',
    de: 'Die Bewerbung wurde am {submitted} eingereicht und kann nicht mehr geändert werden',
  },
  consentOutdated: {
    en: 'The statement on data processing has changed; please read it again and agree',
    de: 'Der Hinweis zur Datenverarbeitung hat sich geändert; bitte lesen Sie ihn erneut und stimmen Sie zu',
  },
  notPdf: {
    en: 'The file is not a PDF (its content does not start like one)',
    de: 'Die Datei ist kein PDF (ihr Inhalt beginnt nicht wie ein PDF)',
  },
  pdfUnreadable: {
    en: 'The PDF cannot be read: {detail}',
    de: 'Das PDF kann nicht gelesen werden: {detail}',
  },
  notUploadQuestion: {
    en: 'is not a question that takes a file',
    de: 'ist keine Frage, die eine Datei annimmt',
  },
  reasonRequired: {
    en: 'say why the application is not eligible',
    de: 'geben Sie an, warum die Bewerbung nicht förderfähig ist',
  },
  startAfterEnd: {
    en: 'must not be after the end ({end})',
    de: 'darf nicht nach dem Ende ({end}) liegen',
  },
  levelsCount: {
    en: 'needs a description for each of the {count} levels',
    de: 'braucht eine Beschreibung für jede der {count} Stufen',
  },
  reviewSubmitted: {
    en: 'this review was submitted and can no longer change',
    de: 'diese Bewertung wurde abgeschickt und kann nicht mehr geändert werden',
  },
  notAssigned: {
    en: 'this application is not assigned to you',
    de: 'diese Bewerbung ist Ihnen nicht zugewiesen',
  },
  pinConflict: {
    en: 'this reviewer has a conflict of interest with this application',
    de: 'diese:r Gutachter:in hat einen Interessenkonflikt mit dieser Bewerbung',
  },
  notReviewable: {
    en: 'only eligible, submitted applications are reviewed',
    de: 'nur förderfähige, eingereichte Bewerbungen werden bewertet',
  },
  reviewerTaken: {
    en: '{value} already reviews this call',
    de: '{value} bewertet diese Ausschreibung bereits',
  },
  noRubric: {
    en: 'the call has no rubric yet: set the criteria first',
    de: 'die Ausschreibung hat noch keinen Bewertungsbogen: legen Sie zuerst die Kriterien fest',
  },
  assignmentImpossible: {
    en: 'no assignment is possible: {detail}',
    de: 'keine Zuweisung möglich: {detail}',
  },
  unknownRecord: {
    en: 'no record has the id {value}',
    de: 'kein Datensatz hat die ID {value}',
  },
  positionRange: {
    en: 'must be from 1 to {max}',
    de: 'muss zwischen 1 und {max} liegen',
  },
} as const satisfies Record<string, LocalizedText>;

export type FieldReasonCode = keyof typeof FIELD_REASONS;

/** A reason as it travels: the code and its parameters. */
export interface FieldReason {
  code: FieldReasonCode;
  params: Record<string, ReasonParam>;
}

/** Words used inside field reasons, as parameters. */
export const FIELD_REASON_WORDS = {
  isoDate: { en: 'YYYY-MM-DD', de: 'JJJJ-MM-TT' },
} as const satisfies Record<string, LocalizedText>;

/** A term of each vocabulary, as a reason names it ("not a known sector"). */
export const VOCABULARY_NOUNS = {
  sectors: { en: 'sector', de: 'Branche' },
  topics: { en: 'topic', de: 'Thema' },
  stages: { en: 'stage', de: 'Phase' },
  languages: { en: 'language', de: 'Sprache' },
  regions: { en: 'region', de: 'Region' },
} as const satisfies Record<VocabularyKind, LocalizedText>;

/** The top-level message of a 400 that lists field errors. */
export const INVALID_FIELDS_MESSAGE: LocalizedText = {
  en: 'Some fields are invalid',
  de: 'Einige Felder sind ungültig',
};

/** A field error that carries a reason: its code and parameters, and the English words. */
export function reasonError(
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): {
  field: string;
  code: FieldReasonCode;
  params: Record<string, ReasonParam>;
  messages: string[];
} {
  return { field, code, params, messages: [formatReason(code, params, 'en')] };
}

/** A reason in the reader's language; an unknown code (a newer server) shows as the code. */
export function formatReason(
  code: string,
  params: Readonly<Record<string, ReasonParam>> | undefined,
  locale: Locale,
): string {
  return renderReason((FIELD_REASONS as Record<string, LocalizedText>)[code], code, params, locale);
}
