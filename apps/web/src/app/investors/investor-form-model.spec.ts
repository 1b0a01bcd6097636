import { describe, expect, it } from '@jest/globals';
import { Investor } from '@kohorte/contracts';
import { createInvestorForm, toInvestorFormValue, toInvestorInput } from './investor-form-model';

const stored: Investor = {
  id: 'i1',
  name: 'Leipzig Seed Fonds',
  contactName: null,
  email: 'invest@example.org',
  type: 'public',
  sectors: ['fintech'],
  stages: ['seed'],
  ticketMinEur: 50_000,
  ticketMaxEur: null,
  regions: ['sachsen'],
  unmappedRegions: ['Ostdeutschland'],
  introsPerRound: 5,
  status: 'active',
  locale: 'en',
  tags: ['EU'],
  archivedAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
};

describe('investor form model', () => {
  it('turns empty text into null, trims, and keeps amounts and lists', () => {
    const form = createInvestorForm();
    form.patchValue({
      name: ' Fund ',
      contactName: '  ',
      email: ' fund@example.org',
      type: 'vc',
      ticketMinEur: 0,
      ticketMaxEur: 1_000_000,
      regions: ['dach', 'europe'],
    });
    expect(form.valid).toBe(true);
    expect(toInvestorInput(form.getRawValue())).toEqual({
      name: 'Fund',
      contactName: null,
      email: 'fund@example.org',
      type: 'vc',
      sectors: [],
      stages: [],
      ticketMinEur: 0,
      ticketMaxEur: 1_000_000,
      regions: ['dach', 'europe'],
      introsPerRound: 3,
      status: 'active',
      locale: 'de',
      tags: [],
    });
  });

  it('reads a stored investor back into the same input', () => {
    const form = createInvestorForm();
    form.reset(toInvestorFormValue(stored));
    // Unmapped regions are an admin's to map, not a field of the form.
    const { id, archivedAt, createdAt, updatedAt, unmappedRegions, ...input } = stored;
    expect([id, archivedAt, createdAt, updatedAt, unmappedRegions]).toHaveLength(5);
    expect(toInvestorInput(form.getRawValue())).toEqual(input);
  });

  it('starts with German emails and sends the language chosen', () => {
    const form = createInvestorForm();
    expect(form.controls.locale.value).toBe('de');
    form.patchValue({ name: 'Fund', email: 'fund@example.org', type: 'angel', locale: 'en' });
    expect(toInvestorInput(form.getRawValue()).locale).toBe('en');
    form.reset(toInvestorFormValue({ ...stored, locale: 'de' }));
    expect(form.controls.locale.value).toBe('de');
  });

  it('requires name, email and type, and marks a ticket range that runs backwards', () => {
    const form = createInvestorForm();
    expect(form.controls.type.hasError('required')).toBe(true);
    form.patchValue({ ticketMinEur: 500, ticketMaxEur: 100 });
    expect(form.controls.ticketMaxEur.hasError('ticketOrder')).toBe(true);
    form.controls.ticketMaxEur.setValue(500);
    expect(form.controls.ticketMaxEur.errors).toBeNull();
    form.controls.introsPerRound.setValue(101);
    expect(form.controls.introsPerRound.errors).toEqual({
      reason: { code: 'tooLarge', params: { value: 101, max: 100 } },
    });
  });
});
