import type { ActivityKind } from './activity.js';
import type { Decision, EligibilityState } from './applications.js';
import type { MatchingKind } from './matching.js';
import type { ReviewerKind } from './reviews.js';

/**
 * What a timeline entry's `data` holds, by the entry's kind (as `JobPayloads` does for jobs): the
 * server writes exactly these shapes (`NewTimelineEntry`), the web app reads them (`activityData`).
 * Names are copied in when the entry is written, so that the entry still reads the same after
 * the record is renamed or deleted.
 */
export interface ActivityDataByKind {
  created: CreatedActivityData | null;
  updated: UpdatedActivityData | null;
  archived: null;
  restored: null;
  note: null;
  membership: MembershipActivityData;
  pool: PoolActivityData;
  mentorship: MentorshipActivityData;
  contact: ContactActivityData;
  imported: ImportedActivityData;
  email: EmailActivityData;
  answer: AnswerActivityData;
  match: MatchActivityData;
  application: ApplicationActivityData;
  review: ReviewActivityData;
}

export type ActivityData<K extends ActivityKind = ActivityKind> = ActivityDataByKind[K];

interface InCohort {
  cohortId: string;
  cohortName: string;
}

export type CreatedActivityData =
  /** A programme. */
  | { name: string }
  /** A cohort, in its programme. */
  | { programmeId: string; programmeName: string; name: string }
  /** A startup made from an accepted application. */
  | { applicationId: string }
  /** A reviewer of a call. */
  | { callId: string; reviewerKind: ReviewerKind };

export type UpdatedActivityData =
  /** A mentor paused through an offer's link (`availableFrom` in `changes`). */
  | { proposalId: string; action: 'paused' }
  /** A founder's monthly figures (`YYYY-MM`). */
  | { figuresMonth: string }
  /** A startup updated from an accepted application. */
  | { applicationId: string };

/** A startup joined, moved in or left a cohort (its status in `changes`). */
export interface MembershipActivityData extends InCohort {
  startupId: string;
  startupName: string;
  /** Left because the cohort was deleted. */
  cohortDeleted?: true;
}

/** A mentor joined or left a cohort's pool. */
export interface PoolActivityData extends InCohort {
  mentorId: string;
  mentorName: string;
  action: 'added' | 'removed';
  /** Left because the cohort was deleted. */
  cohortDeleted?: true;
}

/** A mentor was assigned to a startup (by a manager, or by accepting an offer), or it ended. */
export interface MentorshipActivityData extends InCohort {
  mentorshipId: string;
  startupId: string;
  startupName: string;
  mentorId: string;
  mentorName: string;
  action: 'assigned' | 'ended';
  /** `match`: the mentor accepted an offer. */
  source?: 'match';
}

export type ContactActivityData =
  | { contactId: string; action: 'added' | 'updated' | 'removed'; fullName: string }
  /** The founder of an accepted application, added to the startup. */
  | { contactId: string; applicationId: string };

/** A record created or updated by a row of an import (`changes` for an update). */
export interface ImportedActivityData {
  importId: string;
  row: number;
  action: 'create' | 'update';
  /** The contacts the row added (startups). */
  contacts?: string[];
}

/** An email about the record was sent (its subject is the entry's `body`). */
export interface EmailActivityData {
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
export type AnswerActivityData = ProposalFacts & {
  answer: 'accepted' | 'declined' | 'agreed';
  /** A decline's reason (an `OFFER_DECLINE_REASONS` key). */
  reason?: string;
} & ({ mentorId: string; mentorName: string } | { investorId: string; investorName: string });

/** A proposal decided by a manager, or an offer sent, reminded or expired. */
export interface MatchPairActivityData extends ProposalFacts {
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
export interface MatchDiscardedActivityData extends InCohort {
  action: 'discarded';
  runId: string;
  kind: MatchingKind;
  withdrawn: number;
}

export type MatchActivityData = MatchPairActivityData | MatchDiscardedActivityData;

export type ApplicationActivityData =
  | { action: 'call-opened' | 'call-changed'; callId: string }
  | { action: 'submitted'; eligibility: EligibilityState }
  /** Marked eligible or not (the reason is the entry's `body`). */
  | { action: 'screened' }
  | { action: 'decided'; decision: Decision; startupId: string | null };

export type ReviewActivityData =
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
 * What a stored entry's `data` may hold when it is read: written as `ActivityDataByKind`, but an
 * erasure removes a person's id and name (`<role>Id`, `<role>Name`; it adds `<role>Erased: true`),
 * and entries written before a field existed lack it. So every field of every shape of the kind
 * may be missing, and a reader checks each value it shows (a name absent reads as "erased").
 */
export type StoredActivityData<K extends ActivityKind = ActivityKind> = Loose<
  NonNullable<ActivityDataByKind[K]>
>;

/**
 * The entry's data read as its kind's (tolerantly, see `StoredActivityData`); null when the entry
 * is of another kind or has no data.
 */
export function activityData<K extends ActivityKind>(
  entry: { kind: ActivityKind; data: StoredActivityData | null },
  kind: K,
): StoredActivityData<K> | null {
  return entry.kind === kind ? (entry.data as StoredActivityData<K> | null) : null;
}
