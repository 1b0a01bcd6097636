import { describe, expect, it } from '@jest/globals';
import type { ProposalPart, Vocabularies } from '@kohorte/contracts';
import type { IntroductionRow } from './introduction-rows';
import { anonymousReasons, fitReasons, teaserOf } from './introduction-teaser';

const part = (points: number, de: string, en: string, max = points || 25): ProposalPart =>
  ({ part: 'sector', points, max, reason: { de, en } }) as ProposalPart;

const row = {
  startupName: 'Backbot',
  website: 'https://www.backbot.example/about',
  city: 'Markkleeberg',
  stage: 'seed',
  sectors: ['fintech', 'gone'],
  topics: [],
  fundingSoughtEur: 500000,
  fundingRaisedEur: null,
  teamSize: 4,
  foundedYear: 2024,
  startupLanguages: ['de'],
  parts: [
    part(25, 'investiert in Fintech', 'invests in fintech'),
    part(0, 'keine gemeinsame Phase', 'no shared stage'),
    part(15, 'investiert in Markkleeberg', 'invests in Markkleeberg'),
    part(10, 'kennt backbot.example', 'knows backbot.example'),
    part(10, 'mag BACKBOT', 'likes BACKBOT'),
    part(
      19,
      'sucht 1,3 Mio. €, über dem Höchstticket',
      'seeks €1.3M, above the maximum ticket',
      25,
    ),
  ],
} as unknown as IntroductionRow;

const vocabularies: Vocabularies = {
  sectors: [
    {
      kind: 'sectors',
      key: 'fintech',
      labelDe: 'Finanzen',
      labelEn: 'Fintech',
      position: 1,
      parent: null,
    },
  ],
  stages: [
    { kind: 'stages', key: 'seed', labelDe: 'Seed', labelEn: 'Seed', position: 1, parent: null },
  ],
  topics: [],
  languages: [],
  regions: [],
};

describe('the investor teaser', () => {
  it('keeps the reasons of the parts that fit fully, not a near miss', () => {
    expect(fitReasons(row.parts).map((reason) => reason.en)).toEqual([
      'invests in fintech',
      'invests in Markkleeberg',
      'knows backbot.example',
      'likes BACKBOT',
    ]);
  });

  it('drops every reason that names the startup, its website or its city', () => {
    expect(anonymousReasons(row)).toEqual([
      { de: 'investiert in Fintech', en: 'invests in fintech' },
    ]);
  });

  it('labels the terms and shows unknown keys as themselves', () => {
    const teaser = teaserOf(row, vocabularies);
    expect(teaser.stage).toEqual({ key: 'seed', labelDe: 'Seed', labelEn: 'Seed' });
    expect(teaser.sectors).toEqual([
      { key: 'fintech', labelDe: 'Finanzen', labelEn: 'Fintech' },
      { key: 'gone', labelDe: 'gone', labelEn: 'gone' },
    ]);
    expect(JSON.stringify(teaser)).not.toMatch(/backbot|markkleeberg/i);
  });
});
