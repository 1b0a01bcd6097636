import { UserEntity } from '@kohorte/server/auth';
import { InvestorEntity } from '@kohorte/server/investors';
import { MentorEntity } from '@kohorte/server/mentors';
import {
  CohortEntity,
  CohortMembershipEntity,
  CohortMentorEntity,
  ProgrammeEntity,
} from '@kohorte/server/programmes';
import { profileCompleteness, StartupEntity } from '@kohorte/server/startups';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_SEED } from './demo-faker';
import { generateInvestors, generateMentors } from './demo-people';
import { DEMO_PROGRAMMES } from './demo-programmes';
import { demoTags, INVESTOR_TAGS, MENTOR_TAGS, STARTUP_TAGS } from './demo-relations';
import { contactsSection, mentorshipsSection, timelineSection } from './demo-relations-sections';
import { DAY_MS, type DemoContext, type DemoSection } from './demo-section';
import { type DemoStartup, generateStartups } from './demo-startups';
import { DEMO_USERS, writeDemoUsers } from './demo-users';
import { groupVocabularyKeys, VOCABULARY_KEYS_SQL } from './vocabulary-keys';
import { itemAt } from '../shared/items';

/** How many startups, mentors and investors the demo has. */
export const DEMO_STARTUP_COUNT = 60;
export const DEMO_MENTOR_COUNT = 40;
export const DEMO_INVESTOR_COUNT = 20;

/** What the demo wrote, per kind of record; null when the database already had users. */
export type DemoSummary = Record<string, number> | null;

/** Every how many startups one has a profile nobody touched for over 90 days. */
const STALE_EVERY = 11;

function toEntity(
  startup: DemoStartup,
  index: number,
  context: DemoContext,
): Partial<StartupEntity> {
  const { archived, ...profile } = startup;
  // Created over the last year; most edited in the last two months, a few left alone for longer
  // than the dashboard's 90 days.
  const createdAt = new Date(context.today.getTime() - (120 + ((index * 37) % 240)) * DAY_MS);
  const updatedAt =
    index % STALE_EVERY === 4
      ? new Date(
          Math.max(createdAt.getTime(), context.today.getTime() - (95 + (index % 30)) * DAY_MS),
        )
      : new Date(context.today.getTime() - ((index * 13) % 60) * DAY_MS);
  const actor = index % 3 === 0 ? context.users.admin.id : context.users.manager.id;
  return {
    ...profile,
    tags: demoTags(STARTUP_TAGS, index),
    status: archived ? 'archived' : 'active',
    archivedAt: archived ? updatedAt : null,
    // The score job's own function, so the demo shows completeness before the worker got to it.
    profileCompleteness: profileCompleteness(profile),
    scoredRevision: 1,
    revision: 1,
    createdBy: actor,
    updatedBy: actor,
    createdAt,
    updatedAt,
  };
}

const startupsSection: DemoSection = {
  name: 'startups',
  async write(context) {
    const startups = generateStartups(DEMO_STARTUP_COUNT, context.vocabulary, {
      seed: DEMO_SEED,
      today: context.today,
    });
    await context.manager.insert(
      StartupEntity,
      startups.map((startup, index) => toEntity(startup, index, context)),
    );
    return startups.length;
  },
};

const mentorsSection: DemoSection = {
  name: 'mentors',
  async write(context) {
    const mentors = generateMentors(DEMO_MENTOR_COUNT, context.vocabulary);
    await context.manager.insert(
      MentorEntity,
      mentors.map((mentor, index) => ({ ...mentor, tags: demoTags(MENTOR_TAGS, index) })),
    );
    return mentors.length;
  },
};

const investorsSection: DemoSection = {
  name: 'investors',
  async write(context) {
    const investors = generateInvestors(DEMO_INVESTOR_COUNT, context.vocabulary);
    await context.manager.insert(
      InvestorEntity,
      investors.map((investor, index) => ({ ...investor, tags: demoTags(INVESTOR_TAGS, index) })),
    );
    return investors.length;
  },
};

function monthsFrom(today: Date, months: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1));
  return date.toISOString().slice(0, 10);
}

// Programmes with their cohorts; each cohort takes the next startups and mentors in name order,
// so that the cohorts overlap little and the result is the same on every machine.
const programmesSection: DemoSection = {
  name: 'cohorts',
  async write({ manager, today }) {
    const startups = await manager.find(StartupEntity, {
      select: { id: true },
      where: { status: 'active' },
      order: { name: 'ASC' },
    });
    const mentors = await manager.find(MentorEntity, {
      select: { id: true },
      order: { fullName: 'ASC' },
    });
    let nextStartup = 0;
    let nextMentor = 0;
    let cohorts = 0;
    for (const programme of DEMO_PROGRAMMES) {
      const { id: programmeId } = await manager.save(ProgrammeEntity, {
        name: programme.name,
        description: programme.description,
      });
      for (const cohort of programme.cohorts) {
        const { id: cohortId } = await manager.save(CohortEntity, {
          programmeId,
          name: cohort.name,
          startsOn: monthsFrom(today, cohort.startsInMonths),
          endsOn: monthsFrom(today, cohort.startsInMonths + cohort.months),
          status: cohort.status,
          capacity: cohort.capacity,
        });
        const members = Array.from({ length: cohort.members }, () =>
          itemAt(startups, nextStartup++ % startups.length),
        );
        await manager.insert(
          CohortMembershipEntity,
          members.map(({ id }) => ({ cohortId, startupId: id, status: cohort.memberStatus })),
        );
        const pool = Array.from({ length: cohort.mentors }, () =>
          itemAt(mentors, nextMentor++ % mentors.length),
        );
        await manager.insert(
          CohortMentorEntity,
          pool.map(({ id }) => ({ cohortId, mentorId: id })),
        );
        cohorts += 1;
      }
    }
    return cohorts;
  },
};

const SECTIONS: readonly DemoSection[] = [
  startupsSection,
  mentorsSection,
  investorsSection,
  programmesSection,
  contactsSection,
  mentorshipsSection,
  timelineSection,
];

/**
 * Writes the demo (staff accounts, then every section) in one transaction, but only into a
 * database without users: a restart, or a database someone already uses, is left alone.
 */
export async function seedDemoData(
  dataSource: DataSource,
  today = new Date(),
): Promise<DemoSummary> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(UserEntity)) > 0) return null;
    const users = await writeDemoUsers(manager);
    const context: DemoContext = {
      manager,
      vocabulary: groupVocabularyKeys(await manager.query(VOCABULARY_KEYS_SQL)),
      today,
      users,
    };
    const summary: Record<string, number> = { users: Object.keys(users).length };
    for (const section of SECTIONS) summary[section.name] = await section.write(context);
    return summary;
  });
}

/** True when every demo account exists (the banner then prints their sign-ins). */
export async function demoAccountsExist(manager: EntityManager): Promise<boolean> {
  const emails = Object.values(DEMO_USERS).map((user) => user.email);
  const found = await manager
    .createQueryBuilder(UserEntity, 'user')
    .where('lower(user.email) IN (:...emails)', { emails })
    .getCount();
  return found === emails.length;
}
