import type { ReasonParam } from './errors.js';
import type { FieldReasonCode } from './field-reasons.js';
import type { StartupInput } from './startups.js';

/** A value one startup field refuses, and the reason every way in gives for it. */
export interface BadFieldValue {
  field: keyof StartupInput;
  /** The value as a form control (text, number; a date as its ISO day) and a JSON body hold it. */
  value: string | number;
  /** The same value as a spreadsheet cell writes it. */
  cell: string;
  code: FieldReasonCode;
  params: Record<string, ReasonParam>;
  /** The reason as an English and as a German reader see it. */
  en: string;
  de: string;
}

/**
 * Bad startup values with their one reason, shared by the tests that prove the web form (before
 * sending), the API and the import refuse each the same way (apps/api/test/field-reasons.spec.ts,
 * apps/web/src/app/startups/startup-form-reasons.spec.ts).
 */
export const STARTUP_BAD_VALUES: readonly BadFieldValue[] = [
  {
    field: 'name',
    value: '   ',
    cell: '',
    code: 'required',
    params: {},
    en: 'is required',
    de: 'fehlt (Pflichtfeld)',
  },
  {
    field: 'website',
    value: 'javascript:alert(1)',
    cell: 'javascript:alert(1)',
    code: 'notUrl',
    params: { value: 'javascript:alert(1)' },
    en: '"javascript:alert(1)" is not a web address (e.g. www.example.com)',
    de: '„javascript:alert(1)“ ist keine Webadresse (z. B. www.beispiel.de)',
  },
  {
    field: 'website',
    value: 'firma de',
    cell: 'firma de',
    code: 'notUrl',
    params: { value: 'firma de' },
    en: '"firma de" is not a web address (e.g. www.example.com)',
    de: '„firma de“ ist keine Webadresse (z. B. www.beispiel.de)',
  },
  {
    field: 'city',
    value: 'L'.repeat(121),
    cell: 'L'.repeat(121),
    code: 'tooLong',
    params: { length: 121, max: 120 },
    en: 'is too long: 121 characters, at most 120',
    de: 'ist zu lang: 121 Zeichen, höchstens 120',
  },
  {
    field: 'oneLiner',
    value: 'x'.repeat(281),
    cell: 'x'.repeat(281),
    code: 'tooLong',
    params: { length: 281, max: 280 },
    en: 'is too long: 281 characters, at most 280',
    de: 'ist zu lang: 281 Zeichen, höchstens 280',
  },
  {
    field: 'foundedOn',
    value: '2999-01-01',
    cell: '2999-01-01',
    code: 'future',
    params: { value: '2999-01-01' },
    en: '2999-01-01 is in the future',
    de: '2999-01-01 liegt in der Zukunft',
  },
  {
    field: 'teamSize',
    value: -1,
    cell: '-1',
    code: 'tooSmall',
    params: { value: -1, min: 0 },
    en: '-1 is less than 0',
    de: '-1 ist kleiner als 0',
  },
  {
    field: 'fundingRaisedEur',
    value: 2_000_000_000_000,
    cell: '2000000000000',
    code: 'tooLarge',
    params: { value: 2_000_000_000_000, max: 1_000_000_000_000 },
    en: '2,000,000,000,000 is more than 1,000,000,000,000',
    de: '2.000.000.000.000 ist größer als 1.000.000.000.000',
  },
];
