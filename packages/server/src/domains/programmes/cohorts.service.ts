import { Injectable } from '@nestjs/common';
import type {
  Cohort,
  CohortInput,
  FieldError,
  ListCohortsQuery,
  Page,
  UpdateCohortRequest,
} from '@kohorte/contracts';
import { reasonError } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { TimelineRecorder, type NewTimelineEntry } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { MentorshipsService } from './mentorships.service';
import { buildCohortListSql } from './cohort-list-query';
import { lockCohort, placesTaken } from './cohort-locks';
import { readCohorts } from './cohort-rows';
import { CohortEntity } from './cohort.entity';
import { cohortNotFound } from './programme-errors';
import {
  cohortPage,
  membersOfCohort,
  poolOfCohort,
  programmeKeptForCohort,
} from './programme-queries';
import { theOne } from '../../infra/database/typed-query';

const EDITABLE_FIELDS = [
  'name',
  'startsOn',
  'endsOn',
  'status',
  'capacity',
] as const satisfies readonly (keyof UpdateCohortRequest)[];

/** start ≤ end, checked on the values the cohort will have; names the field the request sent. */
function assertDateOrder(startsOn: string, endsOn: string, sent: UpdateCohortRequest): void {
  if (startsOn <= endsOn) return;
  const field = sent.endsOn !== undefined || sent.startsOn === undefined ? 'endsOn' : 'startsOn';
  const error: FieldError =
    field === 'endsOn'
      ? reasonError(field, 'endBeforeStart', { start: startsOn })
      : reasonError(field, 'startAfterEnd', { end: endsOn });
  throw invalidFields([error]);
}

/** Cohorts: batches of a programme with dates, a status and a capacity. */
@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly mentorships: MentorshipsService,
  ) {}

  async list(query: ListCohortsQuery): Promise<Page<Cohort>> {
    const { sql, params, page, pageSize } = buildCohortListSql(query);
    const { total, ids } = await cohortPage.one(this.dataSource, sql, params);
    return { items: await readCohorts(this.dataSource.manager, ids), total, page, pageSize };
  }

  async get(id: string): Promise<Cohort> {
    const [cohort] = await readCohorts(this.dataSource.manager, [id]);
    if (!cohort) throw cohortNotFound(id);
    return cohort;
  }

  async create(input: CohortInput, actorId: string | null): Promise<Cohort> {
    assertDateOrder(input.startsOn, input.endsOn, input);
    return this.dataSource.transaction(async (manager) => {
      // KEY SHARE: the programme cannot be deleted until this cohort is in.
      const [programme] = await programmeKeptForCohort.all(manager, [input.programmeId]);
      if (!programme) {
        throw invalidFields([
          {
            field: 'programmeId',
            messages: [`No programme has the id ${input.programmeId}`],
          },
        ]);
      }
      const saved = await manager.save(
        manager.create(CohortEntity, {
          programmeId: programme.id,
          name: input.name,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          status: input.status ?? 'planning',
          capacity: input.capacity ?? null,
        }),
      );
      await this.activity.record(manager, {
        subjectType: 'cohort',
        subjectId: saved.id,
        kind: 'created',
        actorId,
        data: { programmeId: programme.id, programmeName: programme.name, name: saved.name },
      });
      return theOne(await readCohorts(manager, [saved.id]), `cohort ${saved.id}`);
    });
  }

  /**
   * Changes the fields given, checked against the stored values (dates in order; a capacity not
   * below the startups already taking a place). One `updated` entry lists every change, a status
   * move among them.
   */
  async update(id: string, patch: UpdateCohortRequest, actorId: string | null): Promise<Cohort> {
    return this.dataSource.transaction(async (manager) => {
      await lockCohort(manager, id);
      const current = await manager.findOneByOrFail(CohortEntity, { id });
      const changes = fieldChanges(current, patch, EDITABLE_FIELDS);
      if (changes.length > 0) {
        // The dates as they will be, to check their order (spreading the entity would copy its fields
        // into a plain object; only these two are read).
        const next = {
          startsOn: current.startsOn,
          endsOn: current.endsOn,
          ...Object.fromEntries(changes.map((c) => [c.field, c.after])),
        };
        assertDateOrder(next.startsOn, next.endsOn, patch);
        if (patch.capacity !== undefined && patch.capacity !== null) {
          const taken = await placesTaken(manager, id);
          if (taken > patch.capacity) {
            throw fieldConflict(
              'capacity',
              `${taken} startups already have a place (accepted or active); the capacity cannot be less`,
            );
          }
        }
        await manager.update(
          CohortEntity,
          { id },
          Object.fromEntries(changes.map((c) => [c.field, c.after])),
        );
        await this.activity.record(manager, {
          subjectType: 'cohort',
          subjectId: id,
          kind: 'updated',
          actorId,
          changes,
        });
      }
      return theOne(await readCohorts(manager, [id]), `cohort ${id}`);
    });
  }

  /**
   * Deletes a cohort with its memberships, pool, mentorships and own timeline. The startups' and
   * mentors' timelines keep a record that they left it.
   */
  async delete(id: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, id, 'FOR UPDATE');
      // Mentorships are deleted with the cohort; the mentors' timelines say they ended.
      await this.mentorships.endLive(manager, { cohortId: id }, actorId);
      const members = await membersOfCohort.all(manager, [id]);
      const pool = await poolOfCohort.all(manager, [id]);
      const cohortData = { cohortId: id, cohortName: cohort.name, cohortDeleted: true as const };
      await this.activity.record(
        manager,
        ...members.map((startup): NewTimelineEntry => ({
          subjectType: 'startup',
          subjectId: startup.id,
          kind: 'membership',
          actorId,
          changes: [{ field: 'status', before: startup.status, after: null }],
          data: { ...cohortData, startupId: startup.id, startupName: startup.name },
        })),
        ...pool.map((mentor): NewTimelineEntry => ({
          subjectType: 'mentor',
          subjectId: mentor.id,
          kind: 'pool',
          actorId,
          data: { ...cohortData, mentorId: mentor.id, mentorName: mentor.name, action: 'removed' },
        })),
      );
      await manager.delete(CohortEntity, { id });
      await this.activity.deleteTimeline(manager, 'cohort', id);
    });
  }
}
