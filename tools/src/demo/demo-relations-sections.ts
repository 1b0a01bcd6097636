import { StartupContactEntity } from '@kohorte/server/contacts';
import { MentorshipEntity } from '@kohorte/server/programmes';
import { TimelineEntryEntity, type NewTimelineEntry } from '@kohorte/server/timeline';
import {
  DEMO_NOTES,
  demoFounders,
  type PlanCohort,
  type PlannedMentorship,
  planMentorships,
} from './demo-relations';
import { DAY_MS, type DemoSection } from './demo-section';
import { itemAt } from '../shared/items';

/** Startups of each running cohort left without a mentor, so that the dashboard has work to show. */
const UNMENTORED_PER_COHORT = 2;
/** Mentorships of a running cohort that ended (the mentor changed) before the current one began. */
const ENDED_PER_COHORT = 2;

function daysAgo(today: Date, days: number): Date {
  return new Date(today.getTime() - days * DAY_MS);
}

// Founders and contacts: one or two per active startup, one of them a mentor too (same email).
export const contactsSection: DemoSection = {
  name: 'contacts',
  async write({ manager }) {
    const startups = (await manager.query(
      `SELECT id, name FROM startups WHERE status = 'active' ORDER BY lower(name), id`,
    )) as { id: string; name: string }[];
    const [mentor] = (await manager.query(
      `SELECT full_name, email FROM mentors ORDER BY lower(full_name), id OFFSET 3 LIMIT 1`,
    )) as { full_name: string; email: string }[];
    const founders = demoFounders(
      startups.map((startup) => startup.name),
      mentor ? { fullName: mentor.full_name, email: mentor.email } : null,
    );
    await manager.insert(
      StartupContactEntity,
      founders.map((founder) => ({
        startupId: itemAt(startups, founder.startupIndex).id,
        fullName: founder.fullName,
        email: founder.email,
        role: founder.role,
        isFounder: true,
      })),
    );
    return founders.length;
  },
};

interface CohortRow {
  id: string;
  status: string;
  starts_on: string;
  ends_on: string;
  members: string[];
  pool: string[];
}

// Mentorships: live ones in the running cohorts (within capacity, but one mentor over it and a few
// startups without), ended ones where the mentor changed, and the closed cohort's finished ones.
export const mentorshipsSection: DemoSection = {
  name: 'mentorships',
  async write({ manager, today }) {
    const cohorts = (await manager.query(
      `SELECT c.id, c.status, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on,
         ARRAY(SELECT cs.startup_id FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
               WHERE cs.cohort_id = c.id AND cs.status IN ('accepted', 'active', 'alumni')
               ORDER BY lower(s.name), s.id) AS members,
         ARRAY(SELECT cm.mentor_id FROM cohort_mentors cm JOIN mentors m ON m.id = cm.mentor_id
               WHERE cm.cohort_id = c.id AND m.status = 'active'
               ORDER BY lower(m.full_name), m.id) AS pool
       FROM cohorts c WHERE c.status IN ('running', 'closed') ORDER BY c.starts_on, c.id`,
    )) as CohortRow[];
    const capacities = new Map(
      (
        (await manager.query(`SELECT id, capacity FROM mentors`)) as {
          id: string;
          capacity: number;
        }[]
      ).map((row) => [row.id, row.capacity]),
    );
    const running = cohorts.filter((cohort) => cohort.status === 'running');
    const plan: PlanCohort[] = running.map(({ id, members, pool }) => ({ id, members, pool }));
    const live = planMentorships(plan, capacities, UNMENTORED_PER_COHORT);
    const startOf = new Map(cohorts.map((cohort) => [cohort.id, new Date(cohort.starts_on)]));

    const rows: Partial<MentorshipEntity>[] = live.map((m: PlannedMentorship) => ({
      ...m,
      startedAt: new Date(startOf.get(m.cohortId)!.getTime() + 14 * DAY_MS),
      endedAt: null,
    }));
    for (const cohort of running) {
      // The first startups had another mentor at first: someone else in the pool.
      for (const m of live.filter((l) => l.cohortId === cohort.id).slice(0, ENDED_PER_COHORT)) {
        const other = cohort.pool.find((mentorId) => mentorId !== m.mentorId);
        if (!other) continue;
        rows.push({
          cohortId: cohort.id,
          startupId: m.startupId,
          mentorId: other,
          startedAt: startOf.get(cohort.id)!,
          endedAt: daysAgo(today, 30),
        });
      }
    }
    for (const cohort of cohorts.filter((c) => c.status === 'closed')) {
      cohort.members.forEach((startupId, index) => {
        if (cohort.pool.length === 0) return;
        rows.push({
          cohortId: cohort.id,
          startupId,
          mentorId: cohort.pool[index % cohort.pool.length],
          startedAt: startOf.get(cohort.id)!,
          endedAt: new Date(cohort.ends_on),
        });
      });
    }
    await manager.insert(MentorshipEntity, rows);
    return rows.length;
  },
};

// Timelines: when each startup was created and last edited, cohort moves, mentor assignments,
// and staff notes of the last days (so that "recently changed" has something to show).
export const timelineSection: DemoSection = {
  name: 'activities',
  async write({ manager, today, users }) {
    const entries: (NewTimelineEntry & { createdAt: Date })[] = [];
    const startups = (await manager.query(
      `SELECT id, created_by, created_at, updated_at, team_size FROM startups ORDER BY lower(name), id`,
    )) as {
      id: string;
      created_by: string | null;
      created_at: Date;
      updated_at: Date;
      team_size: number | null;
    }[];
    startups.forEach((startup, index) => {
      entries.push({
        subjectType: 'startup',
        subjectId: startup.id,
        kind: 'created',
        actorId: startup.created_by,
        createdAt: startup.created_at,
      });
      if (index % 4 === 1 && startup.updated_at > startup.created_at && startup.team_size) {
        entries.push({
          subjectType: 'startup',
          subjectId: startup.id,
          kind: 'updated',
          actorId: users.manager.id,
          changes: [{ field: 'teamSize', before: startup.team_size - 1, after: startup.team_size }],
          createdAt: startup.updated_at,
        });
      }
    });

    const memberships = (await manager.query(
      `SELECT cs.cohort_id, c.name AS cohort_name, cs.startup_id, s.name AS startup_name,
         cs.status, c.starts_on::text AS starts_on
       FROM cohort_startups cs JOIN cohorts c ON c.id = cs.cohort_id
       JOIN startups s ON s.id = cs.startup_id
       WHERE c.status = 'running' ORDER BY cs.cohort_id, cs.startup_id`,
    )) as {
      cohort_id: string;
      cohort_name: string;
      startup_id: string;
      startup_name: string;
      status: string;
      starts_on: string;
    }[];
    for (const membership of memberships) {
      entries.push({
        subjectType: 'startup',
        subjectId: membership.startup_id,
        kind: 'membership',
        actorId: users.manager.id,
        // What the app writes (contracts' TimelineDataByKind): the timeline names them.
        data: {
          cohortId: membership.cohort_id,
          cohortName: membership.cohort_name,
          startupId: membership.startup_id,
          startupName: membership.startup_name,
        },
        changes: [{ field: 'status', before: null, after: membership.status }],
        // Taken in a week before the cohort started.
        createdAt: new Date(new Date(membership.starts_on).getTime() - 7 * DAY_MS),
      });
    }

    const mentorships = (await manager.query(
      `SELECT ms.id, ms.cohort_id, c.name AS cohort_name, ms.startup_id, s.name AS startup_name,
         ms.mentor_id, m.full_name AS mentor_name, ms.started_at
       FROM mentorships ms JOIN cohorts c ON c.id = ms.cohort_id
       JOIN startups s ON s.id = ms.startup_id JOIN mentors m ON m.id = ms.mentor_id
       WHERE ms.ended_at IS NULL ORDER BY ms.started_at, ms.id`,
    )) as {
      id: string;
      cohort_id: string;
      cohort_name: string;
      startup_id: string;
      startup_name: string;
      mentor_id: string;
      mentor_name: string;
      started_at: Date;
    }[];
    for (const m of mentorships) {
      entries.push({
        subjectType: 'startup',
        subjectId: m.startup_id,
        kind: 'mentorship',
        actorId: users.manager.id,
        data: {
          mentorshipId: m.id,
          cohortId: m.cohort_id,
          cohortName: m.cohort_name,
          startupId: m.startup_id,
          startupName: m.startup_name,
          mentorId: m.mentor_id,
          mentorName: m.mentor_name,
          action: 'assigned',
        },
        createdAt: m.started_at,
      });
    }

    const mentors = (await manager.query(
      `SELECT id FROM mentors ORDER BY lower(full_name), id LIMIT 4`,
    )) as { id: string }[];
    const noted = [
      ...startups.filter((_, index) => index % 7 === 2).map((s) => ['startup', s.id] as const),
      ...mentors.map((m) => ['mentor', m.id] as const),
    ];
    DEMO_NOTES.forEach((body, index) => {
      const [subjectType, subjectId] = itemAt(noted, index % noted.length);
      entries.push({
        subjectType,
        subjectId,
        kind: 'note',
        actorId: index % 2 === 0 ? users.manager.id : users.admin.id,
        body,
        // The last ten days, a note every day or so, the newest a few hours ago.
        createdAt: new Date(today.getTime() - (3 + index * 29) * 3600_000),
      });
    });

    // save(), not insert(): insert()'s deep-partial type cannot take the `unknown` values of a change.
    const rows = entries.map((entry) =>
      manager.create(TimelineEntryEntity, {
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        kind: entry.kind,
        actorId: entry.actorId,
        body: entry.body ?? null,
        changes: entry.changes ?? null,
        data: entry.data ?? null,
        createdAt: entry.createdAt,
      }),
    );
    await manager.save(TimelineEntryEntity, rows, { reload: false });
    return entries.length;
  },
};
