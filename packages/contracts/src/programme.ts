export const MENTOR_STATUSES = ['active', 'paused', 'alumni'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const INVESTOR_TYPES = ['angel', 'vc', 'corporate', 'public'] as const;
export type InvestorType = (typeof INVESTOR_TYPES)[number];

export const INVESTOR_STATUSES = ['active', 'inactive'] as const;
export type InvestorStatus = (typeof INVESTOR_STATUSES)[number];

export const COHORT_STATUSES = ['planning', 'running', 'closed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const MEMBERSHIP_STATUSES = ['applied', 'accepted', 'active', 'alumni', 'dropped'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export interface ProgrammeInput {
  name: string;
  description?: string | null;
}
export type UpdateProgrammeRequest = Partial<ProgrammeInput>;

export interface Programme {
  id: string;
  name: string;
  description: string | null;
  cohortCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface CohortInput {
  programmeId: string;
  name: string;
  /** ISO dates `YYYY-MM-DD`, start ≤ end. */
  startsOn: string;
  endsOn: string;
  status?: CohortStatus;
  /** Startups the cohort takes, ≥ 0; null for no limit. */
  capacity?: number | null;
}
export type UpdateCohortRequest = Partial<Omit<CohortInput, 'programmeId'>>;

export interface Cohort {
  id: string;
  programme: { id: string; name: string };
  name: string;
  startsOn: string;
  endsOn: string;
  status: CohortStatus;
  capacity: number | null;
  /** Startups per membership status. */
  counts: Record<MembershipStatus, number>;
  mentorCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ListCohortsQuery {
  programmeId?: string;
  status?: CohortStatus;
  /** Text searched in the cohort's and the programme's name. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A startup in a cohort, with the mentors working with it there. */
export interface CohortStartup {
  startup: { id: string; name: string; stage: string | null; city: string | null };
  status: MembershipStatus;
  mentors: { id: string; fullName: string; mentorshipId: string }[];
  joinedAt: string;
  updatedAt: string;
}

export interface AddCohortStartupsRequest {
  startupIds: string[];
  /** Defaults to `applied`. */
  status?: MembershipStatus;
}

export interface MoveCohortStartupRequest {
  status: MembershipStatus;
}

/** A mentor in a cohort's pool, with their load over all cohorts. */
export interface CohortPoolMentor {
  mentor: {
    id: string;
    fullName: string;
    expertise: string[];
    capacity: number;
    city: string | null;
  };
  /** Live mentorships in all cohorts. */
  load: number;
  /** Offers sent and not yet answered, in all cohorts: places promised on top of `load`. */
  offered: number;
  addedAt: string;
}

export interface AddCohortMentorsRequest {
  mentorIds: string[];
}

/** Assign a mentor from the cohort's pool to one of its startups. */
export interface AssignMentorRequest {
  mentorId: string;
}

export interface ListProgrammesQuery {
  /** Text searched in the programme's name. */
  q?: string;
  page?: number;
  pageSize?: number;
}
