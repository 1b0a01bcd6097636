import type { Role, User } from '@kohorte/contracts';
import { profileCompleteness, StartupEntity, UserEntity } from '@kohorte/server';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_SEED } from './demo-faker';
import { type DemoStartup, generateStartups, type VocabularyKeys } from './demo-startups';
import { DEMO_USERS, writeDemoUsers } from './demo-users';
import { groupVocabularyKeys, VOCABULARY_KEYS_SQL } from './vocabulary-keys';

/** How many startups the demo has. */
export const DEMO_STARTUP_COUNT = 60;

/** What the demo wrote, per kind of record; null when the database already had users. */
export type DemoSummary = Record<string, number> | null;

/** What a section of the demo builds on: the vocabularies and the records written before it. */
interface DemoContext {
  manager: EntityManager;
  vocabulary: VocabularyKeys;
  today: Date;
  users: Record<Role, User>;
}

/**
 * One kind of demo record. Mentors, investors, programmes and cohorts become sections of their own
 * once their tables exist.
 */
interface DemoSection {
  name: string;
  write(context: DemoContext): Promise<number>;
}

const DAY_MS = 24 * 3600 * 1000;

function toEntity(
  startup: DemoStartup,
  index: number,
  context: DemoContext,
): Partial<StartupEntity> {
  const { archived, ...profile } = startup;
  // Spread over the last year, so that "recently updated" looks like a real CRM.
  const createdAt = new Date(context.today.getTime() - (365 - ((index * 37) % 300)) * DAY_MS);
  const updatedAt = new Date(createdAt.getTime() + ((index * 13) % 60) * DAY_MS);
  const actor = index % 3 === 0 ? context.users.admin.id : context.users.manager.id;
  return {
    ...profile,
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

const SECTIONS: readonly DemoSection[] = [startupsSection];

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
