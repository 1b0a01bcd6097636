import type { StoredTimelineData } from './timeline-data.js';
import type { Page } from './paging.js';

/** The record types that have a timeline. */
export const SUBJECT_TYPES = [
  'startup',
  'mentor',
  'investor',
  'cohort',
  'programme',
  'application',
  'reviewer',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const ACTIVITY_KINDS = [
  /** The record was created (by staff or an import). */
  'created',
  /** Fields changed: `changes` lists them, before → after. */
  'updated',
  'archived',
  'restored',
  /** A note written by staff. */
  'note',
  /** A startup's membership status in a cohort changed (or it joined/left): `data.cohortId`, `changes`. */
  'membership',
  /** A mentor joined or left a cohort's pool: `data.cohortId`, `data.mentorId`. */
  'pool',
  /** A mentor was assigned to or released from a startup: `data.mentorId`, `data.startupId`. */
  'mentorship',
  /** A founder or contact was added, changed or removed: `data.contactId`, `changes`. */
  'contact',
  /** Written by a CSV import: `data.importId`. */
  'imported',
  /** An email was sent about the record (issue 5). */
  'email',
  /** A mentor's or investor's answer to an offer (issue 5). */
  'answer',
  /** A matching proposal was decided (approved, rejected, pinned, swapped) or a run discarded: `data.action`, `data.runId`. */
  'match',
  /** An application moved: submitted, marked eligible or not, decided: `data.action`, `changes`. */
  'application',
  /** Reviews: invited, submitted, a conflict declared, a move in the ranking: `data.action`. */
  'review',
] as const;
export type TimelineKind = (typeof ACTIVITY_KINDS)[number];

/** One field's change; values as the API shows them (strings, numbers, lists, null). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface TimelineActor {
  id: string;
  name: string;
}

export interface TimelineEntry {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  kind: TimelineKind;
  /** The staff member; null when `actorLabel` says who ("founder", "import") or for the system. */
  actor: TimelineActor | null;
  actorLabel: string | null;
  /** A note's text (null once deleted); a short summary for other kinds. */
  body: string | null;
  changes: FieldChange[] | null;
  /** What `kind` says besides the body and changes (`TimelineDataByKind`); read it with `activityData`. */
  data: StoredTimelineData | null;
  createdAt: string;
  /** Set when a note's text was changed; its earlier texts are in `changes`. */
  editedAt: string | null;
  /** Set when a note was deleted: the entry stays, saying who deleted it and when. */
  deletedAt: string | null;
  deletedBy: TimelineActor | null;
}

export interface ListTimelineQuery {
  subjectType: SubjectType;
  subjectId: string;
  page?: number;
  pageSize?: number;
}
export type TimelinePage = Page<TimelineEntry>;

/** A note's text is 1–NOTE_MAX_LENGTH characters after trimming. */
export const NOTE_MAX_LENGTH = 10_000;

export interface NoteInput {
  subjectType: SubjectType;
  subjectId: string;
  body: string;
}
export interface UpdateNoteRequest {
  body: string;
}
