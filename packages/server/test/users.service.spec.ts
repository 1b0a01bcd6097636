import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/infra/database/data-source-options';
import { ConflictError } from '../src/infra/errors/domain-errors';
import { verifyPassword } from '../src/infra/auth/password';
import { newToken } from '../src/infra/auth/session-tokens';
import { UserEntity } from '../src/infra/auth/user.entity';
import { UsersService } from '../src/infra/auth/users.service';

const PASSWORD = 'a long enough password';
const email = () => `${newToken().slice(0, 10).toLowerCase()}@example.org`;

describe('UsersService (real PostgreSQL)', () => {
  const dataSource = new DataSource(
    dataSourceOptions({ url: process.env.DATABASE_URL!, poolSize: 2 }),
  );
  let users: UsersService;

  beforeAll(async () => {
    await dataSource.initialize();
    users = new UsersService(dataSource.getRepository(UserEntity));
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('stores an argon2id hash, never the password, and returns no hash', async () => {
    const user = await users.create({
      email: email(),
      name: 'Hash',
      password: PASSWORD,
      role: 'viewer',
    });
    expect(Object.keys(user).sort()).toEqual([
      'createdAt',
      'email',
      'id',
      'locale',
      'name',
      'role',
    ]);
    const entity = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    expect(entity.passwordHash).toMatch(/^\$argon2id\$/);
    expect(entity.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(entity.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(entity.passwordHash, `${PASSWORD}!`)).toBe(false);
    expect(await verifyPassword('not a hash', PASSWORD)).toBe(false);
  });

  it('ensureUser creates once and then returns the same user, password untouched', async () => {
    const address = email();
    const first = await users.ensureUser({
      email: address,
      name: 'One',
      password: PASSWORD,
      role: 'admin',
    });
    const again = await users.ensureUser({
      email: address.toUpperCase(),
      name: 'Two',
      password: 'another password entirely',
      role: 'viewer',
    });
    expect(again).toEqual(first);
    const entity = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: first.id });
    expect(await verifyPassword(entity.passwordHash, PASSWORD)).toBe(true);
  });

  it('a duplicate inside a transaction is a 409 and leaves the transaction usable', async () => {
    const address = email();
    await dataSource.transaction(async (manager) => {
      const inTransaction = new UsersService(manager.getRepository(UserEntity));
      await inTransaction.create({ email: address, name: 'A', password: PASSWORD, role: 'viewer' });
      await expect(
        inTransaction.create({
          email: ` ${address.toUpperCase()}`,
          name: 'B',
          password: PASSWORD,
          role: 'viewer',
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      // A failed INSERT would have aborted the transaction; ON CONFLICT does not.
      expect(await inTransaction.findEntityByEmail(address)).not.toBeNull();
    });
  });

  it('lists in pages of at most 100', async () => {
    const page = await users.list({ page: 1, pageSize: 1000 });
    expect(page.pageSize).toBe(100);
    expect(page.items.length).toBeLessThanOrEqual(100);
  });
});
