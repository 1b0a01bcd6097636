import { describe, expect, it } from '@jest/globals';
import { investor, startup, VOCABULARY } from '../testing/fixtures.js';
import { buildInvestorCandidates, matchInvestors } from './investors.js';

describe('matchInvestors', () => {
  const startups = [
    startup({ id: 'seed-fintech' }),
    startup({
      id: 'growth-health',
      stage: 'series-a',
      sectors: ['healthtech'],
      fundingSoughtEur: 8e6,
    }),
    startup({ id: 'seed-health', sectors: ['healthtech'] }),
  ];
  const investors = [
    investor({ id: 'angel', introsPerRound: 1 }),
    investor({
      id: 'fund',
      sectors: ['healthtech'],
      stages: ['seed', 'series-a'],
      ticketMinEur: 1e6,
      ticketMaxEur: 10e6,
      regions: [],
      introsPerRound: 2,
    }),
  ];

  it('uses intros per round as the capacity and explains each introduction', () => {
    const result = matchInvestors({
      startups,
      investors,
      vocabulary: VOCABULARY,
      params: { k: 1 },
    });
    expect(result.pairs.map((p) => `${p.startupId}-${p.partnerId}`)).toEqual([
      'seed-fintech-angel',
      'growth-health-fund',
      'seed-health-fund',
    ]);
    expect(result.load).toEqual([
      { partnerId: 'angel', assigned: 1, capacity: 1 },
      { partnerId: 'fund', assigned: 2, capacity: 2 },
    ]);
    expect(result.pairs[1]!.parts.map((p) => p.reason.en)).toEqual([
      'invests in Healthtech',
      'invests at Series A',
      'seeks €8M, ticket €1M – €10M',
      'invests in every region',
    ]);
  });

  it('reports its phases like a mentor run', () => {
    const phases: string[] = [];
    matchInvestors({ startups, investors }, { onPhase: (phase) => phases.push(phase) });
    expect(phases).toEqual(['scoring', 'solving']);
  });

  it('builds the scored candidate graph on its own', () => {
    const graph = buildInvestorCandidates({ startups, investors, params: { minScore: 50 } });
    expect(graph.startupIds).toEqual(startups.map((s) => s.id));
    expect([...graph.capacity]).toEqual([1, 2]);
    expect(graph.scoredPairs).toBe(6);
    for (const score of graph.pairScore) expect(score).toBeGreaterThanOrEqual(50);
  });
});
