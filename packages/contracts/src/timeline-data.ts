import type { TimelineKind } from './timeline.js';
import type { Decision, EligibilityState } from './applications.js';
import type { MatchingKind } from './matching.js';
import type { ReviewerKind } from './reviews.js';

/**
 * What a timeline entry's `data` holds, by the entry's kind (as `JobPayloads` does for jobs): the
 * server writes exactly these shapes (`NewTimelineEntry`), the web app reads them (`activityData`).
 * Names are copied in when the entry is written, so that the entry still reads the same after
 * the record is renamed or deleted.
 */
export interface TimelineDataByKind {
  created: CreatedTimelineData | null;
  updated: UpdatedTimelineData | null;
  archived: null;
  restored: null;
  note: null;
  membership: MembershipTimelineData;
  pool: PoolTimelineData;
  mentorship: MentorshipTimelineData;
  contact: ContactTimelineData;
  imported: ImportedTimelineData;
  email: EmailTimelineData;
  answer: AnswerTimelineData;
  match: MatchTimelineData;
  application: ApplicationTimelineData;
  review: ReviewTimelineData;
}

export type TimelineData<K extends TimelineKind = TimelineKind> = TimelineDataByKind[K];

interface InCohort {
  cohortId: string;
  cohortName: string;
}

export type CreatedTimelineData =
  /** A programme. */
  | { name: string }
  /** A cohort, in its programme. */
  | { programmeId: string; programmeName: string; name: string }
  /** A startup made from an accepted application. */
  | { applicationId: string }
  /** A reviewer of a call. */
  | { callId: string; reviewerKind: ReviewerKind };

export type UpdatedTimelineData =
  /** A mentor paused through an offer's link (`availableFrom` in `changes`). */
  | { proposalId: string; action: 'paused' }
  /** A founder's monthly figures (`YYYY-MM`). */
  | { figuresMonth: string }
  /** A startup updated from an accepted application. */
  | { applicationId: string };

/** A startup joined, moved in or left a cohort (its status in `changes`). */
export interface MembershipTimelineData extends InCohort {
  startupId: string;
  startupName: string;
  /** Left because the cohort was deleted. */
  cohortDeleted?: true;
}

/** A mentor joined or left a cohort's pool. */
export interface PoolTimelineData extends InCohort {
  mentorId: string;
  mentorName: string;
  action: 'added' | 'removed';
  /** Left because the cohort was deleted. */
  cohortDeleted?: true;
}

/** A mentor was assigned to a startup (by a manager, or by accepting an offer), or it ended. */
export interface MentorshipTimelineData extends InCohort {
  mentorshipId: string;
  startupId: string;
  startupName: string;
  mentorId: string;
  mentorName: string;
  action: 'assigned' | 'ended';
  /** `match`: the mentor accepted an offer. */
  source?: 'match';
}

export type ContactTimelineData =
  | { contactId: string; action: 'added' | 'updated' | 'removed'; fullName: string }
  /** The founder of an accepted application, added to the startup. */
  | { contactId: string; applicationId: string };

/** A record created or updated by a row of an import (`changes` for an update). */
export interface ImportedTimelineData {
  importId: string;
  row: number;
  action: 'create' | 'update';
  /** The contacts the row added (startups). */
  contacts?: string[];
}

/** An email about the record was sent (its subject is the entry's `body`). */
export interface EmailTimelineData {
  outboxId: string;
  template: string;
  recipient: string;
}

interface ProposalFacts extends InCohort {
  runId: string;
  proposalId: string;
  startupId: string;
  startupName: string;
}

/** An answer through an email link; the entry's `actorLabel` says whose, its `body` the note. */
export type AnswerTimelineData = ProposalFacts & {
  answer: 'accepted' | 'declined' | 'agreed';
  /** A decline's reason (an `OFFER_DECLINE_REASONS` key). */
  reason?: string;
} & ({ mentorId: string; mentorName: string } | { investorId: string; investorName: string });

/** A proposal decided by a manager, or an offer sent, reminded or expired. */
export interface MatchPairTimelineData extends ProposalFacts {
  partnerType: 'mentor' | 'investor';
  partnerId: string;
  partnerName: string;
  score: number;
  action:
    | 'approved'
    | 'rejected'
    | 'pinned'
    | 'swapped'
    | 'offered'
    | 'reminded'
    | 'expired'
    | 'startup-asked';
  /** A swap's replaced partner. */
  previousPartnerId?: string;
  previousPartnerName?: string;
}

/** A run discarded, on the cohort's timeline: how many of its proposals were withdrawn. */
export interface MatchDiscardedTimelineData extends InCohort {
  action: 'discarded';
  runId: string;
  kind: MatchingKind;
  withdrawn: number;
}

export type MatchTimelineData = MatchPairTimelineData | MatchDiscardedTimelineData;

export type ApplicationTimelineData =
  | { action: 'call-opened' | 'call-changed'; callId: string }
  | { action: 'submitted'; eligibility: EligibilityState }
  /** Marked eligible or not (the reason is the entry's `body`). */
  | { action: 'screened' }
  | { action: 'decided'; decision: Decision; startupId: string | null };

export type ReviewTimelineData =
  | { action: 'invited'; callId: string; applications: number }
  | { action: 'reviewers-invited'; reviewerIds: string[] }
  | { action: 'review-submitted' | 'conflict-declared' | 'conflict-withdrawn'; reviewerId: string }
  | { action: 'ranking-moved'; from: number; to: number }
  | { action: 'reminded'; open: number }
  | { action: 'rubric-changed'; callId: string };

/** The keys of every member of a union. */
type KeysOfEach<T> = T extends unknown ? keyof T : never;
/** What the members of a union that have key `P` hold under it. */
type ValueOfEach<T, P extends PropertyKey> = T extends unknown
  ? P extends keyof T
    ? T[P]
    : never
  : never;
/** One object with every field any member of the union has, each optional. */
type Loose<T> = { [P in KeysOfEach<T>]?: ValueOfEach<T, P> };

/**
 * What a stored entry's `data` may hold when it is read: written as `TimelineDataByKind`, but an
 * erasure removes a person's id and name (`<role>Id`, `<role>Name`; it adds `<role>Erased: true`),
 * and entries written before a field existed lack it. So every field of every shape of the kind
 * may be missing, and a reader checks each value it shows (a name absent reads as "erased").
 */
export type StoredTimelineData<K extends TimelineKind = TimelineKind> = Loose<
  NonNullable<TimelineDataByKind[K]>
>;

/**
 * The entry's data read as its kind's (tolerantly, see `StoredTimelineData`); null when the entry
 * is of another kind or has no data.
 */
export function activityData<K extends TimelineKind>(
  entry: { kind: TimelineKind; data: StoredTimelineData | null },
  kind: K,
): StoredTimelineData<K> | null {
  return entry.kind === kind ? (entry.data as StoredTimelineData<K> | null) : null;
}
