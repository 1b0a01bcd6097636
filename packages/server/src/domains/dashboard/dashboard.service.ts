import { Injectable } from '@nestjs/common';
import {
  type Dashboard,
  type DashboardCall,
  type DashboardCohort,
  type DashboardList,
  type DashboardRecentChange,
  type DashboardTermCounts,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { toFunnel } from '../applications/index';
import type { RowOfQuery } from '../../infra/database/typed-query';
import {
  callFunnels,
  mentorsOverCapacity,
  mentorsWithCapacity,
  recentChanges,
  runningCohorts,
  staleStartups,
  startupsBySector,
  startupsByStage,
  startupsWithoutMentor,
} from './dashboard-queries';
import { SharedValue } from './shared-value';

function toCall(row: RowOfQuery<typeof callFunnels>): DashboardCall {
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

/** A list statement's rows each carry the list's total. */
function list<Row extends { total: number }, Item>(
  rows: Row[],
  toItem: (row: Row) => Item,
): DashboardList<Item> {
  return { total: rows[0]?.total ?? 0, items: rows.map(toItem) };
}

function toCohort(row: RowOfQuery<typeof runningCohorts>): DashboardCohort {
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

function toRecent(row: RowOfQuery<typeof recentChanges>): DashboardRecentChange {
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

function toTermCounts(rows: RowOfQuery<typeof startupsByStage>[]): DashboardTermCounts {
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

  private async liveParts(): Promise<LiveParts> {
    // Independent read-only statements, side by side on the pool.
    const [cohorts, calls, free, recent, unmentored, overloaded] = await Promise.all([
      runningCohorts.all(this.dataSource),
      callFunnels.all(this.dataSource),
      mentorsWithCapacity.all(this.dataSource),
      recentChanges.all(this.dataSource),
      startupsWithoutMentor.all(this.dataSource),
      mentorsOverCapacity.all(this.dataSource),
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
      staleStartups.all(this.dataSource),
      startupsByStage.all(this.dataSource),
      startupsBySector.all(this.dataSource),
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
