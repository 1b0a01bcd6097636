import { Injectable } from '@nestjs/common';
import type { ActivityKind, FieldChange, SubjectType } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { ActivityEntity } from './activity.entity';

export interface NewActivity {
  subjectType: SubjectType;
  subjectId: string;
  kind: ActivityKind;
  /** The staff member; null for the system or someone outside (then say who in `actorLabel`). */
  actorId: string | null;
  actorLabel?: string | null;
  body?: string | null;
  changes?: FieldChange[] | null;
  data?: Record<string, unknown> | null;
}

// The roles under which entries on other timelines name a person or company of each type
// (`data.<role>Id`); matching decisions name mentors and investors as their (previous) partner.
const ERASABLE_ROLES: Record<SubjectType, readonly string[]> = {
  startup: ['startup'],
  mentor: ['mentor', 'partner', 'previousPartner'],
  investor: ['investor', 'partner', 'previousPartner'],
  // Cohorts and programmes hold no personal data: their deletion is not an erasure, and the
  // entries that name them keep the name ("moved … in Cohort X (deleted)").
  cohort: [],
  programme: [],
  // An application's own timeline goes with it; entries elsewhere name it only by id.
  application: [],
  // A reviewer's timeline goes with them (with their call); entries elsewhere name them by id.
  reviewer: [],
};

/**
 * Writes timeline entries. Always through the caller's transaction manager: an entry is written
 * with the change it describes, or not at all.
 */
@Injectable()
export class ActivityRecorder {
  async record(manager: EntityManager, ...entries: NewActivity[]): Promise<void> {
    if (entries.length === 0) return;
    // save(), not insert(): insert()'s deep-partial type cannot take the `unknown` values of a change.
    const rows = entries.map((entry) =>
      manager.create(ActivityEntity, {
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        kind: entry.kind,
        actorId: entry.actorId,
        actorLabel: entry.actorLabel ?? null,
        body: entry.body ?? null,
        changes: entry.changes ?? null,
        data: entry.data ?? null,
      }),
    );
    await manager.save(ActivityEntity, rows, { reload: false });
  }

  /**
   * A record's erasure (GDPR), through the erasing transaction: its own timeline goes, and on other
   * records' timelines the entries that name it keep what happened but lose who it was — the
   * `<role>Id`/`<role>Name` pair in `data` is replaced by `<role>Erased: true`.
   */
  async erase(manager: EntityManager, subjectType: SubjectType, subjectId: string): Promise<void> {
    await manager.delete(ActivityEntity, { subjectType, subjectId });
    for (const role of ERASABLE_ROLES[subjectType]) {
      await manager.query(
        `UPDATE activities
            SET data = (data - $2::text - $3::text) || jsonb_build_object($4::text, true)
          WHERE data @> jsonb_build_object($2::text, $1::text)`,
        [subjectId, `${role}Id`, `${role}Name`, `${role}Erased`],
      );
    }
  }
}
