import type { TimelineKind, SubjectType } from './timeline.js';
import type { CallFunnel } from './applications.js';
import type { MembershipStatus } from './programme.js';

/** How many records a dashboard list shows; its `total` says how many there are. */
export const DASHBOARD_LIST_SIZE = 10;
/** A call stays on the dashboard for this many days after it closed. */
export const DASHBOARD_RECENT_CALL_DAYS = 60;
/** How many timeline entries "recently changed" shows. */
export const DASHBOARD_RECENT_SIZE = 15;
/** A startup profile not changed for this many days needs a look. */
export const STALE_PROFILE_DAYS = 90;

/** The first `DASHBOARD_LIST_SIZE` items of a list, and how many there are in all. */
export interface DashboardList<T> {
  total: number;
  items: T[];
}

export interface DashboardCohort {
  id: string;
  name: string;
  programme: { id: string; name: string };
  startsOn: string;
  endsOn: string;
  capacity: number | null;
  /** Startups per membership status. */
  counts: Record<MembershipStatus, number>;
  mentorCount: number;
}

export interface DashboardMentorCapacity {
  id: string;
  fullName: string;
  company: string | null;
  capacity: number;
  /** Live mentorships. */
  load: number;
  /** Offers sent and not yet answered. */
  offered: number;
  /** capacity − load − offered, > 0. */
  free: number;
}

export interface DashboardRecentChange {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  /** The record's name; null when the record no longer exists. */
  subjectName: string | null;
  kind: TimelineKind;
  actor: { id: string; name: string } | null;
  /** Who did it when it was not a staff member ("import", "founder"). */
  actorLabel: string | null;
  /** For edits, the fields that changed. */
  fields: string[];
  createdAt: string;
}

/** A startup accepted or active in a running cohort without a live mentorship there. */
export interface DashboardUnmentoredStartup {
  startup: { id: string; name: string };
  cohort: { id: string; name: string };
}

export interface DashboardOverloadedMentor {
  id: string;
  fullName: string;
  capacity: number;
  load: number;
}

export interface DashboardStaleStartup {
  id: string;
  name: string;
  updatedAt: string;
}

/** An open or recently closed call: how far its applications got and how far its reviewers are. */
export interface DashboardCall {
  id: string;
  /** The call page is the cohort's (`/cohorts/:id/call`). */
  cohort: { id: string; name: string };
  opensAt: string;
  closesAt: string;
  /** Open for applications now. */
  open: boolean;
  funnel: CallFunnel;
  /** Reviews sent to reviewers (without those declared a conflict) and how many are submitted. */
  reviews: { submitted: number; assigned: number };
}

/** Active startups per vocabulary term, in the vocabulary's order; terms without any included. */
export interface DashboardTermCount {
  key: string;
  labelDe: string;
  labelEn: string;
  count: number;
}

export interface DashboardTermCounts {
  terms: DashboardTermCount[];
  /** Active startups without a value (no stage, no sector). */
  unset: number;
}

export interface Dashboard {
  runningCohorts: DashboardCohort[];
  /** Open calls, then those closed within DASHBOARD_RECENT_CALL_DAYS, latest deadline first. */
  calls: DashboardCall[];
  /** Active, not archived mentors within their availability window with a free place, most free first. */
  mentorsWithCapacity: DashboardList<DashboardMentorCapacity>;
  /** The latest timeline entries of all records, newest first. */
  recentChanges: DashboardRecentChange[];
  attention: {
    startupsWithoutMentor: DashboardList<DashboardUnmentoredStartup>;
    mentorsOverCapacity: DashboardList<DashboardOverloadedMentor>;
    /** Active startups not updated for STALE_PROFILE_DAYS days, oldest first. */
    staleStartups: DashboardList<DashboardStaleStartup>;
  };
  /** A startup with several sectors counts once in each. */
  startupsByStage: DashboardTermCounts;
  startupsBySector: DashboardTermCounts;
}
