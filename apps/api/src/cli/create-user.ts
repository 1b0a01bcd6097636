// Creates a staff account from the command line — how the first admin of a new installation
// comes to exist (admins create everyone else in the web app):
//   KOHORTE_NEW_USER_PASSWORD=… node apps/api/dist/cli/create-user.js --email a@b.de --name "A B" --role admin
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale, MIN_PASSWORD_LENGTH, ROLES, type Role } from '@kohorte/contracts';
import {
  dataSourceOptions,
  loadConfig,
  runMigrations,
  UserEntity,
  UsersService,
} from '@kohorte/server';
import { DataSource } from 'typeorm';

const USAGE =
  'usage: KOHORTE_NEW_USER_PASSWORD=<password> create-user --email <email> --name <name> --role admin|manager|viewer [--locale de|en]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      locale: { type: 'string', default: 'de' },
    },
  });
  // The password comes from the environment, not an argument, so it stays out of shell history
  // and the process list.
  const password = process.env.KOHORTE_NEW_USER_PASSWORD ?? '';
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
    fail('--email: a valid email address is required');
  if (!values.name?.trim()) fail('--name is required');
  if (!ROLES.includes(values.role as Role)) fail(`--role must be one of ${ROLES.join(', ')}`);
  if (!LOCALES.includes(values.locale as Locale))
    fail(`--locale must be one of ${LOCALES.join(', ')}`);
  if (password.length < MIN_PASSWORD_LENGTH) {
    fail(
      `KOHORTE_NEW_USER_PASSWORD must hold a password of at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }

  const config = loadConfig();
  await runMigrations(config.databaseUrl);
  const dataSource = new DataSource(dataSourceOptions({ url: config.databaseUrl, poolSize: 1 }));
  await dataSource.initialize();
  try {
    const users = new UsersService(dataSource.getRepository(UserEntity));
    const user = await users.create({
      email: values.email,
      name: values.name,
      password,
      role: values.role as Role,
      locale: values.locale as Locale,
    });
    console.log(`Created ${user.role} ${user.email}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const body = (error as { response?: { message?: string } }).response;
  console.error(body?.message ?? error);
  process.exit(1);
});
