import type { FieldChange } from '@kohorte/contracts';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields of `patch` whose value differs from `current`, before → after. Fields the patch leaves
 * out (undefined) are not changes; `null` clears a value and is one.
 */
export function fieldChanges<T extends object>(
  current: T,
  patch: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const after = patch[field];
    if (after === undefined || same(current[field], after)) continue;
    changes.push({ field, before: current[field] ?? null, after: after ?? null });
  }
  return changes;
}
