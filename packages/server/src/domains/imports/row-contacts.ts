import { IMPORT_FIELDS, type ImportRowError } from '@kohorte/contracts';
import { type CellValue, type PersonValue, reason } from './cell-rules';
import { rowError } from './row-errors';

/** A startup's person as a row gives it; written as a contact of the startup. */
export interface ContactInput {
  fullName: string;
  email: string;
  phone: string | null;
  role: string | null;
}

const CONTACT_FIELDS = IMPORT_FIELDS.startups.filter((field) => field.contact);

/**
 * The people a row names — one per numbered contact column group ("Gründer 1", "Gründer 2") and
 * any in a contacts cell — each with a name and an email, and one per email (any case): a person
 * named twice is one contact, whose phone and role come from wherever they are given. A person
 * with a refused cell (`failed` fields) is left out: its cell's reason is the row's.
 */
export function rowContacts(
  read: Readonly<Record<string, CellValue>>,
  mapping: Readonly<Record<string, string>>,
  failed: ReadonlySet<string>,
): { people: ContactInput[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const named: { person: PersonValue; phone: string | null; role: string | null; field: string }[] =
    [];
  const slots = new Map<number, Record<string, string>>();
  for (const field of CONTACT_FIELDS) {
    const value = read[field.key];
    if (typeof value !== 'string') continue;
    const slot = slots.get(field.contact!.slot) ?? {};
    slot[field.contact!.part] = value;
    slots.set(field.contact!.slot, slot);
  }
  for (const [slot, parts] of [...slots].sort(([a], [b]) => a - b)) {
    // A cell of the person that was refused already says what is wrong with them.
    if (CONTACT_FIELDS.some((f) => f.contact!.slot === slot && failed.has(f.key))) continue;
    const field = parts.name !== undefined ? `contact${slot}Name` : `contact${slot}Email`;
    named.push({
      person: { fullName: parts.name ?? '', email: parts.email ?? null },
      phone: parts.phone ?? null,
      role: parts.role ?? null,
      field,
    });
  }
  for (const person of (read.contacts as PersonValue[] | undefined) ?? []) {
    named.push({ person, phone: null, role: null, field: 'contacts' });
  }

  const byEmail = new Map<string, ContactInput>();
  for (const { person, phone, role, field } of named) {
    if (person.email === null) {
      errors.push(
        rowError(
          field,
          mapping[field] ?? null,
          reason('contactWithoutEmail', { value: person.fullName }),
        ),
      );
      continue;
    }
    if (person.fullName === '') {
      errors.push(
        rowError(
          field,
          mapping[field] ?? null,
          reason('contactWithoutName', { value: person.email }),
        ),
      );
      continue;
    }
    const key = person.email.toLowerCase();
    const known = byEmail.get(key);
    if (known) {
      known.phone ??= phone;
      known.role ??= role;
    } else {
      byEmail.set(key, { fullName: person.fullName, email: person.email, phone, role });
    }
  }
  return { people: [...byEmail.values()], errors };
}
