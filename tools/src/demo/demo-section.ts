import type { Role, User } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import type { VocabularyKeys } from './demo-startups';

export const DAY_MS = 24 * 3600 * 1000;

/** What a section of the demo builds on: the vocabularies and the records written before it. */
export interface DemoContext {
  manager: EntityManager;
  vocabulary: VocabularyKeys;
  today: Date;
  users: Record<Role, User>;
}

/** One kind of demo record; later sections may build on the records of earlier ones. */
export interface DemoSection {
  name: string;
  write(context: DemoContext): Promise<number>;
}
