import { describe, expect, it } from '@jest/globals';
import { Mentor } from '@kohorte/contracts';
import { createMentorForm, toMentorFormValue, toMentorInput } from './mentor-form-model';

const stored: Mentor = {
  id: 'm1',
  fullName: 'Ada Berger',
  email: 'ada@example.org',
  phone: null,
  company: 'Berger Consulting',
  jobTitle: null,
  bio: null,
  expertise: ['pricing'],
  sectors: ['fintech'],
  stages: ['seed'],
  languages: ['de'],
  city: 'Leipzig',
  capacity: 3,
  availableFrom: '2026-03-15',
  availableUntil: null,
  status: 'paused',
  tags: ['EXIST'],
  load: 1,
  offered: 0,
  archivedAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
};

describe('mentor form model', () => {
  it('turns empty text into null, trims, and writes dates as the picked days', () => {
    const form = createMentorForm();
    form.patchValue({
      fullName: '  Ada Berger ',
      email: ' ada@example.org ',
      phone: '   ',
      company: ' Berger ',
      city: '',
      capacity: 4,
      // Late evening: toISOString() would give the next day in New York (the tests' zone).
      availableFrom: new Date(2026, 2, 15, 23, 30),
      availableUntil: new Date(2026, 11, 31),
      expertise: ['pricing'],
      tags: ['EXIST'],
    });
    expect(form.valid).toBe(true);
    expect(toMentorInput(form.getRawValue())).toEqual({
      fullName: 'Ada Berger',
      email: 'ada@example.org',
      phone: null,
      company: 'Berger',
      jobTitle: null,
      bio: null,
      expertise: ['pricing'],
      sectors: [],
      stages: [],
      languages: [],
      city: null,
      capacity: 4,
      availableFrom: '2026-03-15',
      availableUntil: '2026-12-31',
      status: 'active',
      tags: ['EXIST'],
    });
  });

  it('reads a stored mentor back into the same input', () => {
    const form = createMentorForm();
    form.reset(toMentorFormValue(stored));
    expect(form.controls.availableFrom.value?.getDate()).toBe(15);
    const { id, load, offered, archivedAt, createdAt, updatedAt, ...input } = stored;
    expect([id, load, offered, archivedAt, createdAt, updatedAt]).toHaveLength(6);
    expect(toMentorInput(form.getRawValue())).toEqual(input);
  });

  it('requires name and email and keeps capacity a whole number from 0 to 50', () => {
    const form = createMentorForm();
    const code = (name: 'fullName' | 'email' | 'capacity') =>
      (form.controls[name].errors?.['reason'] as { code: string } | undefined)?.code;
    expect(code('fullName')).toBe('required');
    form.patchValue({ fullName: '   ', email: 'not-an-email' });
    expect(code('fullName')).toBe('required');
    expect(code('email')).toBe('notEmail');
    form.patchValue({ email: '  ada@example.org ' });
    expect(form.controls.email.valid).toBe(true);
    for (const [capacity, reason] of [
      [-1, 'tooSmall'],
      [51, 'tooLarge'],
      [1.5, 'notWhole'],
      [null, 'required'],
    ] as const) {
      form.controls.capacity.setValue(capacity);
      expect(code('capacity')).toBe(reason);
    }
    form.controls.capacity.setValue(50);
    expect(form.controls.capacity.valid).toBe(true);
  });

  it('marks an availability window that ends before it starts, and clears it when fixed', () => {
    const form = createMentorForm();
    form.patchValue({ availableFrom: new Date(2026, 5, 10), availableUntil: new Date(2026, 5, 9) });
    expect(form.controls.availableUntil.hasError('windowOrder')).toBe(true);
    form.controls.availableFrom.setValue(new Date(2026, 5, 9));
    expect(form.controls.availableUntil.errors).toBeNull();
    form.controls.availableUntil.setValue(null);
    expect(form.controls.availableUntil.errors).toBeNull();
  });
});
