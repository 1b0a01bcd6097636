import { describe, expect, it } from '@jest/globals';
import { ApplicantView } from '@kohorte/contracts';
import { createApplicationForm, toSaveRequest } from './application-form-model';

const VIEW: ApplicantView = {
  call: {
    id: 'c',
    opensAt: '2027-01-01T00:00:00.000Z',
    closesAt: '2027-02-01T00:00:00.000Z',
    phase: 'open',
    title: { de: 'T', en: 'T' },
    intro: { de: 'I', en: 'I' },
    consent: { de: 'C', en: 'C' },
    consentVersion: 1,
    profileFields: ['website', 'teamSize'],
    questions: [
      { key: 'why', kind: 'longText', label: { de: 'W', en: 'W' }, required: true, maxLength: 10 },
      { key: 'saxony', kind: 'yesNo', label: { de: 'S', en: 'S' }, required: true },
      { key: 'deck', kind: 'pitchDeck', label: { de: 'D', en: 'D' }, required: false },
    ],
  },
  email: 'a@example.org',
  locale: 'de',
  status: 'draft',
  founderName: null,
  profile: { name: 'Saved GmbH' },
  answers: { saxony: 'yes' },
  files: [],
  submittedAt: null,
  decidedAt: null,
  confirmation: null,
  linkExpiresAt: '2027-03-01T00:00:00.000Z',
};

describe('the application form', () => {
  it('starts from what was saved, with a control per asked field and non-deck question', () => {
    const form = createApplicationForm(VIEW);
    expect(Object.keys(form.controls.profile.controls)).toEqual(['name', 'website', 'teamSize']);
    expect(Object.keys(form.controls.answers.controls)).toEqual(['why', 'saxony']);
    expect(form.controls.profile.controls['name'].value).toBe('Saved GmbH');
    expect(form.controls.answers.controls['saxony'].value).toBe('yes');
  });

  it('autosaves what passes its rule and keeps a refused answer back, with its reason', () => {
    const form = createApplicationForm(VIEW);
    form.controls.founderName.setValue('Anna');
    form.controls.profile.controls['website'].setValue('javascript:alert(1)');
    form.controls.profile.controls['teamSize'].setValue(4);
    form.controls.answers.controls['why'].setValue('far too long for ten');
    expect(form.controls.answers.controls['why'].errors).toEqual({
      reason: { code: 'tooLong', params: { length: 20, max: 10 } },
    });
    expect(toSaveRequest(form)).toEqual({
      founderName: 'Anna',
      profile: { name: 'Saved GmbH', teamSize: 4 },
      answers: { saxony: 'yes' },
    });
  });
});
