import type { CreateUserRequest, Role, User } from '@kohorte/contracts';
import { UserEntity, UsersService } from '@kohorte/server/auth';
import type { EntityManager } from 'typeorm';

/**
 * The staff accounts of the local demo. The passwords are public on purpose: they only ever exist
 * in a database that `npm start` created on a developer's machine.
 */
export const DEMO_USERS: Readonly<Record<Role, CreateUserRequest & { password: string }>> = {
  admin: {
    email: 'admin@kohorte.local',
    name: 'Anja Adler',
    password: 'kohorte-admin-demo',
    role: 'admin',
    locale: 'de',
  },
  manager: {
    email: 'manager@kohorte.local',
    name: 'Malte Meier',
    password: 'kohorte-manager-demo',
    role: 'manager',
    locale: 'de',
  },
  viewer: {
    email: 'viewer@kohorte.local',
    name: 'Vesna Vogel',
    password: 'kohorte-viewer-demo',
    role: 'viewer',
    locale: 'en',
  },
};

/** Creates the demo accounts (argon2 hashes through the users service); returns them by role. */
export async function writeDemoUsers(manager: EntityManager): Promise<Record<Role, User>> {
  const users = new UsersService(manager.getRepository(UserEntity));
  return {
    admin: await users.ensureUser(DEMO_USERS.admin),
    manager: await users.ensureUser(DEMO_USERS.manager),
    viewer: await users.ensureUser(DEMO_USERS.viewer),
  };
}
