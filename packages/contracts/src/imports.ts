import type { TimelineActor, FieldChange } from './timeline.js';
import type { Locale } from './auth.js';
import type { FieldError, ReasonParam } from './errors.js';
import {
  CONTACT_FIELDS,
  type FieldRule,
  INVESTOR_FIELDS,
  MENTOR_FIELDS,
  STARTUP_FIELDS,
} from './field-rules.js';
import type { FieldReasonCode } from './field-reasons.js';
import type {
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  MembershipStatus,
  MENTOR_STATUSES,
} from './programme.js';
import type { VocabularyKind } from './vocabularies.js';

export const IMPORT_KINDS = ['startups', 'mentors', 'investors'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * uploaded → (mapping saved) validating → validated → (confirmed) applying → done;
 * failed from validating or applying; discarded by the user before applying.
 */
export const IMPORT_STATUSES = [
  'uploaded',
  'validating',
  'validated',
  'applying',
  'done',
  'failed',
  'discarded',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Statuses from which a (new) dry run may start: a mapping can be saved. */
export const IMPORT_MAPPABLE_STATUSES: readonly ImportStatus[] = [
  'uploaded',
  'validated',
  'failed',
];
/** Statuses in which a job is working on the import: the UI polls until it leaves them. */
export const IMPORT_BUSY_STATUSES: readonly ImportStatus[] = ['validating', 'applying'];

export const IMPORT_ACTIONS = ['create', 'update', 'reject'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** Why a row is rejected: the record field, the file's column it came from, and the reasons. */
export interface ImportRowError extends FieldError {
  /** The file's column header; null when the field is not mapped (a required field left out). */
  column: string | null;
  /** Rendered with `formatReason` (a cell meets the import's reasons and the field rules'); `messages` hold the English text. */
  code: FieldReasonCode;
  params: Record<string, ReasonParam>;
}

/** The dry run's verdict on one data row (`row` counts from 1 after the header, as a spreadsheet shows it: row 2 is the first). */
export interface ImportRowResult {
  row: number;
  action: ImportAction;
  /** The record's name as read from the row. */
  label: string;
  /** The record an `update` changes. */
  matchedId: string | null;
  /** Why a row is rejected; `field` names the record field and `column` the file's column. */
  errors: ImportRowError[];
  /** For an `update`: the fields it changes, before → after (empty when it changes nothing). */
  changes?: FieldChange[];
}

// ---------------------------------------------------------------------------------------------
// The fields an import fills, per kind: what the mapping step offers and what the export writes.

/** How a cell is read. Lists are split on `,`, `;` or `|`. */
export type ImportFieldType =
  | 'text'
  | 'email'
  /** Digits and `+ ( ) - / .` and spaces, as the staff forms take them. */
  | 'phone'
  | 'url'
  /** `2024-03-01` or German `01.03.2024`. */
  | 'date'
  | 'integer'
  /** A key of a vocabulary, or its German or English label (any case). */
  | 'vocabulary'
  /** One of fixed `choices`, by key or label (any case). */
  | 'choice'
  /** A free tag (TAG_PATTERN). */
  | 'tag'
  /** Several people in one cell: `Name <email>; Name2 <email2>`. */
  | 'people';

/** How numbers and dates are written in a file: `2.638.000` and `13.06.2024`, or `2,638,000` and `2024-06-13`. */
export const IMPORT_LOCALES = ['de', 'en'] as const;
export type ImportLocale = (typeof IMPORT_LOCALES)[number];

/** The part of a startup's contact person that a contact field fills. */
export type ContactPart = 'name' | 'email' | 'phone' | 'role';

export interface ImportChoice {
  key: string;
  labelDe: string;
  labelEn: string;
  /** Further names accepted for it (compared ignoring case). */
  aliases?: readonly string[];
}

/**
 * A column an import fills. A record field's limits are its rule in the record's field schema
 * (STARTUP_FIELDS, …), spread in, so the import refuses what the API and the forms refuse.
 */
export interface ImportField extends Omit<FieldRule, 'type'> {
  /** The record field, as in the record's contract (`fullName`, `ticketMinEur`). */
  key: string;
  type: ImportFieldType;
  vocabulary?: VocabularyKind;
  choices?: readonly ImportChoice[];
  /** An amount of money: `2,5 Mio.`, `1.5M`, `250 Tsd.` are read too. */
  money?: boolean;
  /** A startup's contact person: which one (1, 2, …) and which part; not a column of the record. */
  contact?: { slot: number; part: ContactPart };
  /** Column headers: the English one (the export's default), the German one (`?lang=de`). */
  labelEn: string;
  labelDe: string;
  /** Further headers recognised when suggesting a mapping; compared ignoring case, spaces and punctuation. */
  aliases: readonly string[];
}

/** A column of a record field: the field's rule from the schema, and how files name it. */
const column = (
  key: string,
  rule: FieldRule,
  labelEn: string,
  labelDe: string,
  aliases: readonly string[] = [],
): ImportField => ({ ...rule, key, labelEn, labelDe, aliases });

const tags = (rule: FieldRule) =>
  column('tags', rule, 'Tags', 'Schlagworte', ['Labels', 'Stichworte']);

const email = (rule: FieldRule) =>
  column('email', rule, 'Email', 'E-Mail', [
    'Mail',
    'E-Mail-Adresse',
    'Email address',
    'Mailadresse',
  ]);

/** Most contact people a row names in columns of their own ("Gründer 1", "Gründer 2", …). */
export const IMPORT_CONTACT_SLOTS = 3;

const CONTACT_NAMES: Record<ContactPart, { en: string; de: string; rule: FieldRule }> = {
  name: { en: 'name', de: 'Name', rule: CONTACT_FIELDS.fullName },
  email: { en: 'email', de: 'E-Mail', rule: CONTACT_FIELDS.email },
  phone: { en: 'phone', de: 'Telefon', rule: CONTACT_FIELDS.phone },
  role: { en: 'role', de: 'Rolle', rule: CONTACT_FIELDS.role },
};

// The first person is the one a sheet with a single contact names without a number.
const FIRST_CONTACT_ALIASES: Record<ContactPart, readonly string[]> = {
  name: [
    'Ansprechpartner',
    'Ansprechpartnerin',
    'Ansprechperson',
    'Kontaktperson',
    'Kontakt',
    'Contact',
    'Contact person',
    'Gründer',
    'Gründerin',
    'Founder',
    'Gründer 1',
    'Founder 1',
  ],
  email: ['E-Mail', 'Email', 'Mail', 'E-Mail-Adresse', 'Contact email', 'E-Mail Gründer 1'],
  phone: ['Telefon', 'Phone', 'Tel', 'Tel.', 'Telefonnummer', 'Mobil', 'Telefon Gründer 1'],
  role: ['Rolle', 'Role', 'Funktion', 'Rolle Gründer 1'],
};

function contactFields(slot: number): ImportField[] {
  return (Object.keys(CONTACT_NAMES) as ContactPart[]).map((part) => {
    const names = CONTACT_NAMES[part];
    const numbered =
      part === 'name'
        ? [`Gründer ${slot}`, `Gründerin ${slot}`, `Founder ${slot}`, `Kontakt ${slot}`]
        : [
            `${names.de} Gründer ${slot}`,
            `${names.de} ${slot}`,
            `${names.en} ${slot}`,
            `Founder ${slot} ${names.en}`,
          ];
    return {
      ...names.rule,
      key: `contact${slot}${part.charAt(0).toUpperCase()}${part.slice(1)}`,
      // A row need not name a contact; one it names needs a name and an email (see row-contacts).
      required: false,
      contact: { slot, part },
      labelEn: `Contact ${slot}: ${names.en}`,
      labelDe: `Kontaktperson ${slot}: ${names.de}`,
      aliases: slot === 1 ? FIRST_CONTACT_ALIASES[part] : numbered,
    };
  });
}

const CONTACTS_CELL: ImportField = {
  key: 'contacts',
  required: false,
  list: true,
  type: 'people',
  maxItems: 20,
  labelEn: 'Contacts',
  labelDe: 'Kontaktpersonen',
  aliases: ['Founders', 'Gründerteam', 'Team members', 'Personen', 'People'],
};

// The choices' keys are the record's enum values: a renamed value fails the build here.
type ChoicesOf<K extends string> = (ImportChoice & { key: K })[];

const MENTOR_STATUS_CHOICES: readonly ImportChoice[] = [
  { key: 'active', labelDe: 'Aktiv', labelEn: 'Active' },
  { key: 'paused', labelDe: 'Pausiert', labelEn: 'Paused', aliases: ['Pause'] },
  { key: 'alumni', labelDe: 'Alumni', labelEn: 'Alumni', aliases: ['Ehemalig', 'Former'] },
] satisfies ChoicesOf<(typeof MENTOR_STATUSES)[number]>;

const INVESTOR_TYPE_CHOICES: readonly ImportChoice[] = [
  { key: 'angel', labelDe: 'Business Angel', labelEn: 'Business angel', aliases: ['Angel'] },
  {
    key: 'vc',
    labelDe: 'Wagniskapital (VC)',
    labelEn: 'Venture capital (VC)',
    aliases: ['Venture Capital', 'Wagniskapital', 'Risikokapital', 'VC-Fonds', 'VC fund'],
  },
  {
    key: 'corporate',
    labelDe: 'Corporate',
    labelEn: 'Corporate',
    aliases: ['Corporate VC', 'CVC', 'Unternehmen'],
  },
  {
    key: 'public',
    labelDe: 'Öffentlich / Förderbank',
    labelEn: 'Public / promotional',
    aliases: ['Öffentlich', 'Förderbank', 'Public', 'Promotional', 'Förderung'],
  },
] satisfies ChoicesOf<(typeof INVESTOR_TYPES)[number]>;

const INVESTOR_STATUS_CHOICES: readonly ImportChoice[] = [
  { key: 'active', labelDe: 'Aktiv', labelEn: 'Active' },
  { key: 'inactive', labelDe: 'Inaktiv', labelEn: 'Inactive' },
] satisfies ChoicesOf<(typeof INVESTOR_STATUSES)[number]>;

// Spreadsheets name a language in either language ("Englisch", "English") or by its code.
const LOCALE_CHOICES: readonly ImportChoice[] = [
  { key: 'de', labelDe: 'Deutsch', labelEn: 'German' },
  { key: 'en', labelDe: 'Englisch', labelEn: 'English' },
] satisfies ChoicesOf<Locale>;

/**
 * The fields each import fills, in the order the mapping step and the export show them. The rules
 * (lengths, ranges) are the staff API's: an imported record is one the forms could have saved.
 */
export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  startups: [
    column('name', STARTUP_FIELDS.name, 'Name', 'Name', [
      'Startup',
      'Firma',
      'Company name',
      'Startup-Name',
    ]),
    column('oneLiner', STARTUP_FIELDS.oneLiner, 'One-liner', 'Kurzbeschreibung', [
      'Tagline',
      'Claim',
      'Pitch',
    ]),
    column('description', STARTUP_FIELDS.description, 'Description', 'Beschreibung'),
    column('website', STARTUP_FIELDS.website, 'Website', 'Webseite', [
      'URL',
      'Homepage',
      'Web',
      'Internetseite',
    ]),
    column('foundedOn', STARTUP_FIELDS.foundedOn, 'Founded', 'Gründungsdatum', [
      'Founded on',
      'Founding date',
      'Gegründet',
      'Gründung',
    ]),
    column('stage', STARTUP_FIELDS.stage, 'Stage', 'Phase', ['Reifegrad', 'Stufe']),
    column('sectors', STARTUP_FIELDS.sectors, 'Sectors', 'Branchen', [
      'Sector',
      'Branche',
      'Industry',
    ]),
    column('teamSize', STARTUP_FIELDS.teamSize, 'Team size', 'Teamgröße', [
      'Team',
      'Mitarbeitende',
      'Employees',
      'Mitarbeiter',
    ]),
    column('city', STARTUP_FIELDS.city, 'City', 'Stadt', ['Ort', 'Standort', 'Location']),
    column(
      'fundingRaisedEur',
      STARTUP_FIELDS.fundingRaisedEur,
      'Funding raised (EUR)',
      'Finanzierung erhalten (EUR)',
      [
        'Funding raised',
        'Funding to date (EUR)',
        'Funding to date',
        'Raised',
        'Eingeworben',
        'Finanzierung bisher (EUR)',
        'Finanzierung bisher',
        'Bisherige Finanzierung',
      ],
    ),
    column(
      'fundingSoughtEur',
      STARTUP_FIELDS.fundingSoughtEur,
      'Funding sought (EUR)',
      'Finanzierung gesucht (EUR)',
      [
        'Funding sought',
        'Sought',
        'Gesucht',
        'Kapitalbedarf',
        'Kapitalbedarf (EUR)',
        'Finanzierungsbedarf (EUR)',
        'Finanzierungsbedarf',
      ],
    ),
    column('languages', STARTUP_FIELDS.languages, 'Languages', 'Sprachen', ['Language', 'Sprache']),
    column('topics', STARTUP_FIELDS.topics, 'Topics', 'Themen', ['Needs', 'Bedarf', 'Thema']),
    tags(STARTUP_FIELDS.tags),
    ...Array.from({ length: IMPORT_CONTACT_SLOTS }, (_, index) => contactFields(index + 1)).flat(),
    CONTACTS_CELL,
  ],
  mentors: [
    column('fullName', MENTOR_FIELDS.fullName, 'Name', 'Name', [
      'Full name',
      'Vollständiger Name',
      'Mentor',
    ]),
    email(MENTOR_FIELDS.email),
    column('phone', MENTOR_FIELDS.phone, 'Phone', 'Telefon', [
      'Telephone',
      'Tel',
      'Mobil',
      'Mobile',
      'Telefonnummer',
    ]),
    column('company', MENTOR_FIELDS.company, 'Company', 'Unternehmen', [
      'Firma',
      'Organisation',
      'Organization',
    ]),
    column('jobTitle', MENTOR_FIELDS.jobTitle, 'Position', 'Position', [
      'Role',
      'Job title',
      'Rolle',
      'Funktion',
    ]),
    column('bio', MENTOR_FIELDS.bio, 'Bio', 'Kurzbiografie', [
      'Biografie',
      'Biography',
      'Über',
      'About',
    ]),
    column('expertise', MENTOR_FIELDS.expertise, 'Expertise', 'Fachgebiete', [
      'Topics',
      'Themen',
      'Fachgebiet',
      'Kompetenzen',
    ]),
    column('sectors', MENTOR_FIELDS.sectors, 'Sectors', 'Branchen', [
      'Sector',
      'Branche',
      'Industry',
    ]),
    column('stages', MENTOR_FIELDS.stages, 'Stages', 'Phasen', [
      'Stage',
      'Phase',
      'Preferred stages',
    ]),
    column('languages', MENTOR_FIELDS.languages, 'Languages', 'Sprachen', ['Language', 'Sprache']),
    column('city', MENTOR_FIELDS.city, 'City', 'Stadt', ['Ort', 'Standort', 'Location']),
    column('capacity', MENTOR_FIELDS.capacity, 'Capacity', 'Kapazität', [
      'Startups at once',
      'Max. Startups',
    ]),
    column('availableFrom', MENTOR_FIELDS.availableFrom, 'Available from', 'Verfügbar ab', [
      'Von',
      'From',
    ]),
    column('availableUntil', MENTOR_FIELDS.availableUntil, 'Available until', 'Verfügbar bis', [
      'Bis',
      'Until',
    ]),
    {
      key: 'status',
      required: false,
      list: false,
      type: 'choice',
      choices: MENTOR_STATUS_CHOICES,
      labelEn: 'Status',
      labelDe: 'Status',
      aliases: [],
    },
    tags(MENTOR_FIELDS.tags),
  ],
  investors: [
    column('name', INVESTOR_FIELDS.name, 'Name', 'Name', ['Investor', 'Fonds', 'Fund']),
    column('contactName', INVESTOR_FIELDS.contactName, 'Contact', 'Ansprechperson', [
      'Contact name',
      'Ansprechpartner',
      'Ansprechpartnerin',
      'Kontakt',
    ]),
    email(INVESTOR_FIELDS.email),
    {
      key: 'type',
      required: true,
      list: false,
      type: 'choice',
      choices: INVESTOR_TYPE_CHOICES,
      labelEn: 'Type',
      labelDe: 'Typ',
      aliases: ['Art', 'Investor type', 'Investorentyp'],
    },
    column('sectors', INVESTOR_FIELDS.sectors, 'Sectors', 'Branchen', [
      'Sector',
      'Branche',
      'Industry',
    ]),
    column('stages', INVESTOR_FIELDS.stages, 'Stages', 'Phasen', ['Stage', 'Phase']),
    column('ticketMinEur', INVESTOR_FIELDS.ticketMinEur, 'Ticket min (EUR)', 'Ticket min. (EUR)', [
      'Ticket min',
      'Min ticket',
      'Ticketgröße min',
      'Mindestticket',
    ]),
    column('ticketMaxEur', INVESTOR_FIELDS.ticketMaxEur, 'Ticket max (EUR)', 'Ticket max. (EUR)', [
      'Ticket max',
      'Max ticket',
      'Ticketgröße max',
      'Höchstticket',
    ]),
    column('regions', INVESTOR_FIELDS.regions, 'Regions', 'Regionen', ['Region', 'Fokusregion']),
    column(
      'introsPerRound',
      INVESTOR_FIELDS.introsPerRound,
      'Introductions per round',
      'Vorstellungen pro Runde',
      ['Intros per round', 'Intros'],
    ),
    {
      key: 'status',
      required: false,
      list: false,
      type: 'choice',
      choices: INVESTOR_STATUS_CHOICES,
      labelEn: 'Status',
      labelDe: 'Status',
      aliases: [],
    },
    {
      // The language of the investor's emails and link pages.
      key: 'locale',
      required: false,
      list: false,
      type: 'choice',
      choices: LOCALE_CHOICES,
      labelEn: 'Language',
      labelDe: 'Sprache',
      aliases: ['Language for emails', 'Email language', 'Sprache für E-Mails', 'E-Mail-Sprache'],
    },
    tags(INVESTOR_FIELDS.tags),
  ],
};

/**
 * The list a vocabulary or choice field's values come from: the vocabulary's kind, or
 * `<import kind>.<field>` for a field with fixed choices (`investors.type`). Values the file
 * writes differently are mapped to it once per list, and the mapping is remembered.
 */
export function importValueDomain(kind: ImportKind, field: ImportField): string | null {
  if (field.type === 'vocabulary' && field.vocabulary) return field.vocabulary;
  if (field.type === 'choice') return `${kind}.${field.key}`;
  return null;
}

/** The largest file an import takes. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 50_000;

// ---------------------------------------------------------------------------------------------
// Requests and responses.

export interface ImportCounts {
  create: number;
  update: number;
  reject: number;
}

/** One import as the API shows it (the file's content stays on the server). */
export interface ImportJob {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  fileName: string;
  /** `csv` (also Excel's "Unicode text", tab-separated) or `xlsx`. */
  format: ImportFormat;
  /** How a text file was read (`UTF-8`, `UTF-16LE`, `windows-1252`, `ISO-8859-15`); null for xlsx. */
  encoding: string | null;
  /** An xlsx file's worksheets, and the one read. */
  sheets: string[];
  sheet: string | null;
  /** How numbers and dates are read, decided for the whole file; the mapping may change it. */
  locale: ImportLocale;
  /** `,`, `;` or a tab, detected from the header line (`;` for xlsx, whose cells come as such). */
  delimiter: string;
  /** The file's column headers, as written (blank ones named `Column 3`, repeated ones `Name (2)`). */
  headers: string[];
  /** Record field → column header. On upload, the suggested mapping; later, the saved one. */
  mapping: Record<string, string>;
  totalRows: number;
  processedRows: number;
  /** 0–100 while validating or applying. */
  progress: number;
  /** The dry run's verdicts; after applying, what was written (rejected rows were skipped). */
  counts: ImportCounts;
  /** Why it failed, in words a manager can act on. */
  error: string | null;
  /** Every imported startup joins this cohort with `membershipStatus` when applied. */
  cohortId: string | null;
  membershipStatus: MembershipStatus | null;
  /** The dry run's values of vocabulary and choice columns that are not a key or a label. */
  values: ImportValue[];
  createdBy: TimelineActor | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** `GET /imports/:id`: the import and the first few data rows, for the mapping step. */
export interface ImportDetail extends ImportJob {
  /** Up to 3 data rows, cells in the order of `headers`. */
  preview: string[][];
}

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Text encodings a manager may choose when the detected one reads a file wrongly. */
export const IMPORT_ENCODINGS = [
  'UTF-8',
  'UTF-16LE',
  'UTF-16BE',
  'windows-1252',
  'ISO-8859-1',
  'ISO-8859-15',
] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** `POST /imports` (multipart): the file in `file`, and this. */
export interface CreateImportRequest {
  kind: ImportKind;
  /** Read a text file with this encoding instead of the detected one. */
  encoding?: ImportEncoding;
  /** Read this worksheet of an xlsx file instead of the first. */
  sheet?: string;
}

/** `PUT /imports/:id/mapping`: record field → column header; fields left out are not imported. */
export interface SetImportMappingRequest {
  mapping: Record<string, string>;
  /** How numbers and dates are written in the file; the detected locale when left out. */
  locale?: ImportLocale;
  /** Startups only: the cohort every imported startup joins (null: none), and with which status. */
  cohortId?: string | null;
  membershipStatus?: MembershipStatus;
}

/**
 * A distinct value of a vocabulary or choice column that is not one of the list's keys or labels
 * (compared without case, accents, punctuation and spaces), with what it may mean.
 */
export interface ImportValue {
  /** The list it belongs to (see `importValueDomain`). */
  domain: string;
  /** The record fields whose cells hold it. */
  fields: string[];
  /** As the file first writes it. */
  value: string;
  /** Data rows that hold it. */
  rows: number;
  /** The key it most likely means (a synonym in either language, or the nearest label). */
  suggestion: string | null;
  /** The key it is mapped to (remembered from an earlier import or chosen now); null: its rows are rejected. */
  key: string | null;
}

/** `PUT /imports/:id/values`: what the file's unknown values mean; remembered, then the dry run runs again. */
export interface SetImportValuesRequest {
  values: { domain: string; value: string; key: string | null }[];
}

/** `GET /imports/:id/rows`. */
export interface ListImportRowsQuery {
  action?: ImportAction;
  page?: number;
  pageSize?: number;
}

/** `GET /exports/<list>.csv`: the list's own filters, and these. */
export interface ExportCsvOptions {
  /** `comma` (default) or `semicolon` (what German Excel expects). */
  delimiter?: 'comma' | 'semicolon';
  /** Header language; values are written as vocabulary keys either way. */
  lang?: 'en' | 'de';
}
