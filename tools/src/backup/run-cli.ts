import { resolve } from 'node:path';
import { UserFacingError } from '../shared/user-facing-error';

/** A path as the user typed it: npm runs scripts from the repository root, not from where they are. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Runs a backup command on DATABASE_URL and the command-line arguments; exits 1 on failure. */
export function runCli(command: (url: string, args: string[]) => Promise<string>): void {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL to the database (postgres://user:password@host:5432/name).');
    process.exit(2);
  }
  command(url, process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof UserFacingError ? error.message : error);
      process.exit(1);
    },
  );
}
