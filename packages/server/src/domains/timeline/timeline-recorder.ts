import { Injectable } from '@nestjs/common';
import type {
  TimelineDataByKind,
  TimelineKind,
  FieldChange,
  SubjectType,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { TimelineEntryEntity } from './timeline-entry.entity';

interface NewTimelineEntryBase {
  subjectType: SubjectType;
  subjectId: string;
  /** The staff member; null for the system or someone outside (then say who in `actorLabel`). */
  actorId: string | null;
  actorLabel?: string | null;
  body?: string | null;
  changes?: FieldChange[] | null;
}

/** One timeline entry to write: its `data` is the shape its kind has (`TimelineDataByKind`). */
export type NewTimelineEntry = {
  [K in TimelineKind]: NewTimelineEntryBase & { kind: K; data?: TimelineDataByKind[K] };
}[TimelineKind];

/**
 * Writes timeline entries. Always through the caller's transaction manager: an entry is written
 * with the change it describes, or not at all.
 */
@Injectable()
export class TimelineRecorder {
  async record(manager: EntityManager, ...entries: NewTimelineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // save(), not insert(): insert()'s deep-partial type cannot take the `unknown` values of a change.
    const rows = entries.map((entry) =>
      manager.create(TimelineEntryEntity, {
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
    await manager.save(TimelineEntryEntity, rows, { reload: false });
  }

  /**
   * A cohort's or programme's own timeline goes with it, in the deleting transaction. They hold no
   * personal data: the entries that name them elsewhere keep the name ("… in Cohort X (deleted)").
   * People and startups are erased by PrivacyErasures, through the personal-data registry.
   */
  async deleteTimeline(
    manager: EntityManager,
    subjectType: 'cohort' | 'programme' | 'reviewer',
    subjectId: string,
  ): Promise<void> {
    await manager.delete(TimelineEntryEntity, { subjectType, subjectId });
  }
}
