import { CohortStartup, MEMBERSHIP_STATUSES, MembershipStatus } from '@kohorte/contracts';

export interface BoardColumn {
  status: MembershipStatus;
  cards: CohortStartup[];
}

/** One column per membership status, in the order a startup moves through them. */
export function boardColumns(members: readonly CohortStartup[]): BoardColumn[] {
  return MEMBERSHIP_STATUSES.map((status) => ({
    status,
    cards: members.filter((member) => member.status === status),
  }));
}

/**
 * The members after moving one startup to another status, shown at once (before the API
 * answers); the card keeps its place among the others. Unknown startups change nothing.
 */
export function withStatus(
  members: readonly CohortStartup[],
  startupId: string,
  status: MembershipStatus,
): CohortStartup[] {
  return members.map((member) =>
    member.startup.id === startupId && member.status !== status ? { ...member, status } : member,
  );
}

/** The members with one of them replaced by the API's answer (a move, an assignment). */
export function withMember(
  members: readonly CohortStartup[],
  updated: CohortStartup,
): CohortStartup[] {
  return members.map((member) => (member.startup.id === updated.startup.id ? updated : member));
}

/** The statuses a card can move to from its current one (all but where it is). */
export function moveTargets(status: MembershipStatus): MembershipStatus[] {
  return MEMBERSHIP_STATUSES.filter((target) => target !== status);
}

/** A mentor's live load as a share of their capacity (0–100), for the load bar. */
export function loadPercent(load: number, capacity: number): number {
  if (capacity <= 0) return load > 0 ? 100 : 0;
  return Math.min(100, Math.round((load / capacity) * 100));
}
