import { query } from '../../infra/database/typed-query';

export const updateReviewer = query(
  `UPDATE call_reviewers SET kind = $2, user_id = $3, mentor_id = $4, name = $5, email = $6,
  locale = $7, sectors = $8, topics = $9, stages = $10, max_load = $11, updated_at = now()
WHERE id = $1`,
  {},
);

export const revokeReviewerLinks = query(
  `UPDATE link_tokens SET revoked_at = now()
WHERE purpose = 'review' AND subject_type = 'reviewer' AND subject_id = $1 AND revoked_at IS NULL`,
  {},
);

export const deleteReviewer = query(`DELETE FROM call_reviewers WHERE id = $1`, {});

export const upsertRubric = query(
  `INSERT INTO review_rubrics (call_id, criteria, reviewers_per_application, review_deadline)
VALUES ($1, $2, $3, $4)
ON CONFLICT (call_id) DO UPDATE SET criteria = EXCLUDED.criteria,
  reviewers_per_application = EXCLUDED.reviewers_per_application,
  review_deadline = EXCLUDED.review_deadline, updated_at = now()`,
  {},
);

export const deletePin = query(
  `DELETE FROM review_pins WHERE application_id = $1 AND reviewer_id = $2`,
  {},
);

export const upsertPin = query(
  `INSERT INTO review_pins (application_id, reviewer_id, kind) VALUES ($1, $2, $3)
ON CONFLICT (application_id, reviewer_id) DO UPDATE SET kind = EXCLUDED.kind`,
  {},
);

export const insertReview = query(
  `INSERT INTO reviews (call_id, application_id, reviewer_id) VALUES ($1, $2, $3)
ON CONFLICT (application_id, reviewer_id) DO NOTHING`,
  {},
);

export const markReviewerInvited = query(
  `UPDATE call_reviewers SET invited_at = now() WHERE id = $1`,
  {},
);

export const markReviewsReminded = query(
  `UPDATE reviews SET reminded_at = now()
WHERE reviewer_id = $1 AND submitted_at IS NULL`,
  {},
);

export const setCommitteeOrder = query(
  `UPDATE review_rubrics SET committee_order = $2, updated_at = now() WHERE call_id = $1`,
  {},
);

export const saveReview = query(
  `UPDATE reviews SET scores = $2, recommendation = $3, comment = $4, overall = $5,
  submitted_at = CASE WHEN $6::boolean THEN now() ELSE NULL END, updated_at = now()
WHERE id = $1 AND submitted_at IS NULL`,
  {},
);

export const declareConflict = query(
  `INSERT INTO review_conflicts (application_id, reviewer_id, note) VALUES ($1, $2, $3)
ON CONFLICT (application_id, reviewer_id) DO UPDATE SET note = EXCLUDED.note`,
  {},
);

export const withdrawConflict = query(
  `DELETE FROM review_conflicts WHERE application_id = $1 AND reviewer_id = $2`,
  {},
);
