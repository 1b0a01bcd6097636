import { IMPORT_FIELDS, type ImportField, type ImportKind } from '@kohorte/contracts';

/** A header as compared: lower case, letters and digits only (`E-Mail` = `email`, `Team size` = `teamsize`). */
export function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function namesOf(field: ImportField): string[] {
  return [field.key, field.labelEn, field.labelDe, ...field.aliases].map(headerKey);
}

/**
 * Record field → the column that most likely fills it, from the English and German names each
 * field knows. A column fills at most one field; a field's own labels win over another's alias.
 */
export function suggestMapping(
  kind: ImportKind,
  headers: readonly string[],
): Record<string, string> {
  const byKey = new Map<string, string>();
  for (const header of headers) {
    const key = headerKey(header);
    if (!byKey.has(key)) byKey.set(key, header);
  }
  const used = new Set<string>();
  const mapping: Record<string, string> = {};
  // Two passes: first the fields' key and labels, then their aliases ("Topics" is a mentor's
  // alias for expertise, but a startup's own label).
  for (const pass of [0, 1]) {
    for (const field of IMPORT_FIELDS[kind]) {
      if (mapping[field.key]) continue;
      const names = namesOf(field);
      const candidates = pass === 0 ? names.slice(0, 3) : names.slice(3);
      for (const name of candidates) {
        const header = byKey.get(name);
        if (header && !used.has(header)) {
          mapping[field.key] = header;
          used.add(header);
          break;
        }
      }
    }
  }
  return mapping;
}
