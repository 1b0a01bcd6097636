import { Global, Module } from '@nestjs/common';
import { PrivacyModule } from '@kohorte/server/privacy';

/**
 * Records staff reads of personal records and export downloads in the audit log. `@AuditRead` and
 * `@AuditExport` bind the interceptor on their routes, and Nest makes it in each controller's
 * module: global, so that every such module sees the audit log it needs.
 */
@Global()
@Module({ imports: [PrivacyModule], exports: [PrivacyModule] })
export class AuditApiModule {}
