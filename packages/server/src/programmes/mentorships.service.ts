import { Injectable } from '@nestjs/common';
import type { CohortStartup } from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityRecorder, type NewActivity } from '../activity/activity-recorder';
import { fieldConflict } from '../errors/conflict';
import { invalidFields } from '../errors/invalid-fields';
import { lockCohort } from './cohort-locks';
import { readCohortStartups } from './cohort-startup-rows';
import { notAMember } from './programme-errors';
import { NotFoundError } from '../errors/domain-errors';

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
    private readonly activity: ActivityRecorder,
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
      const [member] = (await manager.query(
        `SELECT s.name FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
         WHERE cs.cohort_id = $1 AND cs.startup_id = $2 FOR KEY SHARE OF cs`,
        [cohortId, startupId],
      )) as { name: string }[];
      if (!member) throw notAMember(cohortId, startupId);
      const [inPool] = (await manager.query(
        `SELECT 1 FROM cohort_mentors WHERE cohort_id = $1 AND mentor_id = $2 FOR KEY SHARE`,
        [cohortId, mentorId],
      )) as unknown[];
      if (!inPool) {
        throw invalidFields([
          { field: 'mentorId', messages: [`The mentor ${mentorId} is not in this cohort's pool`] },
        ]);
      }
      const [mentor] = (await manager.query(
        `SELECT full_name AS name, capacity FROM mentors WHERE id = $1 FOR UPDATE`,
        [mentorId],
      )) as { name: string; capacity: number }[];
      if (!mentor)
        throw invalidFields([
          { field: 'mentorId', messages: [`No mentor has the id ${mentorId}`] },
        ]);
      const [{ load, here }] = (await manager.query(
        `SELECT count(*)::int AS load,
           count(*) FILTER (WHERE cohort_id = $2 AND startup_id = $3)::int AS here
         FROM mentorships WHERE mentor_id = $1 AND ended_at IS NULL`,
        [mentorId, cohortId, startupId],
      )) as { load: number; here: number }[];
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
      const [{ id }] = (await manager.query(
        `INSERT INTO mentorships (cohort_id, startup_id, mentor_id, source)
         VALUES ($1, $2, $3, 'manual') RETURNING id`,
        [cohortId, startupId, mentorId],
      )) as { id: string }[];
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
      const [card] = await readCohortStartups(manager, cohortId, [startupId]);
      return card;
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
    const ended = (await manager.query(
      `WITH ended AS (
         UPDATE mentorships SET ended_at = now()
         WHERE cohort_id = $1 AND ($2::uuid IS NULL OR startup_id = $2)
           AND ($3::uuid IS NULL OR mentor_id = $3) AND ended_at IS NULL
         RETURNING id, cohort_id, startup_id, mentor_id
       )
       SELECT e.id AS "mentorshipId", e.cohort_id AS "cohortId", c.name AS "cohortName",
         e.startup_id AS "startupId", s.name AS "startupName",
         e.mentor_id AS "mentorId", m.full_name AS "mentorName"
       FROM ended e JOIN cohorts c ON c.id = e.cohort_id JOIN startups s ON s.id = e.startup_id
       JOIN mentors m ON m.id = e.mentor_id`,
      [where.cohortId, where.startupId ?? null, where.mentorId ?? null],
    )) as MentorshipFacts[];
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
      ...mentorships.flatMap((facts): NewActivity[] => {
        const data = { ...facts, action };
        return [
          { subjectType: 'startup', subjectId: facts.startupId, kind: 'mentorship', actorId, data },
          { subjectType: 'mentor', subjectId: facts.mentorId, kind: 'mentorship', actorId, data },
        ];
      }),
    );
  }
}
