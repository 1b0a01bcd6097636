import { describe, expect, it } from '@jest/globals';
import { mentor, startup, VOCABULARY } from '../testing/fixtures.js';
import type { FitScore, MentorScorePart } from '../types.js';
import { scoreMentor } from './mentor-score.js';

const part = (fit: FitScore, name: MentorScorePart) => {
  const found = fit.parts.find((p) => p.part === name);
  if (!found) throw new Error(`no part ${name}`);
  return found;
};

describe('scoreMentor', () => {
  it('adds up named parts to a score of 0–100 with default weights', () => {
    const fit = scoreMentor(startup(), mentor(), {}, VOCABULARY);
    expect(fit.feasible).toBe(true);
    expect(fit.parts.map((p) => p.part)).toEqual([
      'topics',
      'sector',
      'stage',
      'language',
      'location',
      'capacity',
    ]);
    expect(fit.parts.map((p) => p.max)).toEqual([45, 15, 10, 10, 10, 10]);
    // 3 of 4 topics: 45 × 0.75; every other part full.
    expect(part(fit, 'topics').points).toBe(33.75);
    expect(fit.score).toBe(33.75 + 15 + 10 + 10 + 10 + 10);
    expect(fit.score).toBe(fit.parts.reduce((sum, p) => sum + p.points, 0));
  });

  it('explains the topic overlap in German and English with vocabulary labels', () => {
    expect(part(scoreMentor(startup(), mentor(), {}, VOCABULARY), 'topics').reason).toEqual({
      de: 'deckt 3 von 4 Themen ab: Preisgestaltung, B2B-Vertrieb, Recruiting / Team',
      en: 'shares 3 of 4 topics: Pricing, B2B sales, Hiring / team',
    });
  });

  it('weighs topic needs: the covered share of the weight, not the count', () => {
    const weighted = startup({ topics: [{ key: 'legal', weight: 3 }, 'pricing'] });
    const topics = part(scoreMentor(weighted, mentor(), {}, VOCABULARY), 'topics');
    expect(topics.points).toBe(11.25); // 45 × 1/4
    expect(topics.reason.en).toBe('shares 1 of 2 topics (25% of the weight): Pricing');
    expect(topics.reason.de).toBe('deckt 1 von 2 Themen ab (25 % des Gewichts): Preisgestaltung');
  });

  it('counts a topic named twice once and names topics without labels by key', () => {
    const fit = scoreMentor(startup({ topics: ['pricing', 'pricing', 'ux'] }), mentor());
    expect(part(fit, 'topics').points).toBe(22.5);
    expect(part(fit, 'topics').reason.en).toBe('shares 1 of 2 topics: pricing');
  });

  it('gives no topic points when nothing or no need matches', () => {
    const none = scoreMentor(startup({ topics: ['legal'] }), mentor(), {}, VOCABULARY);
    expect(part(none, 'topics').points).toBe(0);
    expect(part(none, 'topics').reason).toEqual({
      de: 'deckt das Thema nicht ab: Recht',
      en: 'does not share the topic: Legal',
    });
    const many = scoreMentor(startup({ topics: ['legal', 'ux'] }), mentor());
    expect(part(many, 'topics').reason.en).toBe('shares none of 2 topics');
    const empty = scoreMentor(startup({ topics: [] }), mentor());
    expect(part(empty, 'topics')).toMatchObject({
      points: 0,
      reason: { en: 'the startup named no topics', de: 'das Startup hat keine Themen genannt' },
    });
  });

  it('scores sectors: shared 1, open or unknown 0.5, different 0', () => {
    const shared = part(scoreMentor(startup(), mentor(), {}, VOCABULARY), 'sector');
    expect(shared).toMatchObject({
      points: 15,
      reason: { de: 'beide in FinTech', en: 'both in Fintech' },
    });
    const open = part(scoreMentor(startup(), mentor({ sectors: [] })), 'sector');
    expect(open).toMatchObject({ points: 7.5, reason: { en: 'open to every sector' } });
    const other = part(
      scoreMentor(startup(), mentor({ sectors: ['healthtech'] }), {}, VOCABULARY),
      'sector',
    );
    expect(other).toMatchObject({
      points: 0,
      reason: {
        de: 'keine gemeinsame Branche (Startup: FinTech)',
        en: 'no shared sector (startup: Fintech)',
      },
    });
    expect(part(scoreMentor(startup({ sectors: [] }), mentor()), 'sector').points).toBe(7.5);
  });

  it('scores stages', () => {
    const match = part(scoreMentor(startup(), mentor(), {}, VOCABULARY), 'stage');
    expect(match).toMatchObject({
      points: 10,
      reason: { de: 'betreut Startups in der Phase Seed', en: 'works with Seed startups' },
    });
    const miss = part(
      scoreMentor(startup({ stage: 'series-a' }), mentor(), {}, VOCABULARY),
      'stage',
    );
    expect(miss).toMatchObject({
      points: 0,
      reason: {
        de: 'bevorzugt Pre-Seed, Seed; das Startup ist in der Phase Series A',
        en: 'prefers Pre-seed, Seed; the startup is at Series A',
      },
    });
    expect(part(scoreMentor(startup({ stage: null }), mentor()), 'stage').points).toBe(5);
    expect(part(scoreMentor(startup(), mentor({ stages: [] })), 'stage').points).toBe(5);
  });

  it('makes a required language a hard rule', () => {
    const blocked = scoreMentor(startup({ requiredLanguage: 'en' }), mentor(), {}, VOCABULARY);
    expect(blocked.feasible).toBe(false);
    expect(blocked.score).toBe(0);
    expect(blocked.blockedBy).toEqual({
      de: 'spricht kein Englisch, das das Startup voraussetzt',
      en: 'does not speak English, which the startup requires',
    });
    const met = scoreMentor(startup({ requiredLanguage: 'de' }), mentor(), {}, VOCABULARY);
    expect(met.feasible).toBe(true);
    expect(part(met, 'language')).toMatchObject({
      points: 10,
      reason: { de: 'spricht Deutsch (Pflicht)', en: 'speaks German (required)' },
    });
  });

  it('scores shared languages without a requirement', () => {
    const shared = part(scoreMentor(startup(), mentor(), {}, VOCABULARY), 'language');
    expect(shared).toMatchObject({
      points: 10,
      reason: { de: 'beide sprechen Deutsch', en: 'both speak German' },
    });
    const none = part(scoreMentor(startup({ languages: ['fr'] }), mentor()), 'language');
    expect(none).toMatchObject({ points: 0, reason: { en: 'no shared language' } });
    const unknown = part(scoreMentor(startup(), mentor({ languages: [] })), 'language');
    expect(unknown).toMatchObject({ points: 5, reason: { en: 'languages unknown' } });
  });

  it('scores the location: same city 1, both remote 0.5, else 0', () => {
    const same = part(scoreMentor(startup(), mentor({ city: ' leipzig ' })), 'location');
    expect(same).toMatchObject({
      points: 10,
      reason: { de: 'beide in Leipzig', en: 'both in Leipzig' },
    });
    const remote = part(scoreMentor(startup(), mentor({ city: 'Berlin' })), 'location');
    expect(remote).toMatchObject({
      points: 5,
      reason: {
        de: 'Leipzig und Berlin, beide offen für remote',
        en: 'Leipzig and Berlin, both open to remote',
      },
    });
    const apart = part(
      scoreMentor(startup(), mentor({ city: 'Berlin', remoteOk: false })),
      'location',
    );
    expect(apart).toMatchObject({
      points: 0,
      reason: { en: 'Leipzig and Berlin, not both open to remote' },
    });
    const unknown = part(
      scoreMentor(startup({ city: null, remoteOk: false }), mentor()),
      'location',
    );
    expect(unknown.reason.de).toBe('keine gemeinsame Stadt, nicht beide offen für remote');
  });

  it('scores the free places up to three', () => {
    const points = [0, 1, 2, 3, 7].map(
      (capacity) => part(scoreMentor(startup(), mentor({ capacity })), 'capacity').points,
    );
    expect(points).toEqual([0, 3.333, 6.667, 10, 10]);
    expect(part(scoreMentor(startup(), mentor({ capacity: 1 })), 'capacity').reason).toEqual({
      de: 'hat 1 freien Platz',
      en: 'has 1 free place',
    });
    expect(part(scoreMentor(startup(), mentor({ capacity: 0 })), 'capacity').reason.de).toBe(
      'hat keinen freien Platz',
    );
  });

  it('normalises custom weights so that a perfect pair scores 100', () => {
    const perfect = startup({ topics: ['pricing'] });
    const fit = scoreMentor(perfect, mentor(), {
      topics: 1,
      sector: 1,
      stage: 0,
      language: 0,
      location: 0,
      capacity: 1,
    });
    expect(fit.parts.map((p) => p.max)).toEqual([33.334, 33.333, 0, 0, 0, 33.333]);
    expect(fit.score).toBe(100);
  });

  it('rejects negative or non-finite weights', () => {
    expect(() => scoreMentor(startup(), mentor(), { topics: -1 })).toThrow('weights must be');
    expect(() => scoreMentor(startup(), mentor(), { sector: Number.NaN })).toThrow('sector');
  });
});
