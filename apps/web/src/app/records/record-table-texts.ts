import type { RecordType } from './record-table';

/** The record types with a list page. */
export const RECORD_TYPES: readonly RecordType[] = ['startup', 'mentor', 'investor'];

/**
 * The texts of a record type's table, `<type>s.<text>` in its feature's translations (the
 * startups' are the shell's). Derived here rather than in the template, so that one spec checks
 * every record type's keys in German and English.
 */
export function recordTableTexts(type: RecordType) {
  const list = `${type}s`;
  return {
    title: `${list}.title`,
    loadError: `${list}.loadError`,
    clearFilters: `${list}.clearFilters`,
    empty: `${list}.empty`,
    emptyFiltered: `${list}.emptyFiltered`,
  };
}
