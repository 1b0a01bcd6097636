import { Injectable } from '@nestjs/common';
import {
  type ActivityKind,
  type Dashboard,
  type DashboardCohort,
  type DashboardList,
  type DashboardRecentChange,
  type DashboardTermCounts,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  type SubjectType,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import {
  MENTORS_OVER_CAPACITY_SQL,
  MENTORS_WITH_CAPACITY_SQL,
  RECENT_CHANGES_SQL,
  RUNNING_COHORTS_SQL,
  STALE_STARTUPS_SQL,
  STARTUPS_BY_SECTOR_SQL,
  STARTUPS_BY_STAGE_SQL,
  STARTUPS_WITHOUT_MENTOR_SQL,
} from './dashboard-queries';

interface CohortRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  capacity: number | null;
  programme_id: string;
  programme_name: string;
  counts: Partial<Record<MembershipStatus, number>>;
  mentor_count: number;
}

interface RecentRow {
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  subject_name: string | null;
  kind: ActivityKind;
  actor_id: string | null;
  actor_name: string | null;
  actor_label: string | null;
  fields: string[];
  created_at: Date;
}

interface TermRow {
  key: string | null;
  label_de: string | null;
  label_en: string | null;
  count: number;
}

/** Rows of a list statement, each carrying the list's total. */
type Totalled<Row> = Row & { total: number };

function list<Row, Item>(rows: Totalled<Row>[], toItem: (row: Row) => Item): DashboardList<Item> {
  return { total: rows[0]?.total ?? 0, items: rows.map(toItem) };
}

function toCohort(row: CohortRow): DashboardCohort {
  const counts = Object.fromEntries(
    MEMBERSHIP_STATUSES.map((status) => [status, row.counts[status] ?? 0]),
  ) as Record<MembershipStatus, number>;
  return {
    id: row.id,
    name: row.name,
    programme: { id: row.programme_id, name: row.programme_name },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    capacity: row.capacity,
    counts,
    mentorCount: row.mentor_count,
  };
}

function toRecent(row: RecentRow): DashboardRecentChange {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    kind: row.kind,
    actor: row.actor_id && row.actor_name ? { id: row.actor_id, name: row.actor_name } : null,
    actorLabel: row.actor_label,
    fields: row.fields,
    createdAt: row.created_at.toISOString(),
  };
}

function toTermCounts(rows: TermRow[]): DashboardTermCounts {
  const terms = rows.flatMap((row) =>
    row.key === null
      ? []
      : [
          {
            key: row.key,
            labelDe: row.label_de ?? row.key,
            labelEn: row.label_en ?? row.key,
            count: row.count,
          },
        ],
  );
  return { terms, unset: rows.find((row) => row.key === null)?.count ?? 0 };
}

/** The home page of the manager console: what runs, who is free, what changed, what needs a look. */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<Dashboard> {
    const query = <Row>(sql: string) => this.dataSource.query(sql) as Promise<Row[]>;
    // Independent read-only statements, side by side on the pool.
    const [cohorts, free, recent, unmentored, overloaded, stale, byStage, bySector] =
      await Promise.all([
        query<CohortRow>(RUNNING_COHORTS_SQL),
        query<
          Totalled<{
            id: string;
            full_name: string;
            company: string | null;
            capacity: number;
            load: number;
            free: number;
          }>
        >(MENTORS_WITH_CAPACITY_SQL),
        query<RecentRow>(RECENT_CHANGES_SQL),
        query<
          Totalled<{
            startup_id: string;
            startup_name: string;
            cohort_id: string;
            cohort_name: string;
          }>
        >(STARTUPS_WITHOUT_MENTOR_SQL),
        query<Totalled<{ id: string; full_name: string; capacity: number; load: number }>>(
          MENTORS_OVER_CAPACITY_SQL,
        ),
        query<Totalled<{ id: string; name: string; updated_at: Date }>>(STALE_STARTUPS_SQL),
        query<TermRow>(STARTUPS_BY_STAGE_SQL),
        query<TermRow>(STARTUPS_BY_SECTOR_SQL),
      ]);
    return {
      runningCohorts: cohorts.map(toCohort),
      mentorsWithCapacity: list(free, (row) => ({
        id: row.id,
        fullName: row.full_name,
        company: row.company,
        capacity: row.capacity,
        load: row.load,
        free: row.free,
      })),
      recentChanges: recent.map(toRecent),
      attention: {
        startupsWithoutMentor: list(unmentored, (row) => ({
          startup: { id: row.startup_id, name: row.startup_name },
          cohort: { id: row.cohort_id, name: row.cohort_name },
        })),
        mentorsOverCapacity: list(overloaded, (row) => ({
          id: row.id,
          fullName: row.full_name,
          capacity: row.capacity,
          load: row.load,
        })),
        staleStartups: list(stale, (row) => ({
          id: row.id,
          name: row.name,
          updatedAt: row.updated_at.toISOString(),
        })),
      },
      startupsByStage: toTermCounts(byStage),
      startupsBySector: toTermCounts(bySector),
    };
  }
}
