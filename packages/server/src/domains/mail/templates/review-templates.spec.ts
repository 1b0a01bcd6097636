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

const link = { path: '/respond/review/tok', expiresAt: '2027-03-15T10:00:00.000Z' };

describe('the reviewer emails', () => {
  it('invites in the reviewer’s language, with the count, the deadline and the link', () => {
    const data = {
      reviewerName: 'Rita <Richter>',
      callTitle: 'Herbst 2027',
      count: 3,
      deadline: '2027-03-01T17:00:00.000Z',
      link,
    };
    const de = renderer.render('review-invitation', data, 'de');
    expect(de.subject).toBe('Einladung zur Begutachtung: Herbst 2027');
    expect(de.text).toContain('Hallo Rita <Richter>,');
    expect(de.text).toContain('3 Bewerbungen warten');
    expect(de.text).toContain('bis 1. März 2027 um 18:00 MEZ ab');
    expect(de.text).toContain('https://crm.example.org/respond/review/tok');
    expect(de.html).toContain('Rita &lt;Richter&gt;');
    const en = renderer.render('review-invitation', { ...data, count: 1, deadline: null }, 'en');
    expect(en.subject).toBe('Invitation to review: Herbst 2027');
    expect(en.text).toContain('One application awaits your review.');
    expect(en.text).not.toContain('Please submit');
  });

  it('reminds of the open reviews before the deadline', () => {
    const data = {
      reviewerName: 'Eric',
      callTitle: 'Autumn',
      open: 2,
      deadline: '2027-03-01T17:00:00.000Z',
      link,
    };
    const en = renderer.render('review-reminder', data, 'en');
    expect(en.subject).toBe('Reminder: your reviews for Autumn');
    expect(en.text).toContain('2 of your reviews for the call "Autumn" are still open.');
    const de = renderer.render('review-reminder', data, 'de');
    expect(de.text).toContain('sind noch 2 Ihrer Bewertungen offen');
  });

  it('fails a mail whose data lacks what it states', () => {
    expect(() =>
      renderer.render('review-reminder', { reviewerName: 'Eric', callTitle: 'A', link }, 'en'),
    ).toThrow(MailDataError);
  });
});
