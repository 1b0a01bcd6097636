import type { Locale } from './auth.js';
import type { PrivacyRecordKind } from './privacy.js';

/**
 * The categories of personal data Kohorte keeps (the server's registry assigns each table
 * section one), with their purpose and legal basis: what the access report and the records of
 * processing say about them, in both languages.
 */
export const PRIVACY_CATEGORY_TEXTS = {
  'staff-account': {
    en: {
      label: 'Staff accounts',
      purpose: 'Signing in to the console; who did what',
      basis: 'Art. 6(1)(b) GDPR (employment or service contract)',
    },
    de: {
      label: 'Konten der Mitarbeitenden',
      purpose: 'Anmeldung an der Konsole; wer was getan hat',
      basis: 'Art. 6 Abs. 1 lit. b DSGVO (Arbeits- oder Dienstvertrag)',
    },
  },
  'person-profile': {
    en: {
      label: 'Profiles of founders, mentors and investors',
      purpose:
        'Running the programme: contacting people, matching startups with mentors and investors',
      basis: 'Art. 6(1)(b) and (f) GDPR (participation; legitimate interest of the incubator)',
    },
    de: {
      label: 'Profile von Gründenden, Mentor:innen und Investor:innen',
      purpose:
        'Durchführung des Programms: Kontakt, Vermittlung von Mentor:innen und Investor:innen',
      basis: 'Art. 6 Abs. 1 lit. b und f DSGVO (Teilnahme; berechtigtes Interesse des Inkubators)',
    },
  },
  applications: {
    en: {
      label: 'Applications to a call',
      purpose: 'Selecting startups for a cohort: screening, reviews and decisions',
      basis:
        'Art. 6(1)(a) and (b) GDPR (the applicant’s consent given on the form; steps before a programme contract)',
    },
    de: {
      label: 'Bewerbungen auf eine Ausschreibung',
      purpose: 'Auswahl der Startups einer Kohorte: Prüfung, Begutachtung und Entscheidung',
      basis:
        'Art. 6 Abs. 1 lit. a und b DSGVO (Einwilligung im Formular; vorvertragliche Maßnahmen)',
    },
  },
  'startup-profile': {
    en: {
      label: 'Startup profiles',
      purpose: 'Selecting, supporting and matching startups',
      basis: 'Art. 6(1)(b) GDPR (participation in the programme)',
    },
    de: {
      label: 'Startup-Profile',
      purpose: 'Auswahl, Begleitung und Vermittlung von Startups',
      basis: 'Art. 6 Abs. 1 lit. b DSGVO (Teilnahme am Programm)',
    },
  },
  'startup-figures': {
    en: {
      label: 'Monthly figures of startups',
      purpose: 'Following a startup’s progress during and after the programme',
      basis: 'Art. 6(1)(b) GDPR (participation in the programme)',
    },
    de: {
      label: 'Monatliche Kennzahlen von Startups',
      purpose: 'Entwicklung eines Startups während und nach dem Programm verfolgen',
      basis: 'Art. 6 Abs. 1 lit. b DSGVO (Teilnahme am Programm)',
    },
  },
  'programme-participation': {
    en: {
      label: 'Cohort memberships and mentorships',
      purpose: 'Organising cohorts and mentoring',
      basis: 'Art. 6(1)(b) GDPR (participation in the programme)',
    },
    de: {
      label: 'Kohorten-Mitgliedschaften und Mentorings',
      purpose: 'Organisation von Kohorten und Mentoring',
      basis: 'Art. 6 Abs. 1 lit. b DSGVO (Teilnahme am Programm)',
    },
  },
  matching: {
    en: {
      label: 'Matches and offers',
      purpose: 'Proposing mentors and investors, offering matches and recording the answers',
      basis: 'Art. 6(1)(f) GDPR; investor introductions: Art. 6(1)(a) GDPR (consent)',
    },
    de: {
      label: 'Vorschläge und Anfragen',
      purpose: 'Mentor:innen und Investor:innen vorschlagen, anbieten und die Antworten festhalten',
      basis:
        'Art. 6 Abs. 1 lit. f DSGVO; Vorstellungen bei Investor:innen: Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)',
    },
  },
  timeline: {
    en: {
      label: 'Timeline entries and notes',
      purpose: 'Documenting what happened to a record and who changed what',
      basis: 'Art. 6(1)(f) GDPR (legitimate interest: traceable programme work)',
    },
    de: {
      label: 'Verlaufseinträge und Notizen',
      purpose: 'Dokumentation, was mit einem Datensatz geschah und wer was änderte',
      basis: 'Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse: nachvollziehbare Programmarbeit)',
    },
  },
  email: {
    en: {
      label: 'Emails sent (stored copies)',
      purpose: 'Sending offers, introductions and profile links; proving what was sent',
      basis: 'Art. 6(1)(b) and (f) GDPR',
    },
    de: {
      label: 'Gesendete E-Mails (gespeicherte Kopien)',
      purpose: 'Versand von Anfragen, Vorstellungen und Profil-Links; Nachweis des Versands',
      basis: 'Art. 6 Abs. 1 lit. b und f DSGVO',
    },
  },
  links: {
    en: {
      label: 'Email links issued (without their secrets)',
      purpose: 'Letting people answer and update their profile without an account',
      basis: 'Art. 6(1)(b) GDPR',
    },
    de: {
      label: 'Ausgestellte E-Mail-Links (ohne ihre Geheimnisse)',
      purpose: 'Antworten und Profilpflege ohne Konto ermöglichen',
      basis: 'Art. 6 Abs. 1 lit. b DSGVO',
    },
  },
  imports: {
    en: {
      label: 'Imported files',
      purpose: 'Taking over records from spreadsheets',
      basis: 'Art. 6(1)(f) GDPR',
    },
    de: {
      label: 'Importierte Dateien',
      purpose: 'Übernahme von Datensätzen aus Tabellen',
      basis: 'Art. 6 Abs. 1 lit. f DSGVO',
    },
  },
  'background-jobs': {
    en: {
      label: 'Background jobs waiting to run',
      purpose: 'Doing slow work (emails, matching) reliably',
      basis: 'Art. 6(1)(f) GDPR',
    },
    de: {
      label: 'Wartende Hintergrundaufgaben',
      purpose: 'Langsame Arbeit (E-Mails, Matching) zuverlässig erledigen',
      basis: 'Art. 6 Abs. 1 lit. f DSGVO',
    },
  },
  consents: {
    en: {
      label: 'Consents given and withdrawn',
      purpose: 'Knowing what people agreed to (investor introductions) and honouring withdrawals',
      basis: 'Art. 6(1)(a) and Art. 7(1) GDPR (consent and proof of it)',
    },
    de: {
      label: 'Erteilte und widerrufene Einwilligungen',
      purpose:
        'Wissen, worin Personen eingewilligt haben (Vorstellungen bei Investor:innen), und Widerrufe beachten',
      basis: 'Art. 6 Abs. 1 lit. a und Art. 7 Abs. 1 DSGVO (Einwilligung und ihr Nachweis)',
    },
  },
  'privacy-requests': {
    en: {
      label: 'Access requests and erasures',
      purpose: 'Answering data-protection requests and proving it',
      basis: 'Art. 6(1)(c) GDPR (legal obligation)',
    },
    de: {
      label: 'Auskunftsersuchen und Löschungen',
      purpose: 'Datenschutzanfragen beantworten und dies nachweisen',
      basis: 'Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)',
    },
  },
  'audit-log': {
    en: {
      label: 'Audit log of staff access',
      purpose: 'Showing which staff member read which personal record or downloaded which export',
      basis: 'Art. 6(1)(c) and Art. 32 GDPR (security of processing, accountability)',
    },
    de: {
      label: 'Protokoll der Zugriffe durch Mitarbeitende',
      purpose:
        'Nachweis, wer im Team welchen personenbezogenen Datensatz las oder welchen Export herunterlud',
      basis: 'Art. 6 Abs. 1 lit. c und Art. 32 DSGVO (Sicherheit der Verarbeitung, Rechenschaft)',
    },
  },
} as const satisfies Record<
  string,
  Record<Locale, { label: string; purpose: string; basis: string }>
>;
export type PrivacyCategory = keyof typeof PRIVACY_CATEGORY_TEXTS;

/** The access report's own texts. */
export const ACCESS_REPORT_TEXTS = {
  en: {
    title: 'Your personal data at {incubator}',
    intro:
      'This report lists everything {incubator} keeps about you in Kohorte, as of {date} (Art. 15 GDPR). Secrets such as the codes in email links are not shown.',
    records: 'Your records',
    none: 'Nothing stored.',
    rows: '{count} entries',
    purpose: 'Purpose',
    basis: 'Legal basis',
    kinds: {
      contact: 'Founder / contact',
      mentor: 'Mentor',
      investor: 'Investor',
      user: 'Staff account',
      applicant: 'Applicant',
      reviewer: 'Reviewer (juror)',
      startup: 'Startup',
    },
  },
  de: {
    title: 'Ihre personenbezogenen Daten bei {incubator}',
    intro:
      'Dieser Bericht listet alles, was {incubator} in Kohorte über Sie speichert, Stand {date} (Art. 15 DSGVO). Geheimnisse wie die Codes in E-Mail-Links werden nicht gezeigt.',
    records: 'Ihre Datensätze',
    none: 'Nichts gespeichert.',
    rows: '{count} Einträge',
    purpose: 'Zweck',
    basis: 'Rechtsgrundlage',
    kinds: {
      contact: 'Gründer:in / Ansprechperson',
      mentor: 'Mentor:in',
      investor: 'Investor:in',
      user: 'Konto (Mitarbeitende)',
      applicant: 'Bewerber:in',
      reviewer: 'Gutachter:in',
      startup: 'Startup',
    },
  },
} as const satisfies Record<
  Locale,
  {
    title: string;
    intro: string;
    records: string;
    none: string;
    rows: string;
    purpose: string;
    basis: string;
    kinds: Record<PrivacyRecordKind, string>;
  }
>;
