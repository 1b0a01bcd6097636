import { Injectable } from '@nestjs/common';
import type { CohortStartup } from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder, type NewTimelineEntry } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { lockCohort } from './cohort-locks';
import { readCohortStartups } from './cohort-startup-rows';
import { notAMember } from './programme-errors';
import { NotFoundError } from '../../infra/errors/domain-errors';
import {
  endLiveMentorships,
  insertManualMentorship,
  lockedMentorCapacity,
  memberStartupKept,
  mentorLoad,
  poolMentorKept,
} from './mentorship-queries';
import { theOne } from '../../infra/database/typed-query';

interface MentorshipFacts {
  mentorshipId: string;
  cohortId: string;
  cohortName: string;
  startupId: string;
  startupName: string;
  mentorId: string;
  mentorName: string;
}

/**
 * Mentors working with startups in a cohort. A live mentorship (`ended_at` null) takes one of the
 * mentor's places, over all cohorts; ending one keeps it as history.
 */
@Injectable()
export class MentorshipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
  ) {}

  /**
   * Assigns a mentor of the cohort's pool to one of its startups. The mentor's row is locked and
   * their live mentorships counted inside the transaction, so two assignments for a mentor's last
   * place cannot both pass.
   */
  async assign(
    cohortId: string,
    startupId: string,
    mentorId: string,
    actorId: string | null,
  ): Promise<CohortStartup> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId, 'FOR KEY SHARE');
      const [member] = await memberStartupKept.all(manager, [cohortId, startupId]);
      if (!member) throw notAMember(cohortId, startupId);
      const [inPool] = await poolMentorKept.all(manager, [cohortId, mentorId]);
      if (!inPool) {
        throw invalidFields([
          { field: 'mentorId', messages: [`The mentor ${mentorId} is not in this cohort's pool`] },
        ]);
      }
      const [mentor] = await lockedMentorCapacity.all(manager, [mentorId]);
      if (!mentor)
        throw invalidFields([
          { field: 'mentorId', messages: [`No mentor has the id ${mentorId}`] },
        ]);
      const { load, here } = await mentorLoad.one(manager, [mentorId, cohortId, startupId]);
      if (here > 0) {
        throw fieldConflict(
          'mentorId',
          `${mentor.name} already mentors ${member.name} in this cohort`,
        );
      }
      if (load >= mentor.capacity) {
        throw fieldConflict(
          'mentorId',
          `${mentor.name} has no free place (${load} of ${mentor.capacity})`,
        );
      }
      const { id } = await insertManualMentorship.one(manager, [cohortId, startupId, mentorId]);
      await this.record(
        manager,
        [
          {
            mentorshipId: id,
            cohortId,
            cohortName: cohort.name,
            startupId,
            startupName: member.name,
            mentorId,
            mentorName: mentor.name,
          },
        ],
        'assigned',
        actorId,
      );
      return theOne(
        await readCohortStartups(manager, cohortId, [startupId]),
        `startup ${startupId} in cohort ${cohortId}`,
      );
    });
  }

  /** Ends the live mentorship of this mentor with this startup in this cohort. */
  async end(
    cohortId: string,
    startupId: string,
    mentorId: string,
    actorId: string | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.endLive(manager, { cohortId, startupId, mentorId }, actorId);
      if (ended === 0) {
        throw new NotFoundError(
          `The mentor ${mentorId} does not mentor the startup ${startupId} in the cohort ${cohortId}`,
        );
      }
    });
  }

  /**
   * Ends the live mentorships that match, through the caller's transaction, with a timeline
   * entry on each startup and mentor. Returns how many ended.
   */
  async endLive(
    manager: EntityManager,
    where: { cohortId: string; startupId?: string; mentorId?: string },
    actorId: string | null,
  ): Promise<number> {
    const ended = await endLiveMentorships.all(manager, [
      where.cohortId,
      where.startupId ?? null,
      where.mentorId ?? null,
    ]);
    await this.record(manager, ended, 'ended', actorId);
    return ended.length;
  }

  /** A `mentorship` entry on the startup's and on the mentor's timeline. */
  private record(
    manager: EntityManager,
    mentorships: MentorshipFacts[],
    action: 'assigned' | 'ended',
    actorId: string | null,
  ): Promise<void> {
    return this.activity.record(
      manager,
      ...mentorships.flatMap((facts): NewTimelineEntry[] => {
        const data = { ...facts, action };
        return [
          { subjectType: 'startup', subjectId: facts.startupId, kind: 'mentorship', actorId, data },
          { subjectType: 'mentor', subjectId: facts.mentorId, kind: 'mentorship', actorId, data },
        ];
      }),
    );
  }
}
