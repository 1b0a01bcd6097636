// Creates a staff account from the command line — how the first admin of a new installation
// comes to exist (admins create everyone else in the web app):
//   KOHORTE_NEW_USER_PASSWORD=… node apps/api/dist/cli/create-user.js --email a@b.de --name "A B" --role admin
import 'reflect-metadata';
import { loadConfig } from '@kohorte/server/config';
import { CREATE_USER_USAGE, createUserCommand, UsageError } from './create-user-command';

createUserCommand(process.argv.slice(2), process.env, loadConfig().databaseUrl).then(
  (user) => console.log(`Created ${user.role} ${user.email}`),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${CREATE_USER_USAGE}`);
      process.exit(2);
    }
    // A 409 from UsersService (email taken) carries its message in the response body.
    const body = (error as { response?: { message?: string } }).response;
    console.error(body?.message ?? error);
    process.exit(1);
  },
);
