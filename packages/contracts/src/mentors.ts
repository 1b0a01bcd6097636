import type { CursorQuery, SortOrder } from './paging.js';
import type { MentorStatus } from './programme.js';

export const MENTOR_SORT_FIELDS = [
  'fullName',
  'company',
  'city',
  'capacity',
  'createdAt',
  'updatedAt',
] as const;
export type MentorSortField = (typeof MENTOR_SORT_FIELDS)[number];

/** The most startups a mentor can take at once. */
export const MENTOR_CAPACITY_MAX = 50;

/** The fields staff edit; `expertise` holds topic keys, the other lists vocabulary keys. */
export interface MentorInput {
  fullName: string;
  email: string;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  bio?: string | null;
  /** Topic keys the mentor can help with. */
  expertise?: string[];
  sectors?: string[];
  /** Stage keys the mentor prefers. */
  stages?: string[];
  languages?: string[];
  city?: string | null;
  /** Startups at once, ≥ 0. */
  capacity?: number;
  /** ISO dates `YYYY-MM-DD`; from ≤ until. */
  availableFrom?: string | null;
  availableUntil?: string | null;
  status?: MentorStatus;
  tags?: string[];
}
export type CreateMentorRequest = MentorInput;
export type UpdateMentorRequest = Partial<MentorInput>;

export interface Mentor {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  company: string | null;
  jobTitle: string | null;
  bio: string | null;
  expertise: string[];
  sectors: string[];
  stages: string[];
  languages: string[];
  city: string | null;
  capacity: number;
  availableFrom: string | null;
  availableUntil: string | null;
  status: MentorStatus;
  tags: string[];
  /** Live mentorships: startups the mentor works with now. */
  load: number;
  /**
   * Offers sent to the mentor and not yet answered: each holds one of their places until they
   * answer, so `load + offered` is what is promised against `capacity`.
   */
  offered: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A startup the mentor works with now (`endedAt` null) or did. */
export interface Mentee {
  mentorshipId: string;
  startup: { id: string; name: string };
  cohort: { id: string; name: string };
  startedAt: string;
  endedAt: string | null;
}

export interface ListMentorsQuery extends CursorQuery {
  /** Words searched in name, email, company, city and tags; all must match. */
  q?: string;
  topic?: string;
  sector?: string;
  stage?: string;
  language?: string;
  city?: string;
  status?: MentorStatus;
  tag?: string;
  /** Only mentors with a free place (load + offered < capacity). */
  hasCapacity?: boolean;
  /** Archived mentors instead of the current ones. */
  archived?: boolean;
  sort?: MentorSortField;
  order?: SortOrder;
}
