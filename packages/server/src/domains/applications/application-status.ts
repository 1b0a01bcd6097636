import type { ApplicationStatus, Decision } from '@kohorte/contracts';

/**
 * The one owner of an application's status: which moves are allowed. Every write of `status`
 * goes through `moveAllowed` (the services' SQL also re-checks the from-state in its WHERE, so
 * that two decisions at one moment cannot both win).
 *
 * draft → submitted (the applicant) → accepted | waitlisted | rejected (staff);
 * waitlisted → accepted | rejected. Accepted and rejected are final.
 */
const MOVES: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted'],
  submitted: ['accepted', 'waitlisted', 'rejected'],
  waitlisted: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
};

export const DECISION_STATUS: Record<Decision, ApplicationStatus> = {
  accept: 'accepted',
  waitlist: 'waitlisted',
  reject: 'rejected',
};

export function moveAllowed(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return MOVES[from].includes(to);
}

/** The statuses an application may be decided from, for a decision's SQL. */
export function decidableFrom(decision: Decision): ApplicationStatus[] {
  const to = DECISION_STATUS[decision];
  return (Object.keys(MOVES) as ApplicationStatus[]).filter((from) => moveAllowed(from, to));
}
