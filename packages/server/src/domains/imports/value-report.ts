import type { ImportValue } from '@kohorte/contracts';
import type { ParsedRow } from './row-verdicts';
import { normalizeValue } from './value-lookup';

/**
 * The dry run's list of values that the lists do not name themselves: each once per list (however
 * the file spells it), with the fields and the number of rows that hold it; the most frequent first.
 */
export function collectValues(parsed: readonly ParsedRow[]): ImportValue[] {
  const found = new Map<string, ImportValue & { rowSet: Set<number>; fieldSet: Set<string> }>();
  for (const row of parsed) {
    for (const item of row.listValues) {
      const id = `${item.domain}\u0000${normalizeValue(item.value)}`;
      let entry = found.get(id);
      if (!entry) {
        entry = {
          domain: item.domain,
          fields: [],
          value: item.value,
          rows: 0,
          suggestion: item.suggestion,
          key: item.key,
          rowSet: new Set(),
          fieldSet: new Set(),
        };
        found.set(id, entry);
      }
      entry.rowSet.add(row.row);
      entry.fieldSet.add(item.field);
    }
  }
  return [...found.values()]
    .map(({ rowSet, fieldSet, ...value }) => ({
      ...value,
      rows: rowSet.size,
      fields: [...fieldSet],
    }))
    .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value));
}
