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
  expiresAt: '2026-12-12T10:00:00.000Z',
});

const consent = {
  recipientName: 'Ada Lovelace',
  startupName: 'Backbot',
  cohortName: 'Spring 2027',
  investorName: 'Fonds <Ost> & Co',
  contactName: 'Ina Invest',
  investorType: 'angel',
  ticketMinEur: 50000,
  ticketMaxEur: null,
  reasons: ['invests in fintech'],
  link: link('intro-consent', 'consent-token'),
};

const teaser = {
  recipientName: 'Ina Invest',
  cohortName: 'Spring 2027',
  stage: 'Seed',
  sectors: ['Fintech', 'Food'],
  fundingSoughtEur: 500000,
  teamSize: 4,
  foundedYear: 2024,
  reasons: ['invests at Seed'],
  link: link('investor-offer', 'teaser-token'),
};

describe('the intro-consent-request email', () => {
  it('names the investor, its type and ticket, escapes it in HTML, and carries the consent link', () => {
    const en = renderer.render('intro-consent-request', consent, 'en');
    expect(en.subject).toBe('Introduce Backbot to Fonds <Ost> & Co? We need your consent');
    expect(en.text).toContain('Hello Ada Lovelace,');
    expect(en.text).toContain('Type: Business angel');
    expect(en.text).toMatch(/Ticket: from €50,000/);
    expect(en.text).toContain('- invests in fintech');
    expect(en.text).toContain('https://crm.example.org/respond/intro-consent/consent-token');
    expect(en.html).toContain('Fonds &lt;Ost&gt; &amp; Co');
    expect(en.html).not.toContain('<Ost>');
    const de = renderer.render('intro-consent-request', { ...consent, reminder: true }, 'de');
    expect(de.subject).toBe(
      'Erinnerung: Backbot bei Fonds <Ost> & Co vorstellen? Bitte um Ihre Zustimmung',
    );
    expect(de.text).toContain('Link der ersten E-Mail gilt nicht mehr');
    expect(de.text).toContain('Art: Business Angel');
  });

  it('refuses data without an investor type instead of sending a broken mail', () => {
    expect(() =>
      renderer.render('intro-consent-request', { ...consent, investorType: 'bank' }, 'de'),
    ).toThrow(MailDataError);
  });
});

describe('the investor-teaser email', () => {
  it('shows the anonymous profile in both languages, with a reminder variant', () => {
    const de = renderer.render('investor-teaser', teaser, 'de');
    expect(de.subject).toBe('Vorstellungsanfrage von Gründerlab Leipzig: ein Startup für Sie');
    expect(de.text).toContain('Phase: Seed');
    expect(de.text).toContain('Branchen: Fintech, Food');
    expect(de.text).toMatch(/Sucht: 500\.000\s€/);
    expect(de.text).toContain('Teamgröße: 4');
    expect(de.text).toContain('Gegründet: 2024');
    expect(de.text).toContain('https://crm.example.org/respond/investor-offer/teaser-token');
    const en = renderer.render('investor-teaser', { ...teaser, reminder: true }, 'en');
    expect(en.subject).toBe(
      'Reminder: Introduction request from Gründerlab Leipzig: a startup for you',
    );
    expect(en.text).toContain('Seeks: €500,000');
    expect(en.html).toContain('Why it fits');
  });

  it('renders no startup name even when the data carries one by mistake', () => {
    const leaky = { ...teaser, startupName: 'Backbot', oneLiner: 'Robots for bakeries' };
    for (const locale of ['de', 'en'] as const) {
      const mail = renderer.render('investor-teaser', leaky, locale);
      for (const part of [mail.subject, mail.html, mail.text]) {
        expect(part).not.toContain('Backbot');
        expect(part).not.toContain('Robots for bakeries');
      }
    }
  });
});

describe('the investor-introduction email', () => {
  const common = {
    startupName: 'Backbot',
    cohortName: 'Spring 2027',
    investorName: 'Fonds Ost',
  };

  it('gives the investor the startup and its founders, and the founders the investor', () => {
    const investor = renderer.render(
      'investor-introduction',
      {
        ...common,
        audience: 'investor',
        oneLiner: 'Robots for bakeries',
        website: 'https://backbot.example',
        people: [{ name: 'Ada Lovelace', email: 'ada@backbot.example' }],
      },
      'en',
    );
    expect(investor.subject).toBe('Introduction: Backbot and Fonds Ost');
    expect(investor.text).toContain('Robots for bakeries');
    expect(investor.text).toContain('Website: https://backbot.example');
    expect(investor.text).toContain('- Ada Lovelace <ada@backbot.example>');
    const founder = renderer.render(
      'investor-introduction',
      {
        ...common,
        audience: 'founder',
        people: [{ name: 'Ina Invest', email: 'ina@fonds.example', company: 'Fonds Ost' }],
      },
      'de',
    );
    expect(founder.text).toContain('Fonds Ost möchte Backbot kennenlernen');
    expect(founder.html).toContain('mailto:ina@fonds.example');
    expect(() =>
      renderer.render('investor-introduction', { ...common, audience: 'mentor', people: [] }, 'de'),
    ).toThrow(MailDataError);
  });
});
