import { describe, expect, it } from '@jest/globals';
import { PersonRecord } from '@kohorte/contracts';
import { privacyRows } from './privacy-requests';

const person = (overrides: Partial<PersonRecord>): PersonRecord => ({
  kind: 'mentor',
  id: 'm1',
  label: 'Grace',
  email: 'grace@example.org',
  startup: null,
  locale: null,
  ...overrides,
});

describe('privacyRows', () => {
  it('adds each founder’s startup once, marking whether they are its only contact', () => {
    const rows = privacyRows([
      person({}),
      person({
        kind: 'contact',
        id: 'c1',
        startup: { id: 's1', name: 'Solo GmbH', contacts: 1 },
      }),
      person({
        kind: 'contact',
        id: 'c2',
        startup: { id: 's2', name: 'Team GmbH', contacts: 3 },
      }),
      person({
        kind: 'contact',
        id: 'c3',
        startup: { id: 's1', name: 'Solo GmbH', contacts: 1 },
      }),
    ]);
    expect(rows.map((row) => [row.kind, row.id, row.onlyContact])).toEqual([
      ['mentor', 'm1', false],
      ['contact', 'c1', false],
      ['contact', 'c2', false],
      ['contact', 'c3', false],
      ['startup', 's1', true],
      ['startup', 's2', false],
    ]);
    expect(rows.find((row) => row.id === 's2')).toMatchObject({ label: 'Team GmbH', via: 'Grace' });
  });

  it('has no rows for no records', () => {
    expect(privacyRows([])).toEqual([]);
  });
});
