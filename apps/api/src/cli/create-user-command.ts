import { parseArgs } from 'node:util';
import {
  LOCALES,
  type Locale,
  MIN_PASSWORD_LENGTH,
  ROLES,
  type Role,
  type User,
} from '@kohorte/contracts';
import { UserEntity, UsersService } from '@kohorte/server/auth';
import { dataSourceOptions, runMigrations } from '@kohorte/server/database';
import { DataSource } from 'typeorm';

export const CREATE_USER_USAGE =
  'usage: KOHORTE_NEW_USER_PASSWORD=<password> create-user --email <email> --name <name> --role admin|manager|viewer [--locale de|en]';

/** A bad argument: the command prints it with the usage and exits with 2. */
export class UsageError extends Error {}

/**
 * Creates a staff account from command-line arguments; the password comes from
 * KOHORTE_NEW_USER_PASSWORD, not an argument, so it stays out of shell history and the process list.
 */
export async function createUserCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  databaseUrl: string,
): Promise<User> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      locale: { type: 'string', default: 'de' },
    },
  });
  const password = env.KOHORTE_NEW_USER_PASSWORD ?? '';
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    throw new UsageError('--email: a valid email address is required');
  }
  if (!values.name?.trim()) throw new UsageError('--name is required');
  if (!ROLES.includes(values.role as Role)) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  }
  if (!LOCALES.includes(values.locale as Locale)) {
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `KOHORTE_NEW_USER_PASSWORD must hold a password of at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }

  await runMigrations(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 1 }));
  await dataSource.initialize();
  try {
    return await new UsersService(dataSource.getRepository(UserEntity)).create({
      email: values.email,
      name: values.name,
      password,
      role: values.role as Role,
      locale: values.locale as Locale,
    });
  } finally {
    await dataSource.destroy();
  }
}
