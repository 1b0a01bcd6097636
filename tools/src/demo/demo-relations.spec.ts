import { describe, expect, it } from '@jest/globals';
import { TAG_PATTERN } from '@kohorte/contracts';
import {
  demoFounders,
  demoTags,
  INVESTOR_TAGS,
  MENTOR_TAGS,
  type PlanCohort,
  planMentorships,
  STARTUP_TAGS,
} from './demo-relations';
import { firstOf } from '../shared/items';

describe('demo tags', () => {
  it('gives some records none, most one or two valid tags, without repeats', () => {
    for (const pool of [STARTUP_TAGS, MENTOR_TAGS, INVESTOR_TAGS]) {
      const tagged = Array.from({ length: 40 }, (_, index) => demoTags(pool, index));
      expect(tagged.filter((tags) => tags.length === 0).length).toBeGreaterThan(0);
      expect(tagged.filter((tags) => tags.length > 0).length).toBeGreaterThan(20);
      for (const tags of tagged) {
        expect(new Set(tags).size).toBe(tags.length);
        for (const tag of tags) expect(tag).toMatch(TAG_PATTERN);
      }
    }
  });
});

describe('demo founders', () => {
  const names = ['Auwald Analytics', 'Pleiße Robotics', 'Kiefer Labs', 'Saale Solar'];
  const mentor = { fullName: 'Greta Nowak', email: 'greta.nowak.3@mentors.example' };

  it('gives every startup a founder at its own domain, and makes one of them the mentor', () => {
    const founders = demoFounders(names, mentor);
    expect(new Set(founders.map((f) => f.startupIndex))).toEqual(new Set([0, 1, 2, 3]));
    expect(founders.filter((f) => f.email === mentor.email)).toEqual([
      { startupIndex: 1, fullName: 'Greta Nowak', email: mentor.email, role: 'CEO' },
    ]);
    const others = founders.filter((f) => f.email !== mentor.email);
    for (const founder of others) {
      expect(founder.email).toMatch(/^[a-z.]+@[a-z]+\.example$/);
    }
    expect(others.find((f) => f.startupIndex === 0)?.email).toMatch(/@auwaldanalytics\.example$/);
    expect(demoFounders(names, mentor)).toEqual(founders);
  });
});

describe('planMentorships', () => {
  const cohorts: PlanCohort[] = [
    { id: 'c1', members: ['s1', 's2', 's3', 's4', 's5', 's6'], pool: ['m1', 'm2', 'm3'] },
    { id: 'c2', members: ['s7', 's8', 's9', 's10'], pool: ['m3', 'm4'] },
  ];
  const capacities = new Map([
    ['m1', 2],
    ['m2', 1],
    ['m3', 1],
    ['m4', 1],
  ]);

  it('leaves the last startups of each cohort without a mentor and respects capacities but one', () => {
    const plan = planMentorships(cohorts, capacities, 2);

    const mentored = new Set(plan.map((m) => m.startupId));
    expect(
      mentored.has('s5') || mentored.has('s6') || mentored.has('s9') || mentored.has('s10'),
    ).toBe(false);
    expect([...mentored].sort()).toEqual(['s1', 's2', 's3', 's4', 's7'].sort());
    const load = new Map<string, number>();
    for (const m of plan) load.set(m.mentorId, (load.get(m.mentorId) ?? 0) + 1);
    const over = [...load].filter(([id, n]) => n > (capacities.get(id) ?? 0));
    expect(over).toHaveLength(1);
    expect(firstOf(over)[1]).toBe((capacities.get(firstOf(over)[0]) ?? 0) + 1);
    // Each mentor from the cohort's own pool, and never twice for the same startup there.
    for (const m of plan) {
      expect(cohorts.find((c) => c.id === m.cohortId)?.pool).toContain(m.mentorId);
    }
    const pairs = plan.map((m) => `${m.cohortId}/${m.startupId}/${m.mentorId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
