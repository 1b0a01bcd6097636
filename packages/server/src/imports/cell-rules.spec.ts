import { describe, expect, it } from '@jest/globals';
import { IMPORT_FIELDS, type Vocabularies } from '@kohorte/contracts';
import { parseDate, parseInteger, readCell, splitList, VocabularyLookup } from './cell-rules';
import { detectDelimiter, parseCsv, uniqueHeaders } from './csv-file';
import { RECORD_TABLES } from './record-tables';
import { normalizeWebsite } from './row-verdicts';
import { suggestMapping } from './suggest-mapping';

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
  ],
  topics: [],
  stages: [
    { kind: 'stages', key: 'idea', labelDe: 'Idee', labelEn: 'Idea', position: 0, parent: null },
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
const lookup = new VocabularyLookup(VOCABULARIES);
const field = (kind: 'startups' | 'mentors' | 'investors', key: string) =>
  IMPORT_FIELDS[kind].find((f) => f.key === key)!;
const now = new Date('2026-11-28T12:00:00Z');

describe('cell rules', () => {
  it('reads ISO and German dates that exist', () => {
    expect(parseDate('2024-03-01')).toBe('2024-03-01');
    expect(parseDate('1.3.2024')).toBe('2024-03-01');
    expect(parseDate('31.02.2024')).toBeNull();
    expect(parseDate('03/01/2024')).toBeNull();
  });

  it('reads whole numbers with thousands separators and a currency, not decimals', () => {
    expect(parseInteger('1.200.000')).toBe(1_200_000);
    expect(parseInteger('250,000 €')).toBe(250_000);
    expect(parseInteger('-3')).toBe(-3);
    expect(parseInteger('1,5')).toBeNull();
    expect(parseInteger('12.50')).toBeNull();
  });

  it('resolves regions by key or name in either language, without accents or umlauts', () => {
    const regions = field('investors', 'regions');
    expect(readCell(regions, 'Saxony; münchen', lookup, now)).toEqual({
      value: ['sachsen', 'muenchen'],
    });
    expect(readCell(regions, 'SACHSEN, Muenchen, Munich', lookup, now)).toEqual({
      value: ['sachsen', 'muenchen'],
    });
    expect(lookup.resolve('regions', 'Sachsn')).toEqual({
      error: '"Sachsn" is not a known region; did you mean "sachsen" (Saxony)?',
    });
  });

  it('resolves keys and labels in any case, and suggests the nearest for an unknown one', () => {
    expect(
      readCell(field('startups', 'sectors'), 'LOGISTIK; fintech | Fintech', lookup, now),
    ).toEqual({
      value: ['logistics', 'fintech'],
    });
    expect(readCell(field('startups', 'stage'), 'idee', lookup, now)).toEqual({ value: 'idea' });
    expect(readCell(field('startups', 'sectors'), 'Fintek', lookup, now)).toEqual({
      errors: ['"Fintek" is not a known sector; did you mean "fintech" (Fintech)?'],
    });
  });

  it('applies the staff API’s rules: URL, future founding date, capacity range, phone', () => {
    expect(readCell(field('startups', 'website'), 'acme.de', lookup, now)).toEqual({
      value: 'https://acme.de',
    });
    expect(readCell(field('startups', 'website'), 'not a url', lookup, now)).toHaveProperty(
      'errors',
    );
    expect(readCell(field('startups', 'foundedOn'), '01.01.2030', lookup, now)).toEqual({
      errors: ['2030-01-01 is in the future'],
    });
    expect(readCell(field('mentors', 'capacity'), '-1', lookup, now)).toEqual({
      errors: ['-1 is less than 0'],
    });
    expect(readCell(field('mentors', 'phone'), 'call me', lookup, now)).toHaveProperty('errors');
    expect(readCell(field('mentors', 'fullName'), '   ', lookup, now)).toBeUndefined();
    expect(readCell(field('mentors', 'company'), "'=SUM(1,2)", lookup, now)).toEqual({
      value: '=SUM(1,2)',
    });
  });

  it('reads an investor’s email language by code or by its German or English name', () => {
    const language = field('investors', 'locale');
    const read = (raw: string) => readCell(language, raw, lookup, now);
    expect(['de', 'DE', 'Deutsch', 'german'].map(read)).toEqual(Array(4).fill({ value: 'de' }));
    expect(['en', ' EN ', 'English', 'englisch'].map(read)).toEqual(Array(4).fill({ value: 'en' }));
    expect(read('')).toBeUndefined();
    expect(read('Französisch')).toEqual({
      errors: ['"Französisch" is not one of: de (German / Deutsch), en (English / Englisch)'],
    });
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

  it('has a table column for every import field', () => {
    for (const kind of ['startups', 'mentors', 'investors'] as const) {
      expect(RECORD_TABLES[kind].columns.map((c) => c.field)).toEqual(
        IMPORT_FIELDS[kind].map((f) => f.key),
      );
    }
  });
});
