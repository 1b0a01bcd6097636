import { SetMetadata } from '@nestjs/common';
import type { AuditRecordKind } from '@kohorte/contracts';

export const AUDITED_KEY = 'kohorte:audited';

/** What the audit interceptor records for a route once it answered successfully. */
export type AuditedRoute =
  { action: 'read'; kind: AuditRecordKind; param?: string } | { action: 'export'; file: string };

/**
 * Marks a route whose successful answer is logged in the staff-access audit log: `AuditRead`
 * for a personal record's detail (the record id from the `id` route parameter), `AuditExport`
 * for a download of a list or report (with the filter it was asked with).
 */
export const AuditRead = (kind: AuditRecordKind, param = 'id') =>
  SetMetadata(AUDITED_KEY, { action: 'read', kind, param } satisfies AuditedRoute);

export const AuditExport = (file: string) =>
  SetMetadata(AUDITED_KEY, { action: 'export', file } satisfies AuditedRoute);
