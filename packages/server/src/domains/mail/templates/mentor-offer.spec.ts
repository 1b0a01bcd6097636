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

const link = (token: string, expiresAt = '2026-12-12T10:00:00.000Z') => ({
  path: `/respond/offer/${token}`,
  expiresAt,
});

const twoStartups = {
  mentorName: 'Dana Weber',
  cohortName: 'Spring 2027',
  startups: [
    { proposalId: 'p1', startupName: 'Backbot', oneLiner: 'Robots for bakeries', reasons: ['A'] },
    { proposalId: 'p2', startupName: 'Kiezkasse', oneLiner: null, reasons: [] },
  ],
  links: { p1: link('token-one'), p2: link('token-two', '2026-12-10T10:00:00.000Z') },
};

describe('the mentor-offer email', () => {
  it('lists every startup with its own link and counts the rest in the subject', () => {
    const en = renderer.render('mentor-offer', twoStartups, 'en');
    expect(en.subject).toBe('Mentoring request: Backbot and 1 more startup');
    const backbot = en.text.indexOf('* Backbot');
    const kiezkasse = en.text.indexOf('* Kiezkasse');
    const first = en.text.indexOf('https://crm.example.org/respond/offer/token-one');
    const second = en.text.indexOf('https://crm.example.org/respond/offer/token-two');
    // Each link sits under its own startup.
    expect(backbot).toBeGreaterThanOrEqual(0);
    expect(first).toBeGreaterThan(backbot);
    expect(kiezkasse).toBeGreaterThan(first);
    expect(second).toBeGreaterThan(kiezkasse);
    expect(en.html).toContain('href="https://crm.example.org/respond/offer/token-two"');
    // The validity line names the earliest expiry (10 December, German time).
    expect(en.text).toContain('Each link works until 10 December 2026');

    const de = renderer.render('mentor-offer', twoStartups, 'de');
    expect(de.subject).toBe('Mentoring-Anfrage: Backbot und 1 weiteres Startup');
    expect(de.text).toContain('diese 2 Startups');
  });

  it('still renders a mail written before offers were grouped (one startup, `data.link`)', () => {
    const rendered = renderer.render(
      'mentor-offer',
      {
        mentorName: 'Dana',
        cohortName: 'Spring 2027',
        startupName: 'Backbot',
        reasons: [],
        link: link('legacy'),
      },
      'en',
    );
    expect(rendered.subject).toBe('Mentoring request: Backbot');
    expect(rendered.text).toContain('https://crm.example.org/respond/offer/legacy');
  });

  it('fails a mail whose startup has no link rather than sending it without one', () => {
    expect(() =>
      renderer.render('mentor-offer', { ...twoStartups, links: { p1: link('x') } }, 'en'),
    ).toThrow(MailDataError);
  });
});
