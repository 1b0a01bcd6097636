import type { EntityManager } from 'typeorm';
import type { RememberedValue } from './value-lookup';
import { forgetValueMappings, rememberedValues, rememberValueMappings } from './import-queries';

/** Every mapping managers chose for values the lists do not know. */
export async function loadRememberedValues(manager: EntityManager): Promise<RememberedValue[]> {
  return rememberedValues.all(manager);
}

/**
 * Remembers what values mean (`key`), or forgets it (`key` null: the rows that hold the value are
 * rejected again). `value` is normalised already.
 */
export async function saveRememberedValues(
  manager: EntityManager,
  entries: readonly { domain: string; value: string; key: string | null }[],
  actorId: string | null,
): Promise<void> {
  const remember = entries.filter((entry) => entry.key !== null);
  const forget = entries.filter((entry) => entry.key === null);
  if (remember.length > 0) {
    await rememberValueMappings.run(manager, [JSON.stringify(remember), actorId]);
  }
  if (forget.length > 0) {
    await forgetValueMappings.run(manager, [JSON.stringify(forget)]);
  }
}
