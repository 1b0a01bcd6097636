import { Injectable } from '@nestjs/common';
import {
  type ActivityKind,
  type Dashboard,
  type DashboardCall,
  type DashboardCohort,
  type DashboardList,
  type DashboardRecentChange,
  type DashboardTermCounts,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
  type SubjectType,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { type FunnelRow, toFunnel } from '../applications/application-rows';
import {
  CALL_FUNNELS_SQL,
  MENTORS_OVER_CAPACITY_SQL,
  MENTORS_WITH_CAPACITY_SQL,
  RECENT_CHANGES_SQL,
  RUNNING_COHORTS_SQL,
  STALE_STARTUPS_SQL,
  STARTUPS_BY_SECTOR_SQL,
  STARTUPS_BY_STAGE_SQL,
  STARTUPS_WITHOUT_MENTOR_SQL,
} from './dashboard-queries';
import { SharedValue } from './shared-value';

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

type CallRow = FunnelRow & {
  id: string;
  opens_at: Date;
  closes_at: Date;
  open: boolean;
  cohort_id: string;
  cohort_name: string;
  assigned: number;
  submitted: number;
};

function toCall(row: CallRow): DashboardCall {
  return {
    id: row.id,
    cohort: { id: row.cohort_id, name: row.cohort_name },
    opensAt: row.opens_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    open: row.open,
    funnel: toFunnel(row),
    reviews: { submitted: row.submitted, assigned: row.assigned },
  };
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

type MentorWithCapacityRow = Totalled<{
  id: string;
  full_name: string;
  company: string | null;
  capacity: number;
  load: number;
  offered: number;
  free: number;
}>;
type UnmentoredRow = Totalled<{
  startup_id: string;
  startup_name: string;
  cohort_id: string;
  cohort_name: string;
}>;
type OverloadedRow = Totalled<{ id: string; full_name: string; capacity: number; load: number }>;
type StaleRow = Totalled<{ id: string; name: string; updated_at: Date }>;

/** The parts of the dashboard that read few rows through indexes: what runs, who is free, what changed. */
type LiveParts = Pick<
  Dashboard,
  'runningCohorts' | 'calls' | 'mentorsWithCapacity' | 'recentChanges'
> & {
  attention: Pick<Dashboard['attention'], 'startupsWithoutMentor' | 'mentorsOverCapacity'>;
};

/** The parts that count over every startup: the charts and the stale profiles. */
type Figures = Pick<Dashboard, 'startupsByStage' | 'startupsBySector'> & {
  staleStartups: Dashboard['attention']['staleStartups'];
};

// Every reader sees the same dashboard, so one computation serves everyone who asks within a
// moment: at 50 readers a second the database answers one of them, not 50.
const LIVE_FRESH_MS = 2_000;
// Counting over every startup costs a few hundred milliseconds at 100,000 startups. The counts
// are recomputed at most once a minute, beside the readers (who get the last ones meanwhile),
// and never served older than a quarter of an hour.
const FIGURES_FRESH_MS = 60_000;
const FIGURES_STALE_MS = 15 * 60_000;

/**
 * The home page of the manager console: what runs, who is free, what changed, what needs a look.
 * Shared by every reader for a short time (see above), never a full scan per request.
 */
@Injectable()
export class DashboardService {
  private readonly live = new SharedValue(() => this.liveParts(), LIVE_FRESH_MS);
  private readonly figures = new SharedValue(
    () => this.countFigures(),
    FIGURES_FRESH_MS,
    FIGURES_STALE_MS,
  );

  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<Dashboard> {
    const [live, figures] = await Promise.all([this.live.get(), this.figures.get()]);
    return {
      runningCohorts: live.runningCohorts,
      calls: live.calls,
      mentorsWithCapacity: live.mentorsWithCapacity,
      recentChanges: live.recentChanges,
      attention: { ...live.attention, staleStartups: figures.staleStartups },
      startupsByStage: figures.startupsByStage,
      startupsBySector: figures.startupsBySector,
    };
  }

  private query<Row>(sql: string): Promise<Row[]> {
    return this.dataSource.query(sql) as Promise<Row[]>;
  }

  private async liveParts(): Promise<LiveParts> {
    // Independent read-only statements, side by side on the pool.
    const [cohorts, calls, free, recent, unmentored, overloaded] = await Promise.all([
      this.query<CohortRow>(RUNNING_COHORTS_SQL),
      this.query<CallRow>(CALL_FUNNELS_SQL),
      this.query<MentorWithCapacityRow>(MENTORS_WITH_CAPACITY_SQL),
      this.query<RecentRow>(RECENT_CHANGES_SQL),
      this.query<UnmentoredRow>(STARTUPS_WITHOUT_MENTOR_SQL),
      this.query<OverloadedRow>(MENTORS_OVER_CAPACITY_SQL),
    ]);
    return {
      runningCohorts: cohorts.map(toCohort),
      calls: calls.map(toCall),
      mentorsWithCapacity: list(free, (row) => ({
        id: row.id,
        fullName: row.full_name,
        company: row.company,
        capacity: row.capacity,
        load: row.load,
        offered: row.offered,
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
      },
    };
  }

  private async countFigures(): Promise<Figures> {
    const [stale, byStage, bySector] = await Promise.all([
      this.query<StaleRow>(STALE_STARTUPS_SQL),
      this.query<TermRow>(STARTUPS_BY_STAGE_SQL),
      this.query<TermRow>(STARTUPS_BY_SECTOR_SQL),
    ]);
    return {
      staleStartups: list(stale, (row) => ({
        id: row.id,
        name: row.name,
        updatedAt: row.updated_at.toISOString(),
      })),
      startupsByStage: toTermCounts(byStage),
      startupsBySector: toTermCounts(bySector),
    };
  }
}
