import { describe, expect, it } from '@jest/globals';
import {
  formatImportReason,
  formatReason,
  IMPORT_FIELDS,
  type Vocabularies,
} from '@kohorte/contracts';
import { type CellReading, type ReadContext, readCell, type Reason, splitList } from './cell-rules';
import { detectDelimiter, parseCsv, uniqueHeaders } from './csv-file';
import { detectLocale, parseDate, parseNumber } from './locale-values';
import { RECORD_TABLES } from './record-tables';
import { normalizeWebsite } from './row-verdicts';
import { suggestMapping } from './suggest-mapping';
import { normalizeValue, ValueLookup } from './value-lookup';
import { theOne } from '../../infra/database/typed-query';

const VOCABULARIES: Vocabularies = {
  sectors: [
    {
      kind: 'sectors',
      key: 'fintech',
      labelDe: 'FinTech',
      labelEn: 'Fintech',
      position: 0,
      parent: null,
    },
    {
      kind: 'sectors',
      key: 'logistics',
      labelDe: 'Logistik',
      labelEn: 'Logistics',
      position: 1,
      parent: null,
    },
    {
      kind: 'sectors',
      key: 'healthtech',
      labelDe: 'HealthTech / Digital Health',
      labelEn: 'Healthtech / digital health',
      position: 2,
      parent: null,
    },
    {
      kind: 'sectors',
      key: 'cleantech-energy',
      labelDe: 'Cleantech / Energie',
      labelEn: 'Cleantech / energy',
      position: 3,
      parent: null,
    },
  ],
  topics: [],
  stages: [
    { kind: 'stages', key: 'idea', labelDe: 'Idee', labelEn: 'Idea', position: 0, parent: null },
    {
      kind: 'stages',
      key: 'series-a',
      labelDe: 'Series A',
      labelEn: 'Series A',
      position: 1,
      parent: null,
    },
  ],
  languages: [],
  regions: [
    {
      kind: 'regions',
      key: 'sachsen',
      labelDe: 'Sachsen',
      labelEn: 'Saxony',
      position: 0,
      parent: null,
    },
    {
      kind: 'regions',
      key: 'muenchen',
      labelDe: 'München',
      labelEn: 'Munich',
      position: 1,
      parent: null,
    },
  ],
};
const lookup = new ValueLookup(VOCABULARIES, [
  { domain: 'sectors', value: 'gesundheit', key: 'healthtech' },
]);
const field = (kind: 'startups' | 'mentors' | 'investors', key: string) =>
  IMPORT_FIELDS[kind].find((f) => f.key === key)!;
const now = new Date('2026-11-28T12:00:00Z');
const context = (kind: ReadContext['kind'], locale: ReadContext['locale'] = 'de'): ReadContext => ({
  kind,
  values: lookup,
  locale,
  now,
});
const read = (
  kind: ReadContext['kind'],
  key: string,
  raw: string,
  locale: ReadContext['locale'] = 'de',
) => readCell(field(kind, key), raw, context(kind, locale));
const codes = (reading: CellReading | undefined) =>
  reading && 'errors' in reading ? reading.errors.map((e) => e.code) : [];
const value = (reading: CellReading | undefined) =>
  reading && 'value' in reading ? reading.value : undefined;

describe("numbers and dates by the file's locale", () => {
  it('reads ISO dates always, DD.MM.YYYY in German files, MM/DD/YYYY in English ones, and Excel serials', () => {
    expect(parseDate('2024-06-13', 'en')).toBe('2024-06-13');
    expect(parseDate('13.06.2024', 'de')).toBe('2024-06-13');
    expect(parseDate('13.06.2024', 'en')).toBeNull();
    expect(parseDate('06/13/2024', 'en')).toBe('2024-06-13');
    expect(parseDate('31.02.2024', 'de')).toBeNull();
    expect(parseDate('45456', 'de')).toBe('2024-06-13');
  });

  it("reads German and English numbers and short amounts, never the other locale's form", () => {
    expect(parseNumber('2.638.000', 'de', true)).toBe(2_638_000);
    expect(parseNumber('2,5 Mio.', 'de', true)).toBe(2_500_000);
    expect(parseNumber('250 Tsd. €', 'de', true)).toBe(250_000);
    expect(parseNumber('1.5M', 'en', true)).toBe(1_500_000);
    expect(parseNumber('2,638,000 EUR', 'en', true)).toBe(2_638_000);
    expect(parseNumber('2.638.000', 'en', true)).toBeNull();
    expect(parseNumber('1,5', 'de', false)).toBe(1.5);
    expect(parseNumber('12 Mio.', 'de', false)).toBeNull();
  });

  it('decides the locale for the whole file from its values', () => {
    const rows = (cells: string[]) => cells.map((cell) => ({ cells: [cell] }));
    expect(detectLocale(rows(['2.638.000', '13.06.2024', 'Leipzig']), ',')).toBe('de');
    expect(detectLocale(rows(['2,638,000', '1.5M']), ';')).toBe('en');
    expect(detectLocale(rows(['Leipzig']), ';')).toBe('de');
  });
});

describe('cell rules', () => {
  it('compares list values without case, accents, punctuation or spaces', () => {
    expect(normalizeValue(' Künstliche   Intelligenz! ')).toBe('kunstlicheintelligenz');
    expect(value(read('startups', 'sectors', 'LOGISTIK; fintech | Fin-Tech'))).toEqual([
      'logistics',
      'fintech',
    ]);
    expect(value(read('startups', 'stage', 'idee'))).toBe('idea');
  });

  it('resolves regions by key or name in either language, without accents or umlauts', () => {
    expect(value(read('investors', 'regions', 'Saxony; münchen'))).toEqual(['sachsen', 'muenchen']);
    expect(value(read('investors', 'regions', 'SACHSEN, Muenchen, Munich'))).toEqual([
      'sachsen',
      'muenchen',
    ]);
    expect(read('investors', 'regions', 'Sachsn')).toMatchObject({
      unknown: [{ domain: 'regions', value: 'Sachsn', suggestion: 'sachsen' }],
    });
  });

  it('reports an unknown value with a suggestion from a synonym or a label part, in both languages', () => {
    const energy = read('startups', 'sectors', 'Energie');
    expect(energy).toMatchObject({
      unknown: [{ domain: 'sectors', value: 'Energie', suggestion: 'cleantech-energy' }],
    });
    const serie = read('startups', 'stage', 'Serie A');
    expect(serie).toMatchObject({ unknown: [{ suggestion: 'series-a' }] });
    const reason = theOne((serie as { errors: Reason[] }).errors, 'a reason');
    expect(formatImportReason(reason.code, reason.params, 'de')).toBe(
      '„Serie A“ ist kein bekannter Wert; meinten Sie „Series A“?',
    );
    expect(formatImportReason(reason.code, reason.params, 'en')).toBe(
      '"Serie A" is not a known value; did you mean "Series A"?',
    );
  });

  it('refuses a line break in a one-line field with the field rules’ reason, in both languages', () => {
    const name = read('startups', 'name', 'Acme\nRobotics');
    const reason = theOne((name as { errors: Reason[] }).errors, 'a reason');
    expect(reason).toEqual({ code: 'notSingleLine', params: {} });
    expect(formatReason(reason.code, reason.params, 'de')).toBe(
      'muss eine einzelne Zeile sein (ohne Zeilenumbrüche oder Tabulatoren)',
    );
    expect(value(read('startups', 'description', 'One.\nTwo.'))).toBe('One.\nTwo.');
  });

  it('reads a value through a remembered mapping and says so', () => {
    expect(read('startups', 'sectors', 'Gesundheit')).toEqual({
      value: ['healthtech'],
      unknown: [],
      mapped: [{ domain: 'sectors', value: 'Gesundheit', key: 'healthtech' }],
    });
  });

  it('applies the staff API’s rules: URL, future founding date, capacity range, phone', () => {
    expect(value(read('startups', 'website', 'www.firma.de'))).toBe('https://www.firma.de');
    expect(codes(read('startups', 'website', 'javascript:alert(1)'))).toEqual(['notUrl']);
    expect(codes(read('startups', 'foundedOn', '01.01.2030'))).toEqual(['future']);
    expect(codes(read('startups', 'foundedOn', '31.02.2024'))).toEqual(['notDate']);
    expect(codes(read('mentors', 'capacity', '-1'))).toEqual(['tooSmall']);
    expect(codes(read('mentors', 'phone', 'call me'))).toEqual(['notPhone']);
    expect(read('mentors', 'fullName', '   ')).toBeUndefined();
    expect(value(read('mentors', 'company', "'=SUM(1,2)"))).toBe('=SUM(1,2)');
  });

  it('reads an investor’s email language by code or by its German or English name', () => {
    const language = (raw: string) => value(read('investors', 'locale', raw));
    expect(['de', 'DE', 'Deutsch', 'german'].map(language)).toEqual(Array(4).fill('de'));
    expect(['en', ' EN ', 'English', 'englisch'].map(language)).toEqual(Array(4).fill('en'));
    expect(read('investors', 'locale', '')).toBeUndefined();
    expect(codes(read('investors', 'locale', 'Französisch'))).toEqual(['unknownValue']);
  });

  it('reads several people from one cell, with their emails checked', () => {
    expect(
      value(read('startups', 'contacts', 'Anna Schmidt <anna@x.de>; Ben Ott (ben@x.de)')),
    ).toEqual([
      { fullName: 'Anna Schmidt', email: 'anna@x.de' },
      { fullName: 'Ben Ott', email: 'ben@x.de' },
    ]);
    expect(codes(read('startups', 'contacts', 'Anna <anna@@x>'))).toEqual(['notEmail']);
  });

  it('splits lists on comma, semicolon and bar, dropping blanks and repeats', () => {
    expect(splitList('a, b;; B |c')).toEqual(['a', 'b', 'c']);
  });
});

describe('CSV files', () => {
  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('"Name, full";Stadt;Phase\nx')).toBe(';');
    expect(detectDelimiter('Name,"Stadt; Ort"\n')).toBe(',');
  });

  it('numbers rows as the spreadsheet does, keeps quoted line breaks and skips blank lines', () => {
    const table = parseCsv('Name,Bio\nA,"two\nlines"\n\n,\nB,x\n', ',');
    expect(table.rows).toEqual([
      { row: 2, cells: ['A', 'two\nlines'] },
      { row: 5, cells: ['B', 'x'] },
    ]);
  });

  it('names blank headers and numbers repeated ones', () => {
    expect(uniqueHeaders(['Name', '', 'name', ' Stadt '])).toEqual([
      'Name',
      'Column 2',
      'name (2)',
      'Stadt',
    ]);
  });
});

describe('mapping and matching', () => {
  it('suggests fields from German and English headers, a column for one field only', () => {
    expect(suggestMapping('mentors', ['E-Mail', 'Name', 'Themen', 'Kapazität', 'Notiz'])).toEqual({
      fullName: 'Name',
      email: 'E-Mail',
      expertise: 'Themen',
      capacity: 'Kapazität',
    });
  });

  it('suggests the investor’s email language from its German or English header', () => {
    expect(suggestMapping('investors', ['Name', 'E-Mail', 'Typ', 'Sprache'])).toEqual({
      name: 'Name',
      email: 'E-Mail',
      type: 'Typ',
      locale: 'Sprache',
    });
    expect(suggestMapping('investors', ['Email language'])).toEqual({ locale: 'Email language' });
  });

  it('treats scheme, www, case and a trailing slash as the same website', () => {
    expect(normalizeWebsite('HTTPS://www.Acme.de/')).toBe(normalizeWebsite('http://acme.de'));
  });

  it('has a table column for every import field but the contact people', () => {
    for (const kind of ['startups', 'mentors', 'investors'] as const) {
      expect(RECORD_TABLES[kind].columns.map((c) => c.field)).toEqual(
        IMPORT_FIELDS[kind].filter((f) => !f.contact && f.type !== 'people').map((f) => f.key),
      );
    }
  });

  it('suggests contact and funding columns of a German startup sheet', () => {
    expect(
      suggestMapping('startups', [
        'Name',
        'Ansprechpartner',
        'E-Mail',
        'Telefon',
        'Gründer 2',
        'E-Mail Gründer 2',
        'Finanzierung bisher (EUR)',
      ]),
    ).toEqual({
      name: 'Name',
      contact1Name: 'Ansprechpartner',
      contact1Email: 'E-Mail',
      contact1Phone: 'Telefon',
      contact2Name: 'Gründer 2',
      contact2Email: 'E-Mail Gründer 2',
      fundingRaisedEur: 'Finanzierung bisher (EUR)',
    });
  });
});
