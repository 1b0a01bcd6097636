import { query } from '../../infra/database/typed-query';

export const saveApplicationDraft = query(
  `UPDATE applications SET
  founder_name = CASE WHEN $2::boolean THEN $3 ELSE founder_name END,
  profile = profile || $4::jsonb, answers = answers || $5::jsonb,
  locale = coalesce($6, locale), updated_at = now()
WHERE id = $1`,
  {},
);

export const upsertApplicationFile = query(
  `INSERT INTO application_files (application_id, question_key, file_name, size_bytes, pages, content)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (application_id, question_key) DO UPDATE SET file_name = EXCLUDED.file_name,
  size_bytes = EXCLUDED.size_bytes, pages = EXCLUDED.pages, content = EXCLUDED.content,
  uploaded_at = now()`,
  {},
);

export const touchApplication = query(
  `UPDATE applications SET updated_at = now() WHERE id = $1`,
  {},
);

export const deleteApplicationFile = query(
  `DELETE FROM application_files WHERE application_id = $1 AND question_key = $2`,
  {},
);

export const submitApplication = query(
  `UPDATE applications SET status = 'submitted', submitted_at = now(), consent_version = $2,
  consented_at = now(), eligibility = $3, eligibility_reason = $4, eligibility_by = NULL,
  updated_at = now()
WHERE id = $1 AND status = 'draft'`,
  {},
);

export const screenApplication = query(
  `UPDATE applications SET eligibility = $2, eligibility_reason = $3, eligibility_by = $4,
  updated_at = now() WHERE id = $1`,
  {},
);

export const decideApplication = query(
  `UPDATE applications SET status = $2, decided_at = now(), decided_by = $3,
  startup_id = coalesce($4, startup_id), updated_at = now()
WHERE id = $1 AND status = $5`,
  {},
);

export const acceptAppliedMember = query(
  `UPDATE cohort_startups SET status = 'accepted', updated_at = now()
WHERE cohort_id = $1 AND startup_id = $2 AND status = 'applied'`,
  {},
);
