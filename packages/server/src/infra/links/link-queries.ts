import { query } from '../database/typed-query';

export const revokeLinkById = query(
  `UPDATE link_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
  {},
);
