import type { EntityManager } from 'typeorm';
import type { RowPlan } from './row-verdicts';
import { upsertImportedFounders } from '../contacts/contact-queries';

/**
 * Writes the people of the plans' startups as their contacts, in one statement: a person whose
 * email (any case) the startup has already is updated — name, and phone and role where the row
 * gives them — and anyone else is added as a founder, as the staff form adds contacts.
 */
export async function upsertContacts(
  manager: EntityManager,
  plans: readonly RowPlan[],
): Promise<void> {
  const people = plans.flatMap((plan) =>
    plan.contacts.map((contact) => ({
      startup_id: plan.id,
      full_name: contact.fullName,
      email: contact.email,
      phone: contact.phone,
      role: contact.role,
    })),
  );
  if (people.length === 0) return;
  await upsertImportedFounders.run(manager, [JSON.stringify(people)]);
}
