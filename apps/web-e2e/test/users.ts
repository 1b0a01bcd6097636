import type { Role } from '@kohorte/contracts';

/** Staff accounts created for the end-to-end run (its own throwaway database). */
export const E2E_USERS: Record<
  Role,
  { email: string; name: string; password: string; role: Role }
> = {
  admin: {
    email: 'admin@e2e.test',
    name: 'Ada Admin',
    password: 'e2e-admin-password',
    role: 'admin',
  },
  manager: {
    email: 'manager@e2e.test',
    name: 'Mila Manager',
    password: 'e2e-manager-password',
    role: 'manager',
  },
  viewer: {
    email: 'viewer@e2e.test',
    name: 'Vito Viewer',
    password: 'e2e-viewer-password',
    role: 'viewer',
  },
};
