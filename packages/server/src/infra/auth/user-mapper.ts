import type { User } from '@kohorte/contracts';
import type { UserEntity } from './user.entity';

/** The contract shape of a user; the password hash and internal columns never leave the server. */
export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    locale: entity.locale,
    ...(entity.formatLocale ? { formatLocale: entity.formatLocale } : {}),
    createdAt: entity.createdAt.toISOString(),
  };
}

/** Emails are stored and compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
