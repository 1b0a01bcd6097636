import { query } from '../../infra/database/typed-query';

export const finishAccessReport = query(
  `UPDATE privacy_access_reports
            SET status = 'done', progress = 100, content = $2, html = $3, counts = $4,
                error = NULL, finished_at = now()
          WHERE id = $1`,
  {},
);

export const failAccessReport = query(
  `UPDATE privacy_access_reports SET status = 'failed', error = $2 WHERE id = $1`,
  {},
);

export const setAccessReportProgress = query(
  `UPDATE privacy_access_reports SET status = $2, progress = $3 WHERE id = $1`,
  {},
);

// clock_timestamp(), not now(): two answers in one transaction keep their order.
export const insertConsent = query(
  `INSERT INTO privacy_consents (startup_id, contact_id, purpose, given, text_version, created_at)
     VALUES ($1, $2, $3, $4, $5, clock_timestamp())`,
  {},
);

export const setErasureQueuedJobs = query(
  `UPDATE privacy_erasures SET queued_jobs = $2 WHERE id = $1`,
  {},
);
