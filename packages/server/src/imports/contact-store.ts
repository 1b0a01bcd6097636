import type { EntityManager } from 'typeorm';
import type { RowPlan } from './row-verdicts';

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
  await manager.query(
    `INSERT INTO startup_contacts (startup_id, full_name, email, phone, role, is_founder)
     SELECT r.startup_id, r.full_name, r.email, r.phone, r.role, true
     FROM jsonb_to_recordset($1::jsonb)
       AS r(startup_id uuid, full_name varchar, email varchar, phone varchar, role varchar)
     ON CONFLICT (startup_id, lower(email)) DO UPDATE SET
       full_name = EXCLUDED.full_name,
       phone = coalesce(EXCLUDED.phone, startup_contacts.phone),
       role = coalesce(EXCLUDED.role, startup_contacts.role),
       updated_at = now()`,
    [JSON.stringify(people)],
  );
}
