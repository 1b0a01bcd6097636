import { itemAt } from '../shared/items';
import { createDemoFaker, DEMO_SEED } from './demo-faker';

/** Free labels staff give records; the demo spreads a few over each list. */
export const STARTUP_TAGS = [
  'EXIST',
  'Uni-Ausgründung',
  'Female Founders',
  'Demo Day',
  'Impact',
  'Hardware',
] as const;
export const MENTOR_TAGS = ['Pitch-Training', 'Investor-Netzwerk', 'Ehrenamt', 'English'] as const;
export const INVESTOR_TAGS = ['Lead-Investor', 'Co-Investor', 'Impact', 'Sachsen-Fokus'] as const;

/** The tags of the `index`-th record: none, one or two of `pool`, the same on every run. */
export function demoTags(pool: readonly string[], index: number): string[] {
  const first = (index * 7) % (pool.length + 2);
  const tags = first < pool.length ? [itemAt(pool, first)] : [];
  if (index % 3 === 0) {
    const second = itemAt(pool, (first + 3) % pool.length);
    if (!tags.includes(second)) tags.push(second);
  }
  return tags;
}

export interface DemoFounder {
  startupIndex: number;
  fullName: string;
  email: string;
  role: string;
}

const FOUNDER_ROLES = ['CEO & Mitgründer:in', 'CTO & co-founder', 'COO', 'Mitgründer:in'];

function mailLocal(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/**
 * One or two founders per startup, at the startup's own domain. The founder of the second
 * startup is `mentor`, by the same name and email: one person, a founder here and a mentor elsewhere.
 */
export function demoFounders(
  startupNames: readonly string[],
  mentor: { fullName: string; email: string } | null,
  seed = DEMO_SEED,
): DemoFounder[] {
  const faker = createDemoFaker(seed + 3);
  return startupNames.flatMap((name, startupIndex) => {
    const domain = `${mailLocal(name).replace(/\./g, '') || 'startup'}.example`;
    const count = startupIndex % 3 === 0 ? 2 : 1;
    return Array.from({ length: count }, (_, k): DemoFounder => {
      if (startupIndex === 1 && k === 0 && mentor) {
        return { startupIndex, fullName: mentor.fullName, email: mentor.email, role: 'CEO' };
      }
      const fullName = `${faker.person.firstName()} ${faker.person.lastName()}`;
      return {
        startupIndex,
        fullName,
        email: `${mailLocal(fullName)}@${domain}`,
        role: itemAt(FOUNDER_ROLES, (startupIndex + k) % FOUNDER_ROLES.length),
      };
    });
  });
}

export interface PlanCohort {
  id: string;
  /** Startups accepted or active in the cohort, in a fixed order. */
  members: string[];
  /** The cohort's mentor pool, in a fixed order. */
  pool: string[];
}

export interface PlannedMentorship {
  cohortId: string;
  startupId: string;
  mentorId: string;
}

/**
 * Live mentorships for running cohorts: each member but the last `leaveUnmentored` gets the pool
 * mentor with the most free places (none free: no mentor). Then the first mentor takes further
 * startups as their second mentor until one over capacity, so that the demo shows such a mentor.
 */
export function planMentorships(
  cohorts: readonly PlanCohort[],
  capacities: ReadonlyMap<string, number>,
  leaveUnmentored: number,
): PlannedMentorship[] {
  const load = new Map<string, number>();
  const free = (mentorId: string) => (capacities.get(mentorId) ?? 0) - (load.get(mentorId) ?? 0);
  const planned: PlannedMentorship[] = [];
  for (const cohort of cohorts) {
    const mentored = cohort.members.slice(0, Math.max(cohort.members.length - leaveUnmentored, 0));
    for (const startupId of mentored) {
      const mentorId = [...cohort.pool].sort((a, b) => free(b) - free(a))[0];
      if (mentorId === undefined || free(mentorId) <= 0) continue;
      planned.push({ cohortId: cohort.id, startupId, mentorId });
      load.set(mentorId, (load.get(mentorId) ?? 0) + 1);
    }
  }
  // The first assigned mentor also takes other startups of that cohort until one over capacity.
  const first = planned[0];
  if (first) {
    const others = planned.filter(
      (m) => m.cohortId === first.cohortId && m.mentorId !== first.mentorId,
    );
    for (const { startupId } of others) {
      if (free(first.mentorId) < 0) break;
      planned.push({ cohortId: first.cohortId, startupId, mentorId: first.mentorId });
      load.set(first.mentorId, (load.get(first.mentorId) ?? 0) + 1);
    }
  }
  return planned;
}

/** Notes staff wrote about records, German and English like the records themselves. */
export const DEMO_NOTES = [
  'Erstgespräch geführt: Team wirkt stark, Vertrieb ist die große Lücke.',
  'Follow-up call: they want an intro to two angels before the summer.',
  'Pitch-Deck überarbeitet, Finanzplan fehlt noch.',
  'Asked for help with the EXIST application; sent the checklist.',
  'Mentoring läuft gut, nächstes Treffen in zwei Wochen.',
  'Prefers meetings in English; available Tuesdays and Thursdays.',
  'Hat beim Demo Day die Jury überzeugt – Kontakt zu zwei Fonds hergestellt.',
  'Needs a mentor for pricing; none in the pool fits yet.',
] as const;
