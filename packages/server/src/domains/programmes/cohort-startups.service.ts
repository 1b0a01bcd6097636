import { Injectable } from '@nestjs/common';
import type {
  AddCohortStartupsRequest,
  CohortStartup,
  FieldError,
  MembershipStatus,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder, type NewTimelineEntry } from '../timeline/index';
import { conflictFields, fieldConflict } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { MentorshipsService } from './mentorships.service';
import { type LockedCohort, lockCohort, placesTaken, takesPlace } from './cohort-locks';
import { readCohortStartups } from './cohort-startup-rows';
import { notAMember } from './programme-errors';
import {
  addCohortStartups,
  insertMembers,
  memberWith,
  removeCohortStartup,
  setCohortStartupStatus,
  startupsToAdd,
} from './programme-queries';
import { theOne } from '../../infra/database/typed-query';

interface Member {
  startupId: string;
  startupName: string;
  status: MembershipStatus;
}

function fullMessage(taken: number, capacity: number, adding: number): string {
  const free = capacity - taken;
  return free <= 0
    ? `the cohort is full (${taken} of ${capacity})`
    : `the cohort has ${free} free place${free === 1 ? '' : 's'}, not ${adding} (${taken} of ${capacity} taken)`;
}

/**
 * The startups of a cohort and where each stands. Every add, move and removal is written to the
 * timeline of both the startup and the cohort, in the same transaction.
 */
@Injectable()
export class CohortStartupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly mentorships: MentorshipsService,
  ) {}

  async list(cohortId: string): Promise<CohortStartup[]> {
    await lockCohort(this.dataSource.manager, cohortId, null);
    return readCohortStartups(this.dataSource.manager, cohortId);
  }

  /** Adds startups (all or none); returns them as members. */
  async add(
    cohortId: string,
    request: AddCohortStartupsRequest,
    actorId: string | null,
  ): Promise<CohortStartup[]> {
    const status = request.status ?? 'applied';
    const ids = request.startupIds;
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId);
      const found = await startupsToAdd.all(manager, [ids, cohortId]);
      const byId = new Map(found.map((row) => [row.id, row]));

      const invalid: FieldError[] = [];
      const taken: FieldError[] = [];
      ids.forEach((id, index) => {
        const field = `startupIds.${index}`;
        const startup = byId.get(id);
        if (!startup) invalid.push({ field, messages: [`No startup has the id ${id}`] });
        else if (startup.status === 'archived') {
          invalid.push({ field, messages: [`${startup.name} is archived`] });
        } else if (startup.membership !== null) {
          taken.push({ field, messages: [`${startup.name} is already in this cohort`] });
        }
      });
      if (invalid.length > 0) throw invalidFields(invalid);
      if (taken.length > 0) throw conflictFields(taken);
      await this.assertRoom(manager, cohort, status, ids.length, null);

      await addCohortStartups.run(manager, [cohortId, ids, status]);
      await this.record(
        manager,
        cohort,
        ids.map((id) => ({ startupId: id, startupName: byId.get(id)!.name, status })),
        null,
        actorId,
      );
      return readCohortStartups(manager, cohortId, ids);
    });
  }

  /**
   * Adds startups to a cohort inside the caller's transaction (an import's apply): the ones that
   * are members already stay as they are; the others join with `status` if the cohort has room
   * (a 409 naming `status` otherwise). Returns how many joined.
   */
  async enrol(
    manager: EntityManager,
    cohortId: string,
    startups: readonly { id: string; name: string }[],
    status: MembershipStatus,
    actorId: string | null,
  ): Promise<number> {
    const cohort = await lockCohort(manager, cohortId);
    const joined = await insertMembers.all(manager, [cohortId, startups.map((s) => s.id), status]);
    if (joined.length === 0) return 0;
    // Counted after the insert, so the room check sees the new members too.
    if (cohort.capacity !== null && takesPlace(status)) {
      const taken = await placesTaken(manager, cohort.id);
      if (taken > cohort.capacity) {
        throw fieldConflict(
          'status',
          fullMessage(taken - joined.length, cohort.capacity, joined.length),
        );
      }
    }
    const names = new Map(startups.map((s) => [s.id, s.name]));
    await this.record(
      manager,
      cohort,
      joined.map(({ startupId }) => ({ startupId, startupName: names.get(startupId)!, status })),
      null,
      actorId,
    );
    return joined.length;
  }

  /** Moves a startup to another membership status; moving it where it is changes nothing. */
  async move(
    cohortId: string,
    startupId: string,
    status: MembershipStatus,
    actorId: string | null,
  ): Promise<CohortStartup> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId);
      // Two moves of one startup take turns; the second sees where the first put it.
      const member = await this.lockMember(manager, cohortId, startupId, 'FOR NO KEY UPDATE');
      if (member.status !== status) {
        if (!takesPlace(member.status)) {
          await this.assertRoom(manager, cohort, status, 1, startupId);
        }
        await setCohortStartupStatus.run(manager, [cohortId, startupId, status]);
        await this.record(manager, cohort, [{ ...member, status }], member.status, actorId);
      }
      return theOne(
        await readCohortStartups(manager, cohortId, [startupId]),
        `startup ${startupId} in cohort ${cohortId}`,
      );
    });
  }

  /** Takes a startup out of the cohort; its mentorships there end. */
  async remove(cohortId: string, startupId: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const cohort = await lockCohort(manager, cohortId);
      // FOR UPDATE waits for an assignment under way (it holds KEY SHARE), so its mentorship ends too.
      const member = await this.lockMember(manager, cohortId, startupId, 'FOR UPDATE');
      await this.mentorships.endLive(manager, { cohortId, startupId }, actorId);
      await removeCohortStartup.run(manager, [cohortId, startupId]);
      await this.record(manager, cohort, [{ ...member, status: null }], member.status, actorId);
    });
  }

  private async lockMember(
    manager: EntityManager,
    cohortId: string,
    startupId: string,
    lock: 'FOR UPDATE' | 'FOR NO KEY UPDATE',
  ): Promise<Member> {
    const [member] = await memberWith[lock].all(manager, [cohortId, startupId]);
    if (!member) throw notAMember(cohortId, startupId);
    return member;
  }

  /** A 409 naming `status` when `adding` more place-taking startups would not fit. */
  private async assertRoom(
    manager: EntityManager,
    cohort: LockedCohort,
    status: MembershipStatus,
    adding: number,
    exceptStartupId: string | null,
  ): Promise<void> {
    if (cohort.capacity === null || !takesPlace(status)) return;
    const taken = await placesTaken(manager, cohort.id, exceptStartupId);
    if (taken + adding > cohort.capacity) {
      throw fieldConflict('status', fullMessage(taken, cohort.capacity, adding));
    }
  }

  /** One `membership` entry on the startup and one on the cohort per startup. */
  private record(
    manager: EntityManager,
    cohort: LockedCohort,
    members: { startupId: string; startupName: string; status: MembershipStatus | null }[],
    before: MembershipStatus | null,
    actorId: string | null,
  ): Promise<void> {
    return this.activity.record(
      manager,
      ...members.flatMap((member): NewTimelineEntry[] => {
        const data = {
          cohortId: cohort.id,
          cohortName: cohort.name,
          startupId: member.startupId,
          startupName: member.startupName,
        };
        const changes = [{ field: 'status', before, after: member.status }];
        return [
          {
            subjectType: 'startup',
            subjectId: member.startupId,
            kind: 'membership',
            actorId,
            changes,
            data,
          },
          {
            subjectType: 'cohort',
            subjectId: cohort.id,
            kind: 'membership',
            actorId,
            changes,
            data,
          },
        ];
      }),
    );
  }
}
