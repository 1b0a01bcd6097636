import { dataSourceOptions } from '@kohorte/server/database';
import { DataSource } from 'typeorm';
import { demoAccountsExist, type DemoSummary, seedDemoData } from '../demo/seed-demo';

export interface DemoStepResult {
  /** What was written; null when the database already had users. */
  written: DemoSummary;
  /** Whether the demo sign-ins work in this database (so the banner may print them). */
  accountsPresent: boolean;
}

/** Seeds the demo into a database without users; reports whether the demo accounts exist. */
export async function seedDemoIfEmpty(url: string): Promise<DemoStepResult> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 1 }));
  await dataSource.initialize();
  try {
    const written = await seedDemoData(dataSource);
    return { written, accountsPresent: await demoAccountsExist(dataSource.manager) };
  } finally {
    await dataSource.destroy();
  }
}

/** The URL without its password, for the log. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'a PostgreSQL server';
  }
}
