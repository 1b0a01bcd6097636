import type { EntityManager } from 'typeorm';
import { upsertFounders } from './contact-queries';

/** A founder of a startup, known by their email. */
export interface FounderContact {
  startupId: string;
  fullName: string;
  email: string;
  phone: string | null;
  role: string | null;
}

/**
 * Writes founders as their startups' contacts, in one statement however many: a person whose
 * email (any case) the startup has already is updated — name, and phone and role where given —
 * and anyone else is added as a founder, as the staff form adds contacts.
 */
export async function saveFounders(
  manager: EntityManager,
  founders: readonly FounderContact[],
): Promise<void> {
  if (founders.length === 0) return;
  const rows = founders.map((founder) => ({
    startup_id: founder.startupId,
    full_name: founder.fullName,
    email: founder.email,
    phone: founder.phone,
    role: founder.role,
  }));
  await upsertFounders.run(manager, [JSON.stringify(rows)]);
}
