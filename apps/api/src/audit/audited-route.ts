import type { AuditRecordKind } from '@kohorte/contracts';

export const AUDITED_KEY = 'kohorte:audited';

/** What the audit interceptor records for a route once it answered successfully. */
export type AuditedRoute =
  { action: 'read'; kind: AuditRecordKind; param?: string } | { action: 'export'; file: string };
