import { query } from '../../infra/database/typed-query';

export const insertMail = query(
  `INSERT INTO mail_outbox (key, recipient, recipient_name, locale, template, data, subject_type, subject_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
       ON CONFLICT (key) WHERE key IS NOT NULL DO NOTHING
       RETURNING id`,
  { id: 'uuid' },
);

/** Mails the sweep queues again per batch. */
export const MAIL_SWEEP_BATCH = 500;

export const stalePendingMails = query(
  `SELECT id FROM mail_outbox
         WHERE status = 'pending' AND created_at < now() - $1 * interval '1 millisecond' AND id > $2
         ORDER BY id LIMIT ${MAIL_SWEEP_BATCH}`,
  { id: 'uuid' },
);
