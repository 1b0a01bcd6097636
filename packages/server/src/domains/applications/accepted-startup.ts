import type { ApplicationProfile, FieldChange } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import type { TimelineRecorder } from '../timeline/index';
import { StartupEntity } from '../startups/index';
import type { ApplicationRow } from './application-rows';
import { upsertFounderContact } from './application-rows';

/** The profile fields an accepted application writes into the startup record. */
const PROFILE_COLUMNS = [
  'name',
  'oneLiner',
  'description',
  'website',
  'foundedOn',
  'stage',
  'sectors',
  'teamSize',
  'city',
  'fundingRaisedEur',
  'fundingSoughtEur',
  'languages',
  'topics',
] as const satisfies readonly (keyof ApplicationProfile & keyof StartupEntity)[];

/** The profile's answered fields (an empty answer does not clear what the record has). */
function answered(
  profile: ApplicationProfile,
): Partial<Record<(typeof PROFILE_COLUMNS)[number], unknown>> {
  const given: Partial<Record<(typeof PROFILE_COLUMNS)[number], unknown>> = {};
  for (const field of PROFILE_COLUMNS) {
    const value = profile[field];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    given[field] = value;
  }
  return given;
}

/**
 * The startup record of an accepted application, in the decision's transaction: the existing
 * startup it duplicates (same website host or founder email) is updated from the answers, field
 * by field on its timeline; otherwise a new active startup is created. The applicant becomes
 * one of its founders.
 */
export async function writeAcceptedStartup(
  manager: EntityManager,
  activity: TimelineRecorder,
  row: ApplicationRow,
  existingId: string | null,
  actorId: string,
): Promise<{ startup: StartupEntity; contactId: string; created: boolean }> {
  const given = answered(row.profile);
  let startup: StartupEntity;
  let created = false;
  const existing = existingId
    ? await manager.findOne(StartupEntity, {
        where: { id: existingId },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (existing) {
    const changes: FieldChange[] = [];
    for (const [field, after] of Object.entries(given)) {
      const before = (existing as unknown as Record<string, unknown>)[field];
      if (JSON.stringify(before ?? null) === JSON.stringify(after)) continue;
      changes.push({ field, before: before ?? null, after });
      (existing as unknown as Record<string, unknown>)[field] = after;
    }
    if (changes.length > 0) {
      existing.revision += 1;
      existing.updatedBy = actorId;
      await activity.record(manager, {
        subjectType: 'startup',
        subjectId: existing.id,
        kind: 'updated',
        actorId,
        changes,
        data: { applicationId: row.id },
      });
    }
    startup = await manager.save(existing);
  } else {
    startup = await manager.save(
      manager.create(StartupEntity, {
        ...(given as Partial<StartupEntity>),
        name: typeof given.name === 'string' ? given.name : row.email,
        status: 'active',
        revision: 1,
        createdBy: actorId,
        updatedBy: actorId,
      }),
    );
    created = true;
    await activity.record(manager, {
      subjectType: 'startup',
      subjectId: startup.id,
      kind: 'created',
      actorId,
      data: { applicationId: row.id },
    });
  }
  const contact = await upsertFounderContact.one(manager, [
    startup.id,
    row.founderName ?? row.email,
    row.email,
  ]);
  await activity.record(manager, {
    subjectType: 'startup',
    subjectId: startup.id,
    kind: 'contact',
    actorId,
    data: { contactId: contact.id, applicationId: row.id },
    changes: [{ field: 'fullName', before: null, after: row.founderName ?? row.email }],
  });
  return { startup, contactId: contact.id, created };
}
