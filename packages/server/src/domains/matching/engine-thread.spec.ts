import { describe, expect, it } from '@jest/globals';
import {
  MatchingInputError,
  type MatchPhase,
  type MentorProfile,
  type StartupProfile,
} from '@kohorte/matching';
import { type EngineRequest, engineThreadsStarted, runEngine } from './engine-thread';

const startup = (id: string, topics: string[]): StartupProfile => ({
  id,
  topics,
  sectors: ['fintech'],
  stage: 'seed',
  languages: ['de'],
  requiredLanguage: null,
  city: 'Leipzig',
  remoteOk: true,
  fundingSoughtEur: null,
  regions: [],
});

const mentor = (id: string, expertise: string[], capacity = 2): MentorProfile => ({
  id,
  expertise,
  sectors: ['fintech'],
  stages: ['seed'],
  languages: ['de'],
  city: 'Leipzig',
  remoteOk: true,
  capacity,
});

function request(maxPerStartup?: number): EngineRequest {
  return {
    kind: 'mentors',
    maxPerStartup,
    input: {
      startups: [startup('a', ['pricing']), startup('b', ['hiring'])],
      mentors: [mentor('x', ['pricing']), mentor('y', ['hiring']), mentor('z', [])],
      params: { k: 1, alternatives: 0 },
    },
  };
}

describe('the matching engine thread', () => {
  it('solves in a thread that later runs reuse, reporting each phase', async () => {
    const phases: MatchPhase[] = [];
    const first = await runEngine(request(), (phase) => phases.push(phase), 60_000);
    expect(first.pairs.map((pair) => `${pair.startupId}-${pair.partnerId}`).sort()).toEqual([
      'a-x',
      'b-y',
    ]);
    expect(phases).toEqual(['scoring', 'solving']);
    const started = engineThreadsStarted();
    const second = await runEngine(request(1), () => undefined, 60_000);
    expect(second.totalScore).toBe(first.totalScore);
    expect(engineThreadsStarted()).toBe(started);
  }, 60_000);

  it("returns the engine's input error, and the next run still works", async () => {
    const valid = request();
    const bad = {
      ...valid,
      input: {
        ...valid.input,
        params: { pinned: [{ startupId: 'a', partnerId: 'nobody' }] },
      },
    } as EngineRequest;
    await expect(runEngine(bad, () => undefined, 60_000)).rejects.toBeInstanceOf(
      MatchingInputError,
    );
    await expect(runEngine(request(), () => undefined, 60_000)).resolves.toMatchObject({
      pairs: expect.any(Array),
    });
  }, 60_000);

  it('runs concurrent calls on threads of their own', async () => {
    const results = await Promise.all([1, 2, 3].map(() => runEngine(request(), () => undefined)));
    expect(new Set(results.map((result) => result.totalScore)).size).toBe(1);
  }, 60_000);

  it('stops a call that runs too long, and a new thread takes the next one', async () => {
    // A million pairs take the engine far longer than the 1 ms allowed.
    const topics = ['pricing', 'hiring', 'legal', 'sales'];
    const topicOf = (n: number): string => topics[n % topics.length] ?? 'pricing';
    const large: EngineRequest = {
      kind: 'mentors',
      input: {
        startups: Array.from({ length: 2000 }, (_, i) => startup(`s${i}`, [topicOf(i)])),
        mentors: Array.from({ length: 500 }, (_, j) => mentor(`m${j}`, [topicOf(j)])),
      },
    };
    await expect(runEngine(large, () => undefined, 1)).rejects.toThrow(/did not finish/);
    await expect(runEngine(request(), () => undefined, 60_000)).resolves.toMatchObject({
      pairs: expect.any(Array),
    });
  }, 60_000);
});
