import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PrivacyModule } from '@kohorte/server';
import { AuditInterceptor } from './audit.interceptor';

/** Records staff reads of personal records and export downloads in the audit log. */
@Module({
  imports: [PrivacyModule],
  providers: [{ provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
})
export class AuditApiModule {}
