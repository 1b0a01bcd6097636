import { Injectable } from '@nestjs/common';
import type { AddCohortMentorsRequest, CohortPoolMentor, FieldError } from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder, type NewTimelineEntry } from '../timeline/index';
import { conflictFields } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { MentorshipsService } from './mentorships.service';
import { type LockedCohort, lockCohort } from './cohort-locks';
import { addPoolMentors, mentorsToPool, poolMentors, removePoolMentor } from './programme-queries';
import { NotFoundError } from '../../infra/errors/domain-errors';

/** Pool mentors by name, with their live mentorships and open offers over all cohorts. */
async function readPool(
  manager: EntityManager,
  cohortId: string,
  mentorIds: string[] | null = null,
): Promise<CohortPoolMentor[]> {
  const rows = await poolMentors.all(manager, [cohortId, mentorIds]);
  return rows.map(({ load, offered, addedAt, ...mentor }) => ({
    mentor,
    load,
    offered,
    addedAt: addedAt.toISOString(),
  }));
}

/** A cohort's mentor pool: the mentors its startups can be assigned to. */
@Injectable()
export class CohortPoolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly mentorships: MentorshipsService,
  ) {}

  async list(cohortId: string): Promise<CohortPoolMentor[]> {
    await lockCohort(this.dataSource.manager, cohortId, null);
    return readPool(this.dataSource.manager, cohortId);
  }

  /** Adds mentors to the pool (all or none); returns them as pool mentors. */
  async add(
    cohortId: string,
    request: AddCohortMentorsRequest,
    actorId: string | null,
  ): Promise<CohortPoolMentor[]> {
    const ids = request.mentorIds;
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId);
      const found = await mentorsToPool.all(manager, [ids, cohortId]);
      const byId = new Map(found.map((row) => [row.id, row]));
      const invalid: FieldError[] = [];
      const taken: FieldError[] = [];
      ids.forEach((id, index) => {
        const field = `mentorIds.${index}`;
        const mentor = byId.get(id);
        if (!mentor) invalid.push({ field, messages: [`No mentor has the id ${id}`] });
        else if (mentor.archived) invalid.push({ field, messages: [`${mentor.name} is archived`] });
        else if (mentor.inPool) {
          taken.push({ field, messages: [`${mentor.name} is already in this cohort's pool`] });
        }
      });
      if (invalid.length > 0) throw invalidFields(invalid);
      if (taken.length > 0) throw conflictFields(taken);

      await addPoolMentors.run(manager, [cohortId, ids]);
      await this.record(
        manager,
        cohort,
        ids.map((id) => ({ id, name: byId.get(id)!.name })),
        'added',
        actorId,
      );
      return readPool(manager, cohortId, ids);
    });
  }

  /** Takes a mentor out of the pool; their mentorships in this cohort end. */
  async remove(cohortId: string, mentorId: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId);
      // The DELETE waits for an assignment under way (it holds KEY SHARE on the pool entry), so
      // the mentorship it creates is ended below as well.
      const [removed] = await removePoolMentor.all(manager, [cohortId, mentorId]);
      if (!removed) {
        throw new NotFoundError(`The mentor ${mentorId} is not in the pool of cohort ${cohortId}`);
      }
      await this.mentorships.endLive(manager, { cohortId, mentorId }, actorId);
      await this.record(manager, cohort, [removed], 'removed', actorId);
    });
  }

  /** A `pool` entry on the cohort's and on the mentor's timeline. */
  private record(
    manager: EntityManager,
    cohort: LockedCohort,
    mentors: { id: string; name: string }[],
    action: 'added' | 'removed',
    actorId: string | null,
  ): Promise<void> {
    return this.activity.record(
      manager,
      ...mentors.flatMap((mentor): NewTimelineEntry[] => {
        const data = {
          cohortId: cohort.id,
          cohortName: cohort.name,
          mentorId: mentor.id,
          mentorName: mentor.name,
          action,
        };
        return [
          { subjectType: 'cohort', subjectId: cohort.id, kind: 'pool', actorId, data },
          { subjectType: 'mentor', subjectId: mentor.id, kind: 'pool', actorId, data },
        ];
      }),
    );
  }
}
