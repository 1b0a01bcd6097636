import type { PrivacyCategory, RetentionKind } from '@kohorte/contracts';
import { query, rows } from '../../infra/database/typed-query';

/**
 * What each retention kind removes: the rows of one registry table older than the period. `$1` is
 * the run's moment (tests move it forward), `$2` the period in days. The same condition serves
 * the dry run (a count) and the run (a delete), so the two cannot disagree.
 */
export interface RetentionRule {
  /** The registry category it belongs to, for the records of processing. */
  category: PrivacyCategory;
  table: string;
  where: string;
}

const CUTOFF = `$1::timestamptz - make_interval(days => $2::int)`;

export const RETENTION_RULES: Record<RetentionKind, RetentionRule> = {
  // Offers that ended without a match: nobody acts on them any more.
  'declined-offers': {
    category: 'matching',
    table: 'match_proposals',
    where: `status IN ('declined', 'expired', 'withdrawn', 'rejected')
      AND coalesce(decided_at, offered_at, created_at) < ${CUTOFF}`,
  },
  // Stored copies of sent emails; pending and failed ones stay until they are dealt with.
  'sent-emails': {
    category: 'email',
    table: 'mail_outbox',
    where: `status = 'sent' AND sent_at < ${CUTOFF}`,
  },
  'timeline-notes': {
    category: 'timeline',
    table: 'activities',
    where: `kind = 'note' AND created_at < ${CUTOFF}`,
  },
  // Figures of startups that left every programme as alumni (none still applied or active).
  'alumni-figures': {
    category: 'startup-figures',
    table: 'startup_figures',
    where: `updated_at < ${CUTOFF}
      AND EXISTS (SELECT 1 FROM cohort_startups m
                   WHERE m.startup_id = startup_figures.startup_id AND m.status = 'alumni')
      AND NOT EXISTS (SELECT 1 FROM cohort_startups m
                       WHERE m.startup_id = startup_figures.startup_id
                         AND m.status IN ('applied', 'accepted', 'active'))`,
  },
  // Who read which record or downloaded which export.
  'audit-log': {
    category: 'audit-log',
    table: 'privacy_audit',
    where: `at < ${CUTOFF}`,
  },
};

/** Access reports hold a person's data and go when they expire, whatever the settings. */
export const expiredAccessReports = query(
  `DELETE FROM privacy_access_reports WHERE expires_at <= $1::timestamptz`,
  {},
);

/** How many rows of a kind are due, counted with the kind's rule (built from RETENTION_RULES). */
export const dueCount = rows({ n: 'int4' });
