import { describe, expect, it } from '@jest/globals';
import { verifyPassword } from '@kohorte/server/auth';
import { ConflictError } from '@kohorte/server/errors';
import { Client } from 'pg';
import { createUserCommand, UsageError } from '../src/cli/create-user-command';
import { firstOf } from '@kohorte/server/testing';

const databaseUrl = process.env.DATABASE_URL!;
const password = { KOHORTE_NEW_USER_PASSWORD: 'first-admin-password' };

async function storedUser(email: string): Promise<{ role: string; password_hash: string }[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT role, password_hash FROM users WHERE email = $1', [email]))
      .rows as { role: string; password_hash: string }[];
  } finally {
    await client.end();
  }
}

describe('create-user command', () => {
  it('creates the first admin with a hashed password and refuses the same email twice', async () => {
    const args = ['--email', 'First.Admin@Example.org', '--name', 'First Admin', '--role', 'admin'];
    const user = await createUserCommand(args, password, databaseUrl);
    expect(user).toMatchObject({ email: 'first.admin@example.org', role: 'admin', locale: 'de' });

    const row = firstOf(await storedUser('first.admin@example.org'));
    expect(row.role).toBe('admin');
    await expect(verifyPassword(row.password_hash, 'first-admin-password')).resolves.toBe(true);

    await expect(createUserCommand(args, password, databaseUrl)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it.each([
    [['--name', 'N', '--role', 'admin'], password, /--email/],
    [['--email', 'a@b.de', '--role', 'admin'], password, /--name/],
    [['--email', 'a@b.de', '--name', 'N', '--role', 'owner'], password, /--role/],
    [
      ['--email', 'a@b.de', '--name', 'N', '--role', 'admin', '--locale', 'fr'],
      password,
      /--locale/,
    ],
    [
      ['--email', 'a@b.de', '--name', 'N', '--role', 'admin'],
      { KOHORTE_NEW_USER_PASSWORD: 'short' },
      /at least 12/,
    ],
  ])('rejects bad arguments before writing anything (%j)', async (args, env, message) => {
    const attempt = createUserCommand(args, env, databaseUrl);
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(message);
    expect(await storedUser('a@b.de')).toEqual([]);
  });
});
