import { SetMetadata } from '@nestjs/common';
import type { Role } from '@kohorte/contracts';

/**
 * Access policy, enforced by the global guards for every route:
 * - a route needs a signed-in staff member unless it is marked `@Public()`;
 * - reads (GET, HEAD) are open to every role; anything else needs `admin` or `manager`,
 *   unless `@Roles(...)` names the roles explicitly (e.g. `@Roles('admin')` for user management).
 */
export const IS_PUBLIC = 'kohorte:public';
export const ROLES_KEY = 'kohorte:roles';

export const Public = () => SetMetadata(IS_PUBLIC, true);
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
