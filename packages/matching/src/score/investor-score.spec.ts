import { describe, expect, it } from '@jest/globals';
import { investor, startup, VOCABULARY } from '../testing/fixtures.js';
import type { FitScore, InvestorScorePart } from '../types.js';
import { ticketFraction } from './investor-kernel.js';
import { scoreInvestor } from './investor-score.js';
import { money } from './text.js';

const part = (fit: FitScore, name: InvestorScorePart) => {
  const found = fit.parts.find((p) => p.part === name);
  if (!found) throw new Error(`no part ${name}`);
  return found;
};

describe('scoreInvestor', () => {
  it('scores sector, stage, ticket and region with default weights', () => {
    const fit = scoreInvestor(startup(), investor(), {}, VOCABULARY);
    expect(fit.parts.map((p) => [p.part, p.points, p.max])).toEqual([
      ['sector', 35, 35],
      ['stage', 25, 25],
      ['ticket', 25, 25],
      ['region', 15, 15],
    ]);
    expect(fit.score).toBe(100);
    expect(fit.parts.map((p) => p.reason.en)).toEqual([
      'invests in Fintech',
      'invests at Seed',
      'seeks €500k, ticket €250k – €1M',
      'invests in Saxony',
    ]);
    expect(fit.parts.map((p) => p.reason.de)).toEqual([
      'investiert in FinTech',
      'investiert in der Phase Seed',
      'sucht 500 Tsd. €, Ticket 250 Tsd. € – 1 Mio. €',
      'investiert in Sachsen',
    ]);
  });

  it('lets the ticket fit fall in proportion outside the range', () => {
    expect(ticketFraction(500, 250, 1000)).toBe(1);
    expect(ticketFraction(125, 250, 1000)).toBe(0.5);
    expect(ticketFraction(2000, 250, 1000)).toBe(0.5);
    expect(ticketFraction(Number.NaN, 250, 1000)).toBe(0.5);
    expect(ticketFraction(100, Number.NaN, Number.NaN)).toBe(0.5);
    expect(ticketFraction(100, Number.NaN, 50)).toBe(0.5);
    const above = part(
      scoreInvestor(startup({ fundingSoughtEur: 3_000_000 }), investor()),
      'ticket',
    );
    expect(above.points).toBe(8.333);
    expect(above.reason).toEqual({
      de: 'sucht 3 Mio. €, über dem Höchstticket von 1 Mio. €',
      en: 'seeks €3M, above the maximum ticket of €1M',
    });
    const below = part(scoreInvestor(startup({ fundingSoughtEur: 100_000 }), investor()), 'ticket');
    expect(below.reason.en).toBe('seeks €100k, below the minimum ticket of €250k');
    const open = part(scoreInvestor(startup(), investor({ ticketMinEur: null })), 'ticket');
    expect(open.reason.en).toBe('seeks €500k, ticket up to €1M');
    const unknown = part(scoreInvestor(startup({ fundingSoughtEur: null }), investor()), 'ticket');
    expect(unknown).toMatchObject({
      points: 12.5,
      reason: { en: 'ticket or funding need unknown' },
    });
  });

  it('matches regions against the startup city and regions, case-insensitively', () => {
    expect(
      part(scoreInvestor(startup(), investor({ regions: ['LEIPZIG'] })), 'region').points,
    ).toBe(15);
    const elsewhere = part(scoreInvestor(startup(), investor({ regions: ['Bayern'] })), 'region');
    expect(elsewhere).toMatchObject({
      points: 0,
      reason: {
        de: 'investiert in Bayern, nicht am Ort des Startups (Leipzig)',
        en: 'invests in Bayern, not where the startup is (Leipzig)',
      },
    });
    const anywhere = part(scoreInvestor(startup(), investor({ regions: [' '] })), 'region');
    expect(anywhere).toMatchObject({ points: 15, reason: { en: 'invests in every region' } });
    const unknown = part(scoreInvestor(startup({ city: null, regions: [] }), investor()), 'region');
    expect(unknown).toMatchObject({
      points: 7.5,
      reason: { en: "the startup's region is unknown" },
    });
  });

  it('fits a startup to every region its city lies in, and says why in both languages', () => {
    const leipzig = startup({ city: 'Leipzig', regions: [] });
    const saxony = part(
      scoreInvestor(leipzig, investor({ regions: ['sachsen'] }), {}, VOCABULARY),
      'region',
    );
    expect(saxony).toMatchObject({
      points: 15,
      reason: {
        de: 'investiert in Sachsen (Leipzig liegt in Sachsen)',
        en: 'invests in Saxony (Leipzig is in Saxony)',
      },
    });
    const europe = part(
      scoreInvestor(
        startup({ city: 'Munich', regions: [] }),
        investor({ regions: ['europe'] }),
        {},
        VOCABULARY,
      ),
      'region',
    );
    expect(europe).toMatchObject({
      points: 15,
      reason: {
        de: 'investiert in Europa (München liegt in Europa)',
        en: 'invests in Europe (Munich is in Europe)',
      },
    });
  });

  it('names the innermost of the investor’s regions that holds the startup', () => {
    const fit = scoreInvestor(
      startup({ city: 'leipzig', regions: [] }),
      investor({ regions: ['europe', 'sachsen'] }),
      {},
      VOCABULARY,
    );
    expect(part(fit, 'region').reason.en).toBe('invests in Saxony (Leipzig is in Saxony)');
    expect(part(fit, 'region').points).toBe(15);
  });

  it('labels regions that do not hold the startup, and compares unknown places as text', () => {
    const vienna = part(
      scoreInvestor(
        startup({ city: 'Wien', regions: [] }),
        investor({ regions: ['de', 'fr'] }),
        {},
        VOCABULARY,
      ),
      'region',
    );
    expect(vienna).toMatchObject({
      points: 0,
      reason: {
        de: 'investiert in Deutschland, Frankreich, nicht am Ort des Startups (Wien)',
        en: 'invests in Germany, France, not where the startup is (Vienna)',
      },
    });
    const gotham = scoreInvestor(
      startup({ city: 'Gotham', regions: [] }),
      investor({ regions: ['gotham', 'europe'] }),
      {},
      VOCABULARY,
    );
    expect(part(gotham, 'region')).toMatchObject({
      points: 15,
      reason: { en: 'invests in gotham' },
    });
  });

  it('treats investors without sectors or stages as open to all', () => {
    const fit = scoreInvestor(startup(), investor({ sectors: [], stages: [] }));
    expect(part(fit, 'sector')).toMatchObject({
      points: 17.5,
      reason: { en: 'invests in every sector' },
    });
    expect(part(fit, 'stage')).toMatchObject({
      points: 12.5,
      reason: { de: 'investiert in jeder Phase' },
    });
  });
});

describe('money', () => {
  it('says amounts as people do, in both languages', () => {
    expect([950, 250_000, 1_500_000, 999_999, 12_000_000].map((x) => money(x, 'en'))).toEqual([
      '€950',
      '€250k',
      '€1.5M',
      '€1M',
      '€12M',
    ]);
    expect(money(1_500_000, 'de')).toBe('1,5 Mio. €');
    expect(money(62_500, 'de')).toBe('62,5 Tsd. €');
  });
});
