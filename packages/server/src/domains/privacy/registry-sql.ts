import type { PersonRecord } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, rows, statement as changes } from '../../infra/database/typed-query';
import type { RegistrySection, SectionRule } from './personal-data-registry';

/** One row of a section as an access report shows it: every column but the omitted ones. */
export type SectionRow = Record<string, unknown>;

/** A section's rows, each as one JSON object (the section's table and rule are chosen at run time). */
const sectionRows = rows({ row: column('jsonb').as<SectionRow>() });

/** `$1` and, when the rule uses it, `$2` (PostgreSQL refuses parameters a statement leaves unused). */
export function ruleParams(rule: SectionRule, record: PersonRecord): (string | null)[] {
  const email = record.email ? record.email.trim().toLowerCase() : null;
  const usesEmail = `${rule.where} ${rule.anonymise ?? ''}`.includes('$2');
  return usesEmail ? [record.id, email] : [record.id];
}

/** The section's rows about the record (none when the registry gives its kind no rule). */
export async function readSection(
  manager: EntityManager,
  section: RegistrySection,
  record: PersonRecord,
): Promise<SectionRow[]> {
  const rule = section.rules[record.kind];
  if (!rule) return [];
  const omitted = (section.omitFromAccess ?? []).map((column) => ` - '${column}'`).join('');
  const found = await sectionRows.all(
    manager,
    `SELECT to_jsonb(t)${omitted} AS row FROM ${section.table} t WHERE ${rule.where}`,
    ruleParams(rule, record),
  );
  return found.map(({ row }) => row);
}

/** Deletes or anonymises the section's rows about the record; returns how many. */
export async function eraseSection(
  manager: EntityManager,
  section: RegistrySection,
  record: PersonRecord,
): Promise<number> {
  const rule = section.rules[record.kind];
  if (!rule) return 0;
  const statement = rule.anonymise
    ? `UPDATE ${section.table} SET ${rule.anonymise} WHERE ${rule.where}`
    : `DELETE FROM ${section.table} WHERE ${rule.where}`;
  return changes.run(manager, statement, ruleParams(rule, record));
}
