import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../infra/config/kohorte-config';
import { MailRenderer } from '../mail-renderer';
import { MailDataError } from '../mail-template';

const renderer = new MailRenderer(
  loadConfig({
    DATABASE_URL: 'postgres://unused',
    PUBLIC_URL: 'https://crm.example.org',
    INCUBATOR_NAME: 'Gründerlab Leipzig',
  }),
);

const link = (page: string, token: string) => ({
  path: `/respond/${page}/${token}`,
  expiresAt: '2027-01-12T10:00:00.000Z',
});

describe('the applicant emails', () => {
  it('sends the application link with the deadline in German time', () => {
    const data = {
      callTitle: 'Frühjahr <2027>',
      closesAt: '2027-02-10T17:00:00.000Z',
      link: link('application', 'tok'),
    };
    const de = renderer.render('application-link', data, 'de');
    expect(de.subject).toBe('Ihr Link zur Bewerbung: Frühjahr <2027>');
    expect(de.text).toContain('Bewerbungsschluss ist 10. Februar 2027 um 18:00 MEZ.');
    expect(de.text).toContain('https://crm.example.org/respond/application/tok');
    expect(de.html).toContain('Frühjahr &lt;2027&gt;');
    const en = renderer.render('application-link', data, 'en');
    expect(en.text).toContain('The deadline is 10 February 2027 at 18:00 CET.');
  });

  it('confirms a submission with the call’s own text, as paragraphs', () => {
    const data = {
      callTitle: 'Spring',
      confirmation: 'We decide by March.\n\nQuestions? Write to us.',
      founderName: 'Anna',
    };
    const en = renderer.render('application-received', data, 'en');
    expect(en.subject).toBe('Application received: Spring');
    expect(en.text).toContain('Hello Anna,');
    expect(en.html).toContain('<p style="white-space:pre-line">Questions? Write to us.</p>');
  });

  it('tells each decision; only an acceptance carries the profile link', () => {
    const base = { callTitle: 'Frühjahr', startupName: 'Bike Logistics', founderName: 'Anna' };
    const accepted = renderer.render(
      'application-decision',
      { ...base, decision: 'accept', link: link('profile', 'p') },
      'de',
    );
    expect(accepted.subject).toBe('Zusage: Frühjahr');
    expect(accepted.text).toContain('https://crm.example.org/respond/profile/p');
    const rejected = renderer.render('application-decision', { ...base, decision: 'reject' }, 'en');
    expect(rejected.subject).toBe('Your application: Frühjahr');
    expect(rejected.text).not.toContain('/respond/');
    expect(() =>
      renderer.render('application-decision', { ...base, decision: 'maybe' }, 'en'),
    ).toThrow(MailDataError);
  });
});
