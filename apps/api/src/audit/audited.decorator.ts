import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { AuditRecordKind } from '@kohorte/contracts';
import { AuditInterceptor } from './audit.interceptor';
import { AUDITED_KEY, type AuditedRoute } from './audited-route';

/**
 * Marks a route whose successful answer is logged in the staff-access audit log: `AuditRead`
 * for a personal record's detail (the record id from the `id` route parameter), `AuditExport`
 * for a download of a list or report (with the filter it was asked with).
 *
 * The interceptor is bound to the marked routes only: as a global one it wrapped every request
 * of the API in an rxjs pipe to find the mark missing.
 */
const audited = (route: AuditedRoute) =>
  applyDecorators(SetMetadata(AUDITED_KEY, route), UseInterceptors(AuditInterceptor));

export const AuditRead = (kind: AuditRecordKind, param = 'id') =>
  audited({ action: 'read', kind, param });

export const AuditExport = (file: string) => audited({ action: 'export', file });
