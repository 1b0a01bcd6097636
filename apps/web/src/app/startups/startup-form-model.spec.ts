import { describe, expect, it } from '@jest/globals';
import { Startup } from '@kohorte/contracts';
import {
  createStartupForm,
  fromIsoDate,
  toFormValue,
  toIsoDate,
  toStartupInput,
} from './startup-form-model';

// jest.config.mjs runs the tests in America/New_York (UTC−5): there, `toISOString()` of a late
// evening and `new Date('YYYY-MM-DD')` both land on the wrong day, so these tests catch either.

describe('dates', () => {
  it('writes the picked calendar day, whatever the time of day', () => {
    expect(toIsoDate(new Date(2021, 2, 15))).toBe('2021-03-15');
    expect(toIsoDate(new Date(2021, 2, 15, 23, 30))).toBe('2021-03-15');
    expect(toIsoDate(new Date(2021, 0, 5, 0, 30))).toBe('2021-01-05');
  });

  it('reads an ISO day as that local day', () => {
    const date = fromIsoDate('2021-03-15');
    expect(date?.getFullYear()).toBe(2021);
    expect(date?.getMonth()).toBe(2);
    expect(date?.getDate()).toBe(15);
    expect(fromIsoDate(null)).toBeNull();
    expect(fromIsoDate('2021-02-30')).toBeNull();
  });
});

describe('toStartupInput', () => {
  it('turns empty text into null, trims, and keeps numbers and lists', () => {
    const form = createStartupForm();
    form.setValue({
      name: '  Acme Solar ',
      oneLiner: '   ',
      description: '',
      website: ' https://acme.example ',
      foundedOn: new Date(2020, 11, 31),
      stage: 'seed',
      sectors: ['energy'],
      teamSize: 0,
      city: '',
      fundingRaisedEur: 250000,
      fundingSoughtEur: null,
      languages: ['de', 'en'],
      topics: [],
      tags: ['EXIST'],
    });

    expect(toStartupInput(form.getRawValue())).toEqual({
      name: 'Acme Solar',
      oneLiner: null,
      description: null,
      website: 'https://acme.example',
      foundedOn: '2020-12-31',
      stage: 'seed',
      sectors: ['energy'],
      teamSize: 0,
      city: null,
      fundingRaisedEur: 250000,
      fundingSoughtEur: null,
      languages: ['de', 'en'],
      topics: [],
      tags: ['EXIST'],
    });
  });

  it('sends null for an unset stage and date, and for an invalid date', () => {
    const form = createStartupForm();
    form.patchValue({ name: 'Acme', stage: null, foundedOn: null });
    expect(toStartupInput(form.getRawValue())).toMatchObject({ stage: null, foundedOn: null });
    form.patchValue({ foundedOn: new Date(NaN) });
    expect(toStartupInput(form.getRawValue()).foundedOn).toBeNull();
  });

  it('round-trips a stored startup through the form unchanged', () => {
    const startup: Startup = {
      id: 's1',
      name: 'Acme',
      oneLiner: 'Solar for roofs',
      description: null,
      website: 'https://acme.example',
      foundedOn: '2019-07-01',
      stage: 'seed',
      sectors: ['energy'],
      teamSize: 4,
      city: 'Leipzig',
      fundingRaisedEur: null,
      fundingSoughtEur: 500000,
      languages: ['de'],
      topics: ['sales'],
      tags: ['Batch 2025'],
      status: 'active',
      profileCompleteness: 80,
      createdAt: '2024-01-01T10:00:00.000Z',
      updatedAt: '2024-02-01T10:00:00.000Z',
    };
    const input = toStartupInput(toFormValue(startup));
    expect(input).toEqual({
      name: 'Acme',
      oneLiner: 'Solar for roofs',
      description: null,
      website: 'https://acme.example',
      foundedOn: '2019-07-01',
      stage: 'seed',
      sectors: ['energy'],
      teamSize: 4,
      city: 'Leipzig',
      fundingRaisedEur: null,
      fundingSoughtEur: 500000,
      languages: ['de'],
      topics: ['sales'],
      tags: ['Batch 2025'],
    });
  });
});

describe('client-side validation', () => {
  const reason = (form: ReturnType<typeof createStartupForm>, name: 'name' | 'teamSize') =>
    (form.controls[name].errors?.['reason'] as { code: string } | undefined)?.code;

  it('requires a name that is not only spaces and at most 200 characters', () => {
    const form = createStartupForm();
    expect(reason(form, 'name')).toBe('required');
    form.controls.name.setValue('   ');
    expect(reason(form, 'name')).toBe('required');
    form.controls.name.setValue('x'.repeat(201));
    expect(form.controls.name.errors).toEqual({
      reason: { code: 'tooLong', params: { length: 201, max: 200 } },
    });
  });

  it('accepts only whole, non-negative numbers', () => {
    const form = createStartupForm();
    form.controls.teamSize.setValue(-1);
    expect(reason(form, 'teamSize')).toBe('tooSmall');
    form.controls.teamSize.setValue(2.5);
    expect(reason(form, 'teamSize')).toBe('notWhole');
    form.controls.teamSize.setValue(null);
    expect(form.controls.teamSize.valid).toBe(true);
  });

  it('takes a website without its scheme and refuses one that is no web address', () => {
    const form = createStartupForm();
    form.controls.website.setValue('www.firma.de');
    expect(form.controls.website.valid).toBe(true);
    form.controls.website.setValue('javascript:alert(1)');
    expect(form.controls.website.errors).toEqual({
      reason: { code: 'notUrl', params: { value: 'javascript:alert(1)' } },
    });
  });
});
