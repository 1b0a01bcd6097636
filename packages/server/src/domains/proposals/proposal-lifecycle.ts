import type { ProposalStatus } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { movedProposals, offerPair, proposePair } from './proposal-queries';

/** Who causes a transition: staff, a person through their link, or the follow-up jobs. */
export type ProposalActor = 'manager' | 'mentor' | 'founders' | 'investor' | 'system';

/** What a transition writes besides the status. */
type Stamp =
  /** The staff member who decided, and when. */
  | 'decided'
  /** A pin is dropped with the proposal: it would bring the pair back in the next run. */
  | 'unpinned'
  /** A wait for an answer starts: when it started, no reminder sent yet. */
  | 'waiting'
  /** The wait has the deadline the email states (`deadlineSeconds` from now). */
  | 'deadline';

interface Transition {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  by: readonly ProposalActor[];
  stamps: readonly Stamp[];
}

/**
 * A proposal's life, as one table: each event, the statuses it starts from, the status it leads
 * to and who may cause it. A mentor pair goes proposed → approved → offered → accepted, declined
 * or expired; an investor pair asks the founders first (startup-asked), then the investor
 * (offered). `moveProposals` is the only code that writes a proposal's status.
 */
export const PROPOSAL_TRANSITIONS = {
  approve: { from: ['proposed'], to: 'approved', by: ['manager'], stamps: ['decided'] },
  reject: {
    from: ['proposed', 'approved'],
    to: 'rejected',
    by: ['manager'],
    stamps: ['decided', 'unpinned'],
  },
  /** Replaced by a swap, or its run discarded. */
  withdraw: {
    from: ['proposed', 'approved'],
    to: 'withdrawn',
    by: ['manager'],
    stamps: ['decided', 'unpinned'],
  },
  offerToMentor: {
    from: ['approved'],
    to: 'offered',
    by: ['manager'],
    stamps: ['waiting', 'deadline'],
  },
  askFounders: { from: ['approved'], to: 'startup-asked', by: ['manager'], stamps: ['waiting'] },
  /** The founders agree: the investor is asked next. */
  foundersAgree: { from: ['startup-asked'], to: 'offered', by: ['founders'], stamps: ['waiting'] },
  foundersDecline: { from: ['startup-asked'], to: 'declined', by: ['founders'], stamps: [] },
  accept: { from: ['offered'], to: 'accepted', by: ['mentor', 'investor'], stamps: [] },
  decline: { from: ['offered'], to: 'declined', by: ['mentor', 'investor'], stamps: [] },
  expire: { from: ['offered', 'startup-asked'], to: 'expired', by: ['system'], stamps: [] },
} as const satisfies Record<string, Transition>;

export type ProposalEvent = keyof typeof PROPOSAL_TRANSITIONS;

/** Which proposals an event is for: by id, or a run's (optionally only some of them). */
export type ProposalTarget =
  | { ids: readonly string[] }
  | {
      runId: string;
      /** Only these of the run's proposals; all of them when absent or null. */
      ids?: readonly string[] | null;
      /** Only pairs of this kind of partner. */
      partner?: 'mentor' | 'investor';
      /** Only pairs whose startup has a founder to ask. */
      withFounders?: boolean;
      /** A further condition on the proposal `p`, as SQL without parameters (a consent check). */
      condition?: string;
    };

export interface MoveOptions {
  /** The staff member deciding (events stamped `decided`). */
  actorId?: string | null;
  /** How long the answer may take (events stamped `deadline`). */
  deadlineSeconds?: number;
  /**
   * Only proposals whose deadline has passed, allowing this much clock skew: an expiry job for a
   * deadline that a late reminder moved finds the offer still running.
   */
  dueWithinSeconds?: number;
}

function setClause(
  transition: Transition,
  param: (value: unknown) => string,
  options: MoveOptions,
): string[] {
  const sets = [`status = ${param(transition.to)}`];
  for (const stamp of transition.stamps) {
    if (stamp === 'decided')
      sets.push(`decided_by = ${param(options.actorId ?? null)}, decided_at = now()`);
    if (stamp === 'unpinned') sets.push('pinned = false');
    if (stamp === 'waiting') sets.push('offered_at = now(), reminded_at = NULL');
    if (stamp === 'deadline') {
      if (options.deadlineSeconds === undefined) throw new Error('deadlineSeconds is required');
      sets.push(`expires_at = now() + make_interval(secs => ${param(options.deadlineSeconds)})`);
    }
  }
  return sets;
}

/**
 * Moves the target proposals that are in a status `event` starts from, with what the event
 * stamps, and returns the ids moved (in the caller's transaction; proposals in another status are
 * left as they are, so a caller that needs all of them checks the count). `actor` is who causes
 * it: an event caused by someone the table does not name is a bug, not a user's error.
 */
export async function moveProposals(
  manager: EntityManager,
  event: ProposalEvent,
  target: ProposalTarget,
  actor: ProposalActor,
  options: MoveOptions = {},
): Promise<string[]> {
  const transition: Transition = PROPOSAL_TRANSITIONS[event];
  if (!transition.by.includes(actor)) {
    throw new Error(`A proposal's ${event} is not for the ${actor} to cause`);
  }
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const sets = setClause(transition, param, options);
  const where = [`p.status = ANY(${param(transition.from)}::text[])`];
  if ('runId' in target) {
    where.push(`p.run_id = ${param(target.runId)}`);
    if (target.ids) where.push(`p.id = ANY(${param(target.ids)}::uuid[])`);
    if (target.partner) where.push(`p.${target.partner}_id IS NOT NULL`);
    if (target.withFounders) {
      where.push(`EXISTS (SELECT 1 FROM startup_contacts sc
                          WHERE sc.startup_id = p.startup_id AND sc.is_founder)`);
    }
    if (target.condition) where.push(`(${target.condition})`);
  } else {
    if (target.ids.length === 0) return [];
    where.push(`p.id = ANY(${param(target.ids)}::uuid[])`);
  }
  if (options.dueWithinSeconds !== undefined) {
    where.push(
      `(p.expires_at IS NULL OR p.expires_at <= now() + make_interval(secs => ${param(options.dueWithinSeconds)}))`,
    );
  }
  const { rows } = await movedProposals.write(
    manager,
    `UPDATE match_proposals p SET ${sets.join(', ')} WHERE ${where.join(' AND ')} RETURNING p.id`,
    params,
  );
  return rows.map((row) => row.id);
}

/** A pair that joins a run after it was solved: a swap's replacement, or a next-best offer. */
export interface AddedPair {
  runId: string;
  cohortId: string;
  startupId: string;
  partner: 'mentor' | 'investor';
  partnerId: string;
  score: number;
  parts: unknown;
  rank: number;
}

/**
 * Adds a pair to a run — `proposed` (a manager's swap) or straight to `offered` with its
 * deadline (the next-best mentor after a decline or an expiry) — or brings back the partner's
 * earlier proposal for that startup, since a run holds one row per pair. A swap takes back any
 * earlier row of the pair (the candidates it offers exclude the ones that must stay closed); a
 * next-best offer only a withdrawn one. Null when the pair's row could not be taken back.
 */
export async function addProposal(
  manager: EntityManager,
  pair: AddedPair,
  as: 'proposed' | 'offered',
  options: { deadlineSeconds?: number } = {},
): Promise<string | null> {
  const values = [
    pair.runId,
    pair.cohortId,
    pair.startupId,
    pair.partnerId,
    pair.score,
    JSON.stringify(pair.parts),
    pair.rank,
  ];
  if (as === 'proposed') {
    const [row] = await proposePair[pair.partner].all(manager, values);
    return row?.id ?? null;
  }
  if (options.deadlineSeconds === undefined) throw new Error('deadlineSeconds is required');
  const [row] = await offerPair[pair.partner].all(manager, [...values, options.deadlineSeconds]);
  return row?.id ?? null;
}
